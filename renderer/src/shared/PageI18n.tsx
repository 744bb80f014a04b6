import { StrictMode, useEffect, useMemo, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { useStore, type StoreApi } from 'zustand';
import type { i18n } from 'i18next';
import { createI18n, type Lang } from '../i18n';

/**
 * A page's i18n: the shared strings plus the page's own namespace, following the language kept
 * in the UI store (changing it on one page changes the others through their stores).
 */
export function PageI18n({
  ui,
  addResources,
  strict = true,
  children,
}: {
  ui: Pick<StoreApi<{ lang: Lang }>, 'getState' | 'getInitialState' | 'subscribe'>;
  addResources: (instance: i18n) => i18n;
  strict?: boolean;
  children: ReactNode;
}) {
  const lang = useStore(ui, (s) => s.lang);
  const instance = useMemo(() => addResources(createI18n(ui.getState().lang)), [ui, addResources]);
  useEffect(() => {
    if (instance.language !== lang) void instance.changeLanguage(lang);
    document.documentElement.lang = lang;
  }, [instance, lang]);
  const tree = <I18nextProvider i18n={instance}>{children}</I18nextProvider>;
  return strict ? <StrictMode>{tree}</StrictMode> : tree;
}
