import { describe, expect, it } from 'vitest';
import { createLiveStore, connectLiveStore } from '../../renderer/src/state/live-store';
import { createUiStore, UI_STORAGE_KEY } from '../../renderer/src/state/ui-store';
import { FakeApi, live, runningA, sessionAfter } from './fixtures';

describe('live store', () => {
  it('takes newer snapshots and drops older or equal versions', () => {
    const store = createLiveStore();
    const s = sessionAfter([]);
    expect(store.getState().apply(live(s, 5))).toBe(true);
    expect(store.getState().apply(live(runningA(), 4))).toBe(false);
    expect(store.getState().apply(live(runningA(), 5))).toBe(false);
    expect(store.getState().snapshot?.version).toBe(5);
    expect(store.getState().snapshot?.engine?.meeting.status).toBe('not-started');
    expect(store.getState().apply(live(runningA(), 6))).toBe(true);
    expect(store.getState().snapshot?.engine?.meeting.status).toBe('running');
  });

  it('after a reconnect takes the first snapshot whatever its version (the server may have restarted)', () => {
    const store = createLiveStore();
    store.getState().apply(live(runningA(), 40));
    store.getState().setConnection({ connected: false, revoked: false });
    expect(store.getState().connected).toBe(false);
    store.getState().setConnection({ connected: true, revoked: false });
    expect(store.getState().apply(live(sessionAfter([]), 2))).toBe(true);
    expect(store.getState().apply(live(sessionAfter([]), 1))).toBe(false);
  });

  it('mirrors the API: its snapshots and its connection', () => {
    const api = new FakeApi();
    const store = createLiveStore();
    const off = connectLiveStore(store, api);
    expect(store.getState().snapshot?.version).toBe(1);
    api.setConnection({ connected: false, revoked: false });
    expect(store.getState().connected).toBe(false);
    off();
  });
});

describe('ui store', () => {
  const memory = () => {
    const data = new Map<string, string>();
    return {
      data,
      getItem: (k: string) => data.get(k) ?? null,
      setItem: (k: string, v: string) => void data.set(k, v),
      removeItem: (k: string) => void data.delete(k),
    };
  };

  it('persists language and chime volume only; dialogs stay per window', () => {
    const storage = memory();
    const ui = createUiStore(storage);
    ui.getState().setLang('en');
    ui.getState().setChimeVolume(0.4);
    ui.getState().open('help');
    const saved = JSON.parse(storage.data.get(UI_STORAGE_KEY)!);
    expect(saved.state).toEqual({ lang: 'en', chimeVolume: 0.4 });
    const again = createUiStore(storage);
    expect(again.getState().lang).toBe('en');
    expect(again.getState().chimeVolume).toBe(0.4);
    expect(again.getState().dialog).toBe('none');
  });

  it('chime is off by default; stored nonsense is ignored', () => {
    const storage = memory();
    storage.setItem(UI_STORAGE_KEY, JSON.stringify({ state: { lang: 'fr', chimeVolume: 7 }, version: 1 }));
    const ui = createUiStore(storage);
    expect(ui.getState().lang).toBe('zh-CN');
    expect(ui.getState().chimeVolume).toBe(1);
    expect(createUiStore(memory()).getState().chimeVolume).toBe(0);
  });
});
