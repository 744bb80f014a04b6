import { StrictMode, useEffect, useMemo, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { useStore } from 'zustand';
import { createI18n } from '../i18n';
import { AppProvider, type AppServices } from './app-context';

/** Providers every page needs; the page language follows the UI store. */
export function Root({ services, children, strict = true }: { services: AppServices; children: ReactNode; strict?: boolean }) {
  const lang = useStore(services.ui, (s) => s.lang);
  const i18n = useMemo(() => createI18n(services.ui.getState().lang), [services.ui]);
  useEffect(() => {
    if (i18n.language !== lang) void i18n.changeLanguage(lang);
    document.documentElement.lang = lang;
  }, [i18n, lang]);
  const tree = (
    <I18nextProvider i18n={i18n}>
      <AppProvider services={services}>{children}</AppProvider>
    </I18nextProvider>
  );
  return strict ? <StrictMode>{tree}</StrictMode> : tree;
}
