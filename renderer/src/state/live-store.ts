import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ConnectionState, DuanhuiApi, LiveSnapshot } from '../api/duanhui-api';

/**
 * Mirrors the service's LiveSnapshot. Snapshots can arrive out of order (a command's result and
 * the push of the same change race), so one not newer than the one held is dropped. After a
 * reconnect the server may have restarted and count versions from 1 again: the first snapshot
 * after a reconnect is therefore taken whatever its version.
 */
export interface LiveState {
  snapshot: LiveSnapshot | null;
  connected: boolean;
  revoked: boolean;
  /** Set by a reconnect: the next snapshot is taken whatever its version. */
  acceptAnyVersion: boolean;
  apply(snapshot: LiveSnapshot): boolean;
  setConnection(state: ConnectionState): void;
}

export type LiveStore = StoreApi<LiveState>;

export function createLiveStore(initial: Partial<Pick<LiveState, 'snapshot' | 'connected'>> = {}): LiveStore {
  return createStore<LiveState>()((set, get) => ({
    snapshot: initial.snapshot ?? null,
    connected: initial.connected ?? true,
    revoked: false,
    acceptAnyVersion: false,
    apply(snapshot) {
      const { snapshot: current, acceptAnyVersion } = get();
      if (current && !acceptAnyVersion && snapshot.version <= current.version) return false;
      set({ snapshot, acceptAnyVersion: false });
      return true;
    },
    setConnection({ connected, revoked }) {
      const wasConnected = get().connected;
      set({ connected, revoked, ...(connected && !wasConnected ? { acceptAnyVersion: true } : {}) });
    },
  }));
}

/** Feeds the store from the API: connection first, so a reconnect's snapshot is accepted. */
export function connectLiveStore(store: LiveStore, api: DuanhuiApi): () => void {
  const offConnection = api.subscribeConnection((state) => store.getState().setConnection(state));
  const offSnapshot = api.subscribe((snapshot) => store.getState().apply(snapshot));
  return () => {
    offSnapshot();
    offConnection();
  };
}
