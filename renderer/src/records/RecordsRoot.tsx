import { PageI18n } from '../shared/PageI18n';
import { addRecordsResources } from './i18n';
import { RecordsApp } from './RecordsApp';
import { RecordsProvider, type RecordsServices } from './shared/records-context';

/** The page's providers: the shared i18n setup plus the records namespace, and the services. */
export function RecordsRoot({ services, strict = true }: { services: RecordsServices; strict?: boolean }) {
  return (
    <PageI18n ui={services.ui} addResources={addRecordsResources} strict={strict}>
      <RecordsProvider services={services}>
        <RecordsApp />
      </RecordsProvider>
    </PageI18n>
  );
}
