import { isLang } from '../i18n';
import { createUiStore } from '../state/ui-store';
import { pickPlanningApi } from './api/planning-api';
import type { PlanningServices } from './shared/planning-context';
import { createPlanningStore } from './state/planning-store';

const localToday = (): string => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/**
 * Wires planning.html: the API for this environment (IPC in Electron, HTTP with `?t=` in a
 * browser), the language shared with the other pages (`?lang=` fixes it for this page), and
 * `?today=YYYY-MM-DD` to pin "today" (screenshots, demonstrations).
 */
export function bootPlanning(win: Window = window): PlanningServices {
  const params = new URLSearchParams(win.location.search);
  const langParam = params.get('lang');
  const ui = isLang(langParam) ? createUiStore(null, { lang: langParam }) : createUiStore();
  const store = createPlanningStore(win.location.hash, (hash) => {
    if (win.location.hash !== hash) win.history.pushState(null, '', hash);
  });
  win.addEventListener('popstate', () => store.getState().setRouteFromHash(win.location.hash));
  win.addEventListener('hashchange', () => store.getState().setRouteFromHash(win.location.hash));
  const fixed = params.get('today');
  const today = fixed && /^\d{4}-\d{2}-\d{2}$/.test(fixed) ? () => fixed : localToday;
  return { api: pickPlanningApi(win), store, ui, today };
}
