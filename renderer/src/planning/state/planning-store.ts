import { createStore, type StoreApi } from 'zustand/vanilla';
import { parseRoute, routeHash, type Route } from './route';

export interface Notice {
  id: number;
  kind: 'error' | 'info';
  text: { 'zh-CN': string; en: string };
}

export interface PlanningState {
  route: Route;
  /** The meeting last opened, so the Meeting and Approval tabs know which one to show. */
  currentId: string | null;
  notice: Notice | null;
  /** Bumped after a change elsewhere (import, settings) so the calendar reloads. */
  revision: number;
  navigate(route: Route): void;
  setRouteFromHash(hash: string): void;
  notify(kind: Notice['kind'], text: Notice['text']): void;
  dismiss(): void;
  touch(): void;
}

export type PlanningStore = StoreApi<PlanningState>;

/** UI state of the planning page; the data itself always comes from the planning service. */
export function createPlanningStore(hash: string, onNavigate: (hash: string) => void = () => {}): PlanningStore {
  let noticeId = 0;
  const initial = parseRoute(hash);
  return createStore<PlanningState>()((set, get) => ({
    route: initial,
    currentId: initial.view === 'editor' || initial.view === 'checklist' ? initial.id : null,
    notice: null,
    revision: 0,
    navigate: (route) => {
      const id = route.view === 'editor' || route.view === 'checklist' ? route.id : get().currentId;
      set({ route, currentId: id });
      onNavigate(routeHash(route));
    },
    setRouteFromHash: (h) => {
      const route = parseRoute(h);
      if (routeHash(route) === routeHash(get().route)) return;
      set({ route, currentId: route.view === 'editor' || route.view === 'checklist' ? route.id : get().currentId });
    },
    notify: (kind, text) => set({ notice: { id: ++noticeId, kind, text } }),
    dismiss: () => set({ notice: null }),
    touch: () => set({ revision: get().revision + 1 }),
  }));
}
