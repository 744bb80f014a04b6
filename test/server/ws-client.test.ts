import { describe, expect, it } from 'vitest';
import type { LiveSnapshot } from '../../electron/services/meeting-service/meeting-service-api';
import type { ServerMessage } from '../../electron/server/ws-protocol';
import {
  backoffDelay,
  DEFAULT_BACKOFF,
  RoomClient,
  roomSocketUrl,
  type Timers,
  type WebSocketConstructor,
  type WebSocketLike,
} from '../../renderer/src/api/ws-client';

// The browser's own WebSocket fits the injectable constructor without a cast.
const browserWebSocket: WebSocketConstructor = globalThis.WebSocket;

/** Timers driven by advance(), sharing one clock with the client. */
class ManualTimers implements Timers {
  now = 1_000_000;
  private seq = 0;
  private queue: { at: number; id: number; fn: () => void }[] = [];
  setTimeout(fn: () => void, ms: number): number {
    const id = ++this.seq;
    this.queue.push({ at: this.now + ms, id, fn });
    return id;
  }
  clearTimeout(handle: unknown): void {
    this.queue = this.queue.filter((t) => t.id !== handle);
  }
  pendingDelays(): number[] {
    return this.queue.map((t) => t.at - this.now);
  }
  advance(ms: number): void {
    const end = this.now + ms;
    for (;;) {
      this.queue.sort((a, b) => a.at - b.at || a.id - b.id);
      const next = this.queue[0];
      if (!next || next.at > end) break;
      this.queue.shift();
      this.now = next.at;
      next.fn();
    }
    this.now = end;
  }
}

class FakeSocket implements WebSocketLike {
  static made: FakeSocket[] = [];
  readyState = 0;
  onopen: ((event: never) => void) | null = null;
  onmessage: ((event: never) => void) | null = null;
  onclose: ((event: never) => void) | null = null;
  onerror: ((event: never) => void) | null = null;
  sent: Record<string, unknown>[] = [];
  closedWith: number | undefined;
  constructor(readonly url: string) {
    FakeSocket.made.push(this);
  }
  send(data: string): void {
    this.sent.push(JSON.parse(data) as Record<string, unknown>);
  }
  close(code?: number): void {
    this.closedWith = code ?? 1005;
    this.readyState = 3;
  }
  // Test side:
  accept(role: 'chair' | 'view', snapshot: LiveSnapshot): void {
    this.readyState = 1;
    this.deliver({ type: 'hello', protocol: 1, role, serverTime: 0, limits: { maxMessageBytes: 1, burst: 1, perSecond: 1 } });
    this.deliver({ type: 'snapshot', snapshot });
  }
  deliver(message: ServerMessage): void {
    (this.onmessage as ((e: { data: unknown }) => void) | null)?.({ data: JSON.stringify(message) });
  }
  drop(code = 1006): void {
    this.readyState = 3;
    (this.onclose as ((e: { code: number }) => void) | null)?.({ code });
  }
  lastPing(): { id: string; t0: number } {
    const ping = this.sent.filter((m) => m.type === 'ping').at(-1);
    if (!ping) throw new Error('no ping sent');
    return ping as { id: string; t0: number };
  }
}

const snap = (version: number): LiveSnapshot => ({ version, at: 0, meetingId: 'm', engine: null });

function setup(random = () => 0.5) {
  FakeSocket.made = [];
  const timers = new ManualTimers();
  const client = new RoomClient({
    url: 'ws://127.0.0.1:1/ws?t=abc',
    WebSocketImpl: FakeSocket,
    now: () => timers.now,
    timers,
    random,
    sync: { burst: 3, burstGapMs: 100, secondBurst: 2, secondBurstDelayMs: 3_000, intervalMs: 15_000, window: 8, pongTimeoutMs: 5_000 },
    commandTimeoutMs: 2_000,
  });
  const socket = () => {
    const s = FakeSocket.made.at(-1);
    if (!s) throw new Error('no socket');
    return s;
  };
  return { timers, client, socket };
}

describe('RoomClient', () => {
  it('is connected only after hello, and mirrors the snapshot', () => {
    const { client, socket } = setup();
    client.start();
    expect(socket().url).toBe('ws://127.0.0.1:1/ws?t=abc');
    expect(client.getState().connected).toBe(false);
    let notified = 0;
    client.subscribe(() => notified++);
    socket().accept('view', snap(3));
    expect(client.getState()).toMatchObject({ connected: true, role: 'view', snapshot: { version: 3 } });
    expect(notified).toBeGreaterThan(0);
  });

  it('drops snapshots older than the one it has', () => {
    const { client, socket } = setup();
    client.start();
    socket().accept('view', snap(5));
    socket().deliver({ type: 'snapshot', snapshot: snap(4) });
    expect(client.getState().snapshot?.version).toBe(5);
    socket().deliver({ type: 'snapshot', snapshot: snap(6) });
    expect(client.getState().snapshot?.version).toBe(6);
  });

  it('estimates the server clock from a burst of pings, a second burst, then re-estimates periodically', () => {
    const { client, socket, timers } = setup();
    client.start();
    socket().accept('view', snap(1));
    const pingCount = () => socket().sent.filter((m) => m.type === 'ping').length;
    // The server runs 5 s behind this client; 20 ms each way.
    const answer = () => {
      const ping = socket().lastPing();
      expect(ping.t0).toBe(timers.now);
      timers.advance(20);
      const serverTime = timers.now - 5_000;
      timers.advance(20);
      socket().deliver({ type: 'pong', id: ping.id, t0: ping.t0, serverTime });
      expect(client.getState().clockOffsetMs).toBe(-5_000);
    };
    for (let i = 0; i < 3; i++) {
      answer();
      if (i < 2) {
        expect(timers.pendingDelays()).toContain(100);
        timers.advance(100);
      }
    }
    expect(client.serverNow()).toBe(timers.now - 5_000);
    expect(client.getState().roundTripMs).toBe(40);
    // The second burst: 3 s after the first ended, two pings 100 ms apart.
    expect(timers.pendingDelays()).toEqual([3_000]);
    timers.advance(3_000);
    expect(pingCount()).toBe(4);
    answer();
    expect(timers.pendingDelays()).toEqual([100]);
    timers.advance(100);
    answer();
    // Then one ping per interval, and no third burst.
    expect(timers.pendingDelays()).toEqual([15_000]);
    timers.advance(15_000);
    expect(pingCount()).toBe(6);
    answer();
    expect(timers.pendingDelays()).toEqual([15_000]);
  });

  describe('the second burst, a few seconds after connecting', () => {
    // Answers the outstanding ping after `there` ms out and `back` ms back; the server clock is
    // 5 s behind the client's.
    function pong(t: { socket: () => FakeSocket; timers: ManualTimers }, there: number, back: number) {
      const ping = t.socket().lastPing();
      t.timers.advance(there);
      const serverTime = t.timers.now - 5_000;
      t.timers.advance(back);
      t.socket().deliver({ type: 'pong', id: ping.id, t0: ping.t0, serverTime });
    }
    function runBurst(t: { socket: () => FakeSocket; timers: ManualTimers }, legs: readonly (readonly [number, number])[]) {
      legs.forEach(([there, back], i) => {
        pong(t, there, back);
        if (i < legs.length - 1) t.timers.advance(100);
      });
    }

    it('replaces an estimate stretched by a page busy loading with its quicker sample', () => {
      const t = setup();
      t.client.start();
      t.socket().accept('view', snap(1));
      // While the page renders for the first time, every pong waits ~60 ms in its queue.
      runBurst(t, [[5, 70], [4, 62], [6, 58]]);
      const first = t.client.getState();
      expect(first.roundTripMs).toBe(64);
      expect(first.clockOffsetMs).toBe(-5_000 + (6 - 58) / 2); // off by half the asymmetry
      t.timers.advance(3_000);
      runBurst(t, [[2, 2], [3, 2]]);
      expect(t.client.getState()).toMatchObject({ roundTripMs: 4, clockOffsetMs: -5_000 });
    });

    it('keeps the first burst’s estimate when the second is slower', () => {
      const t = setup();
      t.client.start();
      t.socket().accept('view', snap(1));
      runBurst(t, [[3, 3], [2, 2], [3, 3]]);
      t.timers.advance(3_000);
      runBurst(t, [[20, 40], [30, 10]]);
      expect(t.client.getState()).toMatchObject({ roundTripMs: 4, clockOffsetMs: -5_000 });
    });

    it('runs again after a reconnect (a restarted server may have another clock)', () => {
      const t = setup(() => 0);
      t.client.start();
      t.socket().accept('view', snap(1));
      runBurst(t, [[3, 3], [2, 2], [3, 3]]);
      t.socket().drop();
      t.timers.advance(t.timers.pendingDelays()[0] ?? 0);
      t.socket().accept('view', snap(1));
      runBurst(t, [[3, 3], [2, 2], [3, 3]]);
      expect(t.timers.pendingDelays()).toEqual([3_000]);
    });
  });

  it('keeps the last snapshot while disconnected and reconnects with growing, jittered delays', () => {
    const { client, socket, timers } = setup(() => 0);
    client.start();
    socket().accept('view', snap(2));
    socket().drop();
    expect(client.getState()).toMatchObject({ connected: false, snapshot: { version: 2 }, reconnectAttempt: 1 });

    const delays: number[] = [];
    for (let attempt = 1; attempt <= 8; attempt++) {
      const [delay] = timers.pendingDelays();
      delays.push(delay ?? -1);
      const before = FakeSocket.made.length;
      timers.advance(delay ?? 0);
      expect(FakeSocket.made.length).toBe(before + 1);
      socket().drop(); // the server is still down
    }
    // random() = 0 gives the lower half of each ceiling: 250, 500, 1000 … capped at 7500.
    expect(delays).toEqual([250, 500, 1000, 2000, 4000, 7500, 7500, 7500]);

    timers.advance(timers.pendingDelays()[0] ?? 0);
    socket().accept('view', snap(1)); // a restarted server counts versions from the start again
    expect(client.getState()).toMatchObject({ connected: true, reconnectAttempt: 0, snapshot: { version: 1 } });
  });

  it('stops for good when its token was rotated (close 4401)', () => {
    const { client, socket, timers } = setup();
    client.start();
    socket().accept('view', snap(1));
    socket().drop(4401);
    expect(client.getState()).toMatchObject({ connected: false, revoked: true });
    expect(timers.pendingDelays()).toEqual([]);
  });

  it('reconnects when a ping goes unanswered (half-open link)', () => {
    const { client, socket, timers } = setup();
    client.start();
    const first = socket();
    first.accept('view', snap(1));
    timers.advance(5_000);
    expect(first.closedWith).toBeDefined();
    expect(client.getState().connected).toBe(false);
    timers.advance(timers.pendingDelays()[0] ?? 0);
    expect(socket()).not.toBe(first);
  });

  it('resolves commands with results, and refusals for errors, timeouts and lost connections', async () => {
    const { client, socket, timers } = setup();
    expect(await client.command({ type: 'next' })).toMatchObject({ ok: false, refusal: { code: 'disconnected' } });
    client.start();
    socket().accept('chair', snap(1));

    const ok = client.command({ type: 'next' });
    const sent = socket().sent.at(-1) as { id: string; command: unknown };
    expect(sent).toMatchObject({ type: 'command', command: { type: 'next' } });
    socket().deliver({ type: 'result', id: sent.id, result: { ok: true, snapshot: snap(2) } });
    expect(await ok).toMatchObject({ ok: true });

    const forbidden = client.command({ type: 'next' });
    const id = (socket().sent.at(-1) as { id: string }).id;
    socket().deliver({ type: 'error', id, code: 'forbidden', message: { 'zh-CN': '只能查看', en: 'view only' } });
    expect(await forbidden).toEqual({ ok: false, refusal: { code: 'forbidden', message: { 'zh-CN': '只能查看', en: 'view only' } } });

    const slow = client.command({ type: 'next' });
    timers.advance(2_000);
    expect(await slow).toMatchObject({ ok: false, refusal: { code: 'timeout' } });

    const lost = client.command({ type: 'next' });
    socket().drop();
    expect(await lost).toMatchObject({ ok: false, refusal: { code: 'disconnected' } });
  });

  it('stop() closes the socket and does not reconnect', () => {
    const { client, socket, timers } = setup();
    client.start();
    socket().accept('view', snap(1));
    client.stop();
    expect(socket().closedWith).toBe(1000);
    expect(client.getState().connected).toBe(false);
    expect(timers.pendingDelays()).toEqual([]);
  });
});

describe('backoff and addresses', () => {
  it('uses the global WebSocket by default', () => {
    expect(browserWebSocket).toBeTypeOf('function');
    expect(() => new RoomClient({ url: 'ws://127.0.0.1:1/ws' })).not.toThrow();
  });

  it('keeps each delay between half and all of its capped ceiling', () => {
    for (let attempt = 1; attempt < 12; attempt++) {
      const ceiling = Math.min(DEFAULT_BACKOFF.maxMs, DEFAULT_BACKOFF.initialMs * 2 ** (attempt - 1));
      expect(backoffDelay(attempt, DEFAULT_BACKOFF, () => 0)).toBe(ceiling / 2);
      expect(backoffDelay(attempt, DEFAULT_BACKOFF, () => 0.999999)).toBeLessThanOrEqual(ceiling);
    }
  });

  it('derives the socket address from the page address and its token', () => {
    expect(roomSocketUrl({ protocol: 'http:', host: '192.168.1.20:8720', search: '?mode=viewer&t=abc_-' })).toBe(
      'ws://192.168.1.20:8720/ws?t=abc_-',
    );
    expect(roomSocketUrl({ protocol: 'https:', host: 'h', search: '' })).toBe('wss://h/ws?t=');
  });
});
