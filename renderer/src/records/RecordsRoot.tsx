import { StrictMode, useEffect, useMemo } from 'react';
import { I18nextProvider } from 'react-i18next';
import { useStore } from 'zustand';
import { createI18n } from '../i18n';
import { addRecordsResources } from './i18n';
import { RecordsApp } from './RecordsApp';
import { RecordsProvider, type RecordsServices } from './shared/records-context';

/** The page's providers: the shared i18n setup plus the records namespace, and the services. */
export function RecordsRoot({ services, strict = true }: { services: RecordsServices; strict?: boolean }) {
  const lang = useStore(services.ui, (s) => s.lang);
  const i18n = useMemo(() => addRecordsResources(createI18n(services.ui.getState().lang)), [services.ui]);
  useEffect(() => {
    if (i18n.language !== lang) void i18n.changeLanguage(lang);
    document.documentElement.lang = lang;
  }, [i18n, lang]);
  const tree = (
    <I18nextProvider i18n={i18n}>
      <RecordsProvider services={services}>
        <RecordsApp />
      </RecordsProvider>
    </I18nextProvider>
  );
  return strict ? <StrictMode>{tree}</StrictMode> : tree;
}
