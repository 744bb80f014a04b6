import { createStore, type StoreApi } from 'zustand/vanilla';
import type { DisplaysState, LanSharingStatus, ProjectorStatus, ShellApi } from '../api/duanhui-api';

/**
 * The console's mirror of the desktop shell: the displays with where the projector is, and the
 * LAN sharing switch. The shell's pushes are the truth; a request's reply is applied at once so
 * the picker answers the click without waiting for the push.
 */
export interface ShellState {
  displays: DisplaysState | null;
  lan: LanSharingStatus | null;
  /** A request is on its way (buttons wait for it; a double click never sends twice). */
  busy: boolean;
  setDisplays(state: DisplaysState): void;
  setProjector(status: ProjectorStatus): void;
  setLan(status: LanSharingStatus): void;
  setBusy(busy: boolean): void;
}

export type ShellStore = StoreApi<ShellState>;

export function createShellStore(): ShellStore {
  return createStore<ShellState>()((set) => ({
    displays: null,
    lan: null,
    busy: false,
    setDisplays: (displays) => set({ displays }),
    setProjector: (projector) => set((s) => ({ displays: { displays: s.displays?.displays ?? [], projector } })),
    setLan: (lan) => set({ lan }),
    setBusy: (busy) => set({ busy }),
  }));
}

/**
 * Feeds the store from the shell: the state topics, and one direct read each in case a push
 * was missed before the subscription (a reply never overwrites a push that came first).
 */
export function connectShellStore(store: ShellStore, shell: ShellApi): () => void {
  let closed = false;
  const offDisplays = shell.subscribeDisplays((state) => store.getState().setDisplays(state));
  const offLan = shell.subscribeLanSharing((status) => store.getState().setLan(status));
  void shell
    .listDisplays()
    .then((state) => {
      if (!closed && !store.getState().displays) store.getState().setDisplays(state);
    })
    .catch(() => {});
  void shell
    .getLanSharing()
    .then((status) => {
      if (!closed && !store.getState().lan) store.getState().setLan(status);
    })
    .catch(() => {});
  return () => {
    closed = true;
    offDisplays();
    offLan();
  };
}
