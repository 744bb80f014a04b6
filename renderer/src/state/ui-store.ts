import { createStore, type StoreApi } from 'zustand/vanilla';
import { createJSONStorage, persist, type StateStorage } from 'zustand/middleware';
import { isLang, type Lang } from '../i18n';

/**
 * Local UI state, apart from the live mirror. Only settings (language, chime volume) are
 * persisted; dialogs and the selection are per window.
 */
export type Dialog = 'none' | 'help' | 'message' | 'override' | 'confirm-end' | 'shell' | 'add-speaker';

export interface Toast {
  id: number;
  text: { 'zh-CN': string; en: string };
  kind: 'refusal' | 'info';
}

export interface UiState {
  lang: Lang;
  /** 0 = off (the default), up to 1. */
  chimeVolume: number;
  dialog: Dialog;
  selectedItemId: string | null;
  toast: Toast | null;
  setLang(lang: Lang): void;
  setChimeVolume(volume: number): void;
  open(dialog: Dialog): void;
  close(): void;
  select(itemId: string | null): void;
  showToast(text: Toast['text'], kind?: Toast['kind']): void;
  dismissToast(): void;
}

export type UiStore = StoreApi<UiState>;

export const UI_STORAGE_KEY = 'duanhui.ui';

interface Persisted {
  lang: Lang;
  chimeVolume: number;
}

const clampVolume = (v: number): number => (Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : 0);

export function createUiStore(storage: StateStorage | null = safeLocalStorage(), defaults: Partial<Persisted> = {}): UiStore {
  let toastId = 0;
  const base = (set: StoreApi<UiState>['setState']): UiState => ({
    lang: defaults.lang ?? 'zh-CN',
    chimeVolume: defaults.chimeVolume ?? 0,
    dialog: 'none',
    selectedItemId: null,
    toast: null,
    setLang: (lang) => set({ lang }),
    setChimeVolume: (volume) => set({ chimeVolume: clampVolume(volume) }),
    open: (dialog) => set({ dialog }),
    close: () => set({ dialog: 'none' }),
    select: (selectedItemId) => set({ selectedItemId }),
    showToast: (text, kind = 'refusal') => set({ toast: { id: ++toastId, text, kind } }),
    dismissToast: () => set({ toast: null }),
  });
  if (!storage) return createStore<UiState>()((set) => base(set));
  return createStore<UiState>()(
    persist((set) => base(set), {
      name: UI_STORAGE_KEY,
      version: 1,
      storage: createJSONStorage(() => storage),
      partialize: (s): Persisted => ({ lang: s.lang, chimeVolume: s.chimeVolume }),
      // Whatever is stored is checked: a hand-edited value must not break the screen.
      merge: (stored, current) => {
        const p = (stored ?? {}) as Partial<Persisted>;
        return {
          ...current,
          ...(isLang(p.lang) ? { lang: p.lang } : {}),
          ...(typeof p.chimeVolume === 'number' ? { chimeVolume: clampVolume(p.chimeVolume) } : {}),
        };
      },
    }),
  );
}

function safeLocalStorage(): StateStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** Re-reads the persisted settings, e.g. when another window of this app changed them. */
export function rehydrateUiStore(store: UiStore): void {
  const withPersist = store as UiStore & { persist?: { rehydrate(): unknown } };
  void withPersist.persist?.rehydrate();
}
