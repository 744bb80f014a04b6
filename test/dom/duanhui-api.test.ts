import { describe, expect, it, vi } from 'vitest';
import { createIpcApi, createWsApi } from '../../renderer/src/api/duanhui-api';
import { sortForToday, toMeetingSummaries } from '../../renderer/src/api/meeting-summary';
import type { RoomClient, RoomClientState } from '../../renderer/src/api/ws-client';
import type { DuanhuiApi as PreloadApi } from '../../electron/shared/ipc-contract';
import { live, runningA } from './fixtures';

describe('IPC client', () => {
  it('sends commands, mirrors the snapshot topic and pins the service clock', async () => {
    let clientNow = 1000;
    const preload = {
      command: vi.fn(async () => ({ ok: true, snapshot: live(runningA()) })),
      query: vi.fn(async (name: string) => (name === 'now' ? 51_000 + (clientNow += 2) - 1 : [{ meeting: { id: 'm1', title: '会', start: '2026-04-20T09:00', kind: 'working' }, startAt: 5, status: 'planned' }])),
      subscribe: vi.fn((_topic: string, listener: (p: unknown) => void) => {
        listener(live(runningA(), 3));
        return () => {};
      }),
    } as unknown as PreloadApi;
    const api = createIpcApi(preload, () => clientNow);
    api.start();
    await vi.waitFor(() => expect(preload.query).toHaveBeenCalledTimes(5));
    await Promise.resolve();
    // The fake service stamps each ping at the round trip's midpoint + 51 s.
    expect(api.serverNow() - clientNow).toBe(51_000);
    await api.execute({ type: 'load-sample' });
    expect(preload.command).toHaveBeenCalledWith({ type: 'load-sample' });
    const seen: number[] = [];
    api.subscribe((s) => seen.push(s.version));
    expect(seen).toEqual([3]);
    const meetings = await api.listMeetings();
    expect(meetings[0]).toMatchObject({ id: 'm1', title: '会', startAt: 5, status: 'planned' });
  });
});

describe('WebSocket client', () => {
  function fakeClient(initial: Partial<RoomClientState>) {
    let state = { connected: false, role: null, snapshot: null, clockOffsetMs: null, roundTripMs: null, reconnectAttempt: 0, revoked: false, ...initial } as RoomClientState;
    const listeners = new Set<() => void>();
    return {
      client: {
        getState: () => state,
        subscribe: (l: () => void) => (listeners.add(l), () => listeners.delete(l)),
        command: vi.fn(async () => ({ ok: false, refusal: { code: 'forbidden', message: { 'zh-CN': '禁止', en: 'Forbidden' } } })),
        serverNow: () => 42,
        start: vi.fn(),
        stop: vi.fn(),
      } as unknown as RoomClient,
      set(patch: Partial<RoomClientState>) {
        state = { ...state, ...patch };
        for (const l of listeners) l();
      },
    };
  }

  it('forwards each new snapshot once and the connection state on change only', () => {
    const fake = fakeClient({});
    const api = createWsApi(fake.client, { token: 't', fetchImpl: vi.fn() });
    const snaps: number[] = [];
    const conns: boolean[] = [];
    api.subscribe((s) => snaps.push(s.version));
    api.subscribeConnection((c) => conns.push(c.connected));
    fake.set({ connected: true, role: 'view' });
    const s = live(runningA(), 7);
    fake.set({ snapshot: s });
    fake.set({ snapshot: s, roundTripMs: 3 });
    expect(snaps).toEqual([7]);
    expect(conns).toEqual([false, true]);
    expect(api.canControl()).toBe(false);
    expect(api.serverNow()).toBe(42);
  });

  it('lists meetings from the schedule export with the chair token', async () => {
    const fetchImpl = vi.fn(async () => new Response(JSON.stringify({ meetings: [{ id: 'x', title: 'X', start: '2026-05-01T09:00', kind: 'working' }] })));
    const api = createWsApi(fakeClient({}).client, { token: 'secret', fetchImpl: fetchImpl as unknown as typeof fetch });
    expect((await api.listMeetings()).map((m) => m.id)).toEqual(['x']);
    expect(fetchImpl).toHaveBeenCalledWith('/api/schedule', { headers: { Authorization: 'Bearer secret' } });
  });
});

describe('meeting summaries', () => {
  it('reads both shapes, drops entries without an id, puts today first', () => {
    const list = toMeetingSummaries([
      { id: 'b', title: 'B', start: '2026-05-02T09:00' },
      { meeting: { id: 'a', title: 'A', start: '2026-05-01T09:00', countyWide: true } },
      { title: 'no id' },
      null,
    ]);
    expect(list.map((m) => m.id)).toEqual(['b', 'a']);
    expect(list[1]!.countyWide).toBe(true);
    expect(sortForToday(list, '2026-05-02').map((m) => m.id)).toEqual(['b', 'a']);
    expect(sortForToday(list, '2026-06-01').map((m) => m.id)).toEqual(['a', 'b']);
  });
});
