import { createContext, useContext, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { UiStore } from '../../state/ui-store';
import type { Lang } from '../../i18n';
import { PlanningApiError, type PlanningApi } from '../api/planning-api';
import { PLANNING_NS } from '../i18n';
import type { PlanningState, PlanningStore } from '../state/planning-store';

export interface PlanningServices {
  api: PlanningApi;
  store: PlanningStore;
  ui: UiStore;
  /** Today's civil date, for the calendar's first view; tests and screenshots fix it. */
  today: () => string;
}

const Ctx = createContext<PlanningServices | null>(null);

export function PlanningProvider({ services, children }: { services: PlanningServices; children: ReactNode }) {
  return <Ctx.Provider value={services}>{children}</Ctx.Provider>;
}

export function usePlanning(): PlanningServices {
  const s = useContext(Ctx);
  if (!s) throw new Error('usePlanning: no <PlanningProvider> above this component');
  return s;
}

export function usePlanningState<T>(selector: (s: PlanningState) => T): T {
  return useStore(usePlanning().store, selector);
}

export function useLang(): Lang {
  return useStore(usePlanning().ui, (s) => s.lang);
}

/** `t` of the planning namespace. */
export function usePT() {
  return useTranslation(PLANNING_NS).t;
}

/** Shows a failure from the API (or anything else) in the notice bar, in both languages. */
export function useReportError(): (e: unknown) => void {
  const { store } = usePlanning();
  return (e: unknown) => {
    if (e instanceof PlanningApiError) {
      const issues = e.body.issues?.slice(0, 3) ?? [];
      const extra = (lang: 'zh-CN' | 'en') =>
        issues.length > 1 ? `\n${issues.map((i) => `${i.path}: ${i.message[lang]}`).join('\n')}` : '';
      store.getState().notify('error', { 'zh-CN': e.body.message['zh-CN'] + extra('zh-CN'), en: e.body.message.en + extra('en') });
      return;
    }
    const m = e instanceof Error ? e.message : String(e);
    store.getState().notify('error', { 'zh-CN': m, en: m });
  };
}
