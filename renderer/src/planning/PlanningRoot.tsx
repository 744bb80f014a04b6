import { PageI18n } from '../shared/PageI18n';
import { addPlanningResources } from './i18n';
import { PlanningApp } from './PlanningApp';
import { PlanningProvider, type PlanningServices } from './shared/planning-context';

/** The page's providers: the shared i18n setup plus the planning namespace, and the services. */
export function PlanningRoot({ services, strict = true }: { services: PlanningServices; strict?: boolean }) {
  return (
    <PageI18n ui={services.ui} addResources={addPlanningResources} strict={strict}>
      <PlanningProvider services={services}>
        <PlanningApp />
      </PlanningProvider>
    </PageI18n>
  );
}
