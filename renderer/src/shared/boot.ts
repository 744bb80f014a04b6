import { pickApi } from '../api/duanhui-api';
import { isLang } from '../i18n';
import { connectLiveStore, createLiveStore } from '../state/live-store';
import { createUiStore, rehydrateUiStore, UI_STORAGE_KEY } from '../state/ui-store';
import type { AppServices } from './app-context';

/**
 * Wires a page: the API for this environment, the live mirror and the UI store.
 * `?lang=en` / `?lang=zh-CN` fixes the language of this one page without saving it.
 */
export function bootServices(win: Window = window): AppServices {
  const params = new URLSearchParams(win.location.search);
  const api = pickApi(win);
  const live = createLiveStore({ connected: api.kind === 'ipc' });
  const langParam = params.get('lang');
  const ui = isLang(langParam) ? createUiStore(null, { lang: langParam }) : createUiStore();
  if (!isLang(langParam)) {
    // The console and the projector share this origin's storage: a language chosen on the
    // console reaches the projector at once.
    win.addEventListener('storage', (event) => {
      if (event.key === UI_STORAGE_KEY) rehydrateUiStore(ui);
    });
  }
  connectLiveStore(live, api);
  api.start();
  return { api, live, ui, now: () => api.serverNow() };
}
