import { isLang } from '../i18n';
import { createUiStore, rehydrateUiStore, UI_STORAGE_KEY } from '../state/ui-store';
import { pickRecordsApi } from './api/records-api';
import type { ChartRenderer } from './charts/chart-renderer';
import { keyForDate } from './shared/period';
import { saveWithLink } from './shared/download';
import type { RecordsServices } from './shared/records-context';
import { createRecordsStore } from './state/records-store';

const localToday = (): string => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/**
 * Wires records.html: the API for this environment (IPC in Electron, HTTP with `?t=` in a
 * browser), the language shared with the other pages (`?lang=` fixes it for this page), and
 * `?today=YYYY-MM-DD` to pin "today" (screenshots, demonstrations).
 */
export function bootRecords(charts: ChartRenderer, win: Window = window): RecordsServices {
  const params = new URLSearchParams(win.location.search);
  const langParam = params.get('lang');
  const ui = isLang(langParam) ? createUiStore(null, { lang: langParam }) : createUiStore();
  if (!isLang(langParam)) {
    win.addEventListener('storage', (event) => {
      if (event.key === UI_STORAGE_KEY) rehydrateUiStore(ui);
    });
  }
  const fixed = params.get('today');
  const today = fixed && /^\d{4}-\d{2}-\d{2}$/.test(fixed) ? () => fixed : localToday;
  const store = createRecordsStore(win.location.hash, { period: 'month', key: keyForDate('month', today()) }, (hash) => {
    if (win.location.hash !== hash) win.history.pushState(null, '', hash);
  });
  win.addEventListener('popstate', () => store.getState().setRouteFromHash(win.location.hash));
  win.addEventListener('hashchange', () => store.getState().setRouteFromHash(win.location.hash));
  return { api: pickRecordsApi(win), store, ui, today, charts, saveFile: (file) => saveWithLink(file, win.document) };
}
