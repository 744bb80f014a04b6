import { describe, expect, it, vi } from 'vitest';
import { createPreloadApi, type IpcRendererLike } from '../../electron/preload/preload-api';
import { PUSH_CHANNEL } from '../../electron/shared/ipc-contract';

type Listener = (event: unknown, ...args: unknown[]) => void;

/** ipcRenderer as the sandboxed preload sees it; `push` plays the main process. */
function fakeIpcRenderer(answers: Record<string, unknown> = {}) {
  const listeners = new Map<string, Set<Listener>>();
  const invoked: unknown[][] = [];
  const secretEvent = { sender: { send: () => 'the raw ipcRenderer' }, ports: [], secret: true };
  const ipc: IpcRendererLike = {
    invoke: vi.fn((channel: string, ...args: unknown[]) => {
      invoked.push([channel, ...args]);
      return Promise.resolve(answers[channel]);
    }),
    on: vi.fn((channel: string, l: Listener) => {
      listeners.set(channel, (listeners.get(channel) ?? new Set()).add(l));
    }),
    removeListener: vi.fn((channel: string, l: Listener) => {
      listeners.get(channel)?.delete(l);
    }),
  };
  const push = (message: unknown) => {
    for (const l of listeners.get(PUSH_CHANNEL) ?? []) l(secretEvent, message);
  };
  const count = () => listeners.get(PUSH_CHANNEL)?.size ?? 0;
  return { ipc, invoked, push, count, secretEvent };
}

const snapshot = (version: number) => ({ version, at: 0, meetingId: null, engine: null });
const flush = () => new Promise((r) => setTimeout(r, 0));

describe('preload API', () => {
  it('commands and queries go through named channels and resolve with the answer', async () => {
    const { ipc, invoked } = fakeIpcRenderer({ 'meeting:command': { ok: true }, 'meeting:query': 123 });
    const api = createPreloadApi(ipc);
    await expect(api.command({ type: 'next' })).resolves.toEqual({ ok: true });
    await expect(api.query('now')).resolves.toBe(123);
    await api.query('list-meetings', { from: 1 });
    await api.shell.chooseProjectorDisplay(2);
    await api.shell.setLanSharing(true);
    await api.importSchedule({ meetings: [] }, { preview: true });
    expect(invoked).toEqual([
      ['meeting:command', { type: 'next' }],
      ['meeting:query', 'now', undefined],
      ['meeting:query', 'list-meetings', { from: 1 }],
      ['shell:choose-projector-display', 2],
      ['shell:set-lan-sharing', true],
      ['meeting:import-schedule', { meetings: [] }, { preview: true }],
    ]);
  });

  it('exposes only named operations: no ipcRenderer, no send/invoke/on', () => {
    const { ipc } = fakeIpcRenderer();
    const api = createPreloadApi(ipc) as unknown as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual(['command', 'importSchedule', 'planning', 'query', 'records', 'shell', 'subscribe']);
    const all = JSON.stringify(Object.keys(api.shell as object));
    expect(all).not.toMatch(/ipc|invoke|send|"on"/i);
    for (const value of Object.values(api)) expect(value).not.toBe(ipc);
  });

  it('subscribe returns an unsubscribe; listeners get the payload, never the IPC event', async () => {
    const { ipc, invoked, push, count, secretEvent } = fakeIpcRenderer();
    const api = createPreloadApi(ipc);
    const seen: unknown[][] = [];
    const off = api.subscribe('snapshot', (...args: unknown[]) => seen.push(args));
    expect(typeof off).toBe('function');
    expect(invoked).toEqual([['push:subscribe', 'snapshot']]);
    push({ topic: 'snapshot', payload: snapshot(1) });
    expect(seen).toEqual([[snapshot(1)]]);
    expect(JSON.stringify(seen)).not.toContain('secret');
    expect(seen.flat()).not.toContain(secretEvent);

    off();
    off(); // idempotent
    push({ topic: 'snapshot', payload: snapshot(2) });
    expect(seen).toHaveLength(1);
    await flush();
    expect(invoked).toEqual([
      ['push:subscribe', 'snapshot'],
      ['push:unsubscribe', 'snapshot'],
    ]);
    expect(count()).toBe(0); // the IPC listener itself is removed once nobody listens
  });

  it('routes by topic and ignores malformed or unknown pushes', () => {
    const { ipc, push } = fakeIpcRenderer();
    const api = createPreloadApi(ipc);
    const notices: unknown[] = [];
    const snaps: unknown[] = [];
    api.subscribe('shell-notice', (n) => notices.push(n));
    api.subscribe('snapshot', (s) => snaps.push(s));
    push({ topic: 'shell-notice', payload: { code: 'display-added' } });
    push({ topic: 'nope', payload: 1 });
    push('garbage');
    push(null);
    expect(notices).toEqual([{ code: 'display-added' }]);
    expect(snaps).toEqual([]);
  });

  it('one IPC subscription per topic; a later subscriber to a state topic gets the latest value at once', async () => {
    const { ipc, invoked, push } = fakeIpcRenderer();
    const api = createPreloadApi(ipc);
    const first: unknown[] = [];
    const second: unknown[] = [];
    const offFirst = api.subscribe('snapshot', (s) => first.push(s));
    push({ topic: 'snapshot', payload: snapshot(1) });
    const offSecond = api.subscribe('snapshot', (s) => second.push(s));
    await flush();
    expect(second).toEqual([snapshot(1)]);
    expect(invoked.filter(([c]) => c === 'push:subscribe')).toHaveLength(1);
    offFirst();
    expect(invoked.filter(([c]) => c === 'push:unsubscribe')).toHaveLength(0);
    offSecond();
    expect(invoked.filter(([c]) => c === 'push:unsubscribe')).toHaveLength(1);
  });

  it('events (menu commands, notices) are not replayed to later subscribers', async () => {
    const { ipc, push } = fakeIpcRenderer();
    const api = createPreloadApi(ipc);
    api.subscribe('menu-command', () => undefined);
    push({ topic: 'menu-command', payload: 'pause-resume' });
    const late: unknown[] = [];
    api.subscribe('menu-command', (c) => late.push(c));
    await flush();
    expect(late).toEqual([]);
  });

  it('a throwing listener does not stop the others', () => {
    const { ipc, push } = fakeIpcRenderer();
    const reportError = vi.fn();
    const api = createPreloadApi(ipc, { reportError });
    const seen: unknown[] = [];
    api.subscribe('displays', () => {
      throw new Error('boom');
    });
    api.subscribe('displays', (d) => seen.push(d));
    push({ topic: 'displays', payload: { displays: [] } });
    expect(seen).toHaveLength(1);
    expect(reportError).toHaveBeenCalledWith('duanhui: a "displays" listener threw', expect.any(Error));
  });

  it('rejects an unknown topic with a clear message', () => {
    const api = createPreloadApi(fakeIpcRenderer().ipc);
    expect(() => api.subscribe('secrets' as never, () => undefined)).toThrow(/unknown topic "secrets"; expected one of snapshot/);
  });
});
