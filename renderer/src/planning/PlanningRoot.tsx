import { StrictMode, useEffect, useMemo } from 'react';
import { I18nextProvider } from 'react-i18next';
import { useStore } from 'zustand';
import { createI18n } from '../i18n';
import { addPlanningResources } from './i18n';
import { PlanningApp } from './PlanningApp';
import { PlanningProvider, type PlanningServices } from './shared/planning-context';

/** The page's providers: the shared i18n setup plus the planning namespace, and the services. */
export function PlanningRoot({ services, strict = true }: { services: PlanningServices; strict?: boolean }) {
  const lang = useStore(services.ui, (s) => s.lang);
  const i18n = useMemo(() => addPlanningResources(createI18n(services.ui.getState().lang)), [services.ui]);
  useEffect(() => {
    if (i18n.language !== lang) void i18n.changeLanguage(lang);
    document.documentElement.lang = lang;
  }, [i18n, lang]);
  const tree = (
    <I18nextProvider i18n={i18n}>
      <PlanningProvider services={services}>
        <PlanningApp />
      </PlanningProvider>
    </I18nextProvider>
  );
  return strict ? <StrictMode>{tree}</StrictMode> : tree;
}
