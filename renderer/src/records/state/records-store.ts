import { createStore, type StoreApi } from 'zustand/vanilla';
import type { PeriodKind } from '../api/records-api';
import { formatHash, parseHash, type Route, type View } from './route';

export interface Notice {
  id: number;
  kind: 'error' | 'info';
  text: { 'zh-CN': string; en: string };
}

export interface RecordsState {
  route: Route;
  notice: Notice | null;
  /** Shows the list or the report for the current period. */
  show(view: Exclude<View, 'record'>): void;
  openRecord(sessionId: string): void;
  setPeriod(period: PeriodKind, key: string): void;
  /** Follows the address bar (back/forward, a pasted link). */
  setRouteFromHash(hash: string): void;
  notify(kind: Notice['kind'], text: Notice['text']): void;
  dismiss(): void;
}

export type RecordsStore = StoreApi<RecordsState>;

/**
 * Page state apart from the data: the route (mirrored into the hash through `pushHash`) and the
 * one notice line. `fallback` is the period shown when the hash names none (today's month).
 */
export function createRecordsStore(hash: string, fallback: { period: PeriodKind; key: string }, pushHash: (hash: string) => void = () => {}): RecordsStore {
  let noticeId = 0;
  return createStore<RecordsState>()((set, get) => {
    const go = (route: Route) => {
      set({ route });
      pushHash(formatHash(route));
    };
    return {
      route: parseHash(hash, fallback),
      notice: null,
      show: (view) => go({ ...get().route, view, sessionId: null }),
      openRecord: (sessionId) => go({ ...get().route, view: 'record', sessionId }),
      setPeriod: (period, key) => go({ ...get().route, period, key }),
      setRouteFromHash: (h) => {
        const { period, key } = get().route;
        set({ route: parseHash(h, { period, key }) });
      },
      notify: (kind, text) => set({ notice: { id: ++noticeId, kind, text } }),
      dismiss: () => set({ notice: null }),
    };
  });
}
