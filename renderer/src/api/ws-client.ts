/**
 * The browser side of the room server: one WebSocket that mirrors the latest snapshot, sends
 * commands, keeps the server clock estimate fresh and reconnects with backoff + jitter.
 *
 * No React here. A store subscribes with `subscribe()` and reads `getState()` (the shape
 * `useSyncExternalStore` and zustand expect). While disconnected the last snapshot stays, and
 * since snapshots carry deadlines (not remaining seconds) a screen keeps counting from its last
 * deadline and only shows the "连接中断" badge from `connected === false`.
 */
import type { CommandResult, LiveSnapshot } from '../../../electron/services/meeting-service/meeting-service-api';
import { errorText } from '../../../electron/server/error-text';
import {
  CLOSE_CODES,
  TOKEN_PARAM,
  WS_PATH,
  type ErrorCode,
  type MessageId,
  type Role,
  type ServerMessage,
} from '../../../electron/server/ws-protocol';
import { ClockOffsetEstimator } from './clock-sync';

/**
 * The part of a WebSocket this client uses. The handlers take `never` so that both the DOM
 * WebSocket and the `ws` package's class fit without casts; the client assigns its own handlers.
 */
export interface WebSocketLike {
  readonly readyState: number;
  onopen: ((event: never) => void) | null;
  onmessage: ((event: never) => void) | null;
  onclose: ((event: never) => void) | null;
  onerror: ((event: never) => void) | null;
  send(data: string): void;
  close(code?: number, reason?: string): void;
}

export type WebSocketConstructor = new (url: string) => WebSocketLike;

export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface BackoffOptions {
  initialMs: number;
  maxMs: number;
  factor: number;
}

export interface SyncOptions {
  /** Pings sent right after connecting, one after another. */
  burst: number;
  /** Gap between the burst's pings. */
  burstGapMs: number;
  /**
   * Pings of a second burst, `secondBurstDelayMs` after the first one ends. The first burst lands
   * while the page is busy with its first render and fonts, which stretches its round trips; the
   * second, a few seconds later, usually gets a quick one. 0: none.
   */
  secondBurst: number;
  secondBurstDelayMs: number;
  /** Re-estimate this often while connected. */
  intervalMs: number;
  /** Samples kept in the sliding window (≥ burst + secondBurst keeps both bursts' best). */
  window: number;
  /** A ping unanswered this long means the connection is dead (e.g. Wi-Fi dropped): reconnect. */
  pongTimeoutMs: number;
}

export interface RoomClientOptions {
  /** ws://host:port/ws?t=TOKEN; see roomSocketUrl(). */
  url: string;
  WebSocketImpl?: WebSocketConstructor;
  /** Client clock, epoch ms. Default: a monotonic clock anchored at page load. */
  now?: () => number;
  timers?: Timers;
  /** [0, 1); jitter source. */
  random?: () => number;
  backoff?: Partial<BackoffOptions>;
  sync?: Partial<SyncOptions>;
  commandTimeoutMs?: number;
}

export interface RoomClientState {
  /** True between the server's hello and the connection's end. False shows "连接中断". */
  connected: boolean;
  role: Role | null;
  /** The latest snapshot; kept while disconnected. */
  snapshot: LiveSnapshot | null;
  /** serverNow = clientNow + clockOffsetMs; null until the first pong. */
  clockOffsetMs: number | null;
  roundTripMs: number | null;
  /** Failed connection attempts since the last successful one. */
  reconnectAttempt: number;
  /** The token was rotated: this link no longer works and the client stopped trying. */
  revoked: boolean;
}

export const DEFAULT_BACKOFF: BackoffOptions = { initialMs: 500, maxMs: 15_000, factor: 2 };
export const DEFAULT_SYNC: SyncOptions = {
  burst: 5,
  burstGapMs: 200,
  secondBurst: 3,
  secondBurstDelayMs: 3_000,
  intervalMs: 15_000,
  window: 8,
  pongTimeoutMs: 10_000,
};

/**
 * Delay before reconnect attempt `attempt` (1, 2, …): exponential, capped, with "equal jitter"
 * (half fixed, half random) so a room full of screens does not reconnect in lockstep after the
 * server restarts, yet no screen retries instantly.
 */
export function backoffDelay(attempt: number, options: BackoffOptions, random: () => number): number {
  const ceiling = Math.min(options.maxMs, options.initialMs * options.factor ** Math.max(0, attempt - 1));
  return ceiling / 2 + random() * (ceiling / 2);
}

/** The WebSocket address for the page the screen was opened with (its `?t=` token included). */
export function roomSocketUrl(location: { protocol: string; host: string; search: string }): string {
  const token = new URLSearchParams(location.search).get(TOKEN_PARAM) ?? '';
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}${WS_PATH}?${TOKEN_PARAM}=${encodeURIComponent(token)}`;
}

function defaultNow(): () => number {
  const perf = (globalThis as { performance?: { timeOrigin: number; now(): number } }).performance;
  // Monotonic: a wall-clock jump on this PC must not jump the countdown; the offset absorbs
  // the difference to the server at the next re-estimate.
  return perf ? () => perf.timeOrigin + perf.now() : () => Date.now();
}

function refusal(code: ErrorCode, message = errorText(code)): CommandResult {
  return { ok: false, refusal: { code, message } };
}

const OPEN = 1;

export class RoomClient {
  private readonly WebSocketImpl: WebSocketConstructor;
  private readonly now: () => number;
  private readonly timers: Timers;
  private readonly random: () => number;
  private readonly backoff: BackoffOptions;
  private readonly sync: SyncOptions;
  private readonly commandTimeoutMs: number;
  private readonly estimator: ClockOffsetEstimator;
  private readonly listeners = new Set<() => void>();
  private readonly pending = new Map<MessageId, { resolve: (r: CommandResult) => void; timer: unknown }>();

  private state: RoomClientState = {
    connected: false,
    role: null,
    snapshot: null,
    clockOffsetMs: null,
    roundTripMs: null,
    reconnectAttempt: 0,
    revoked: false,
  };
  private socket: WebSocketLike | null = null;
  private running = false;
  private nextId = 1;
  private freshConnection = false;
  private pingsLeftInBurst = 0;
  private secondBurstDue = false;
  private outstandingPing: MessageId | null = null;
  private syncTimer: unknown = null;
  private pongTimer: unknown = null;
  private reconnectTimer: unknown = null;

  constructor(private readonly options: RoomClientOptions) {
    const Impl = options.WebSocketImpl ?? (globalThis as { WebSocket?: WebSocketConstructor }).WebSocket;
    if (!Impl) throw new Error('RoomClient: no WebSocket implementation available');
    this.WebSocketImpl = Impl;
    this.now = options.now ?? defaultNow();
    this.timers = options.timers ?? {
      setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
      clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
    };
    this.random = options.random ?? Math.random;
    this.backoff = { ...DEFAULT_BACKOFF, ...options.backoff };
    this.sync = { ...DEFAULT_SYNC, ...options.sync };
    this.commandTimeoutMs = options.commandTimeoutMs ?? 10_000;
    this.estimator = new ClockOffsetEstimator(this.sync.window);
  }

  getState(): RoomClientState {
    return this.state;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The server clock as best known; before the first pong, the client clock. */
  serverNow(): number {
    return this.now() + (this.state.clockOffsetMs ?? 0);
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.connect();
  }

  stop(): void {
    this.running = false;
    this.clearTimer('reconnectTimer');
    this.clearSyncTimers();
    const socket = this.socket;
    this.socket = null;
    if (socket) {
      this.detach(socket);
      socket.close(1000, 'client stopped');
    }
    this.failPending('disconnected');
    this.update({ connected: false });
  }

  /** Sends a command; resolves with the result, or a refusal for forbidden/rate-limited/lost ones. */
  command(command: { type: string; [key: string]: unknown }): Promise<CommandResult> {
    const socket = this.socket;
    if (!socket || !this.state.connected || socket.readyState !== OPEN) return Promise.resolve(refusal('disconnected'));
    const id = `c${this.nextId++}`;
    return new Promise((resolve) => {
      const timer = this.timers.setTimeout(() => {
        this.pending.delete(id);
        resolve(refusal('timeout'));
      }, this.commandTimeoutMs);
      this.pending.set(id, { resolve, timer });
      socket.send(JSON.stringify({ type: 'command', id, command }));
    });
  }

  private connect(): void {
    if (!this.running) return;
    let socket: WebSocketLike;
    try {
      socket = new this.WebSocketImpl(this.options.url);
    } catch {
      this.update({ reconnectAttempt: this.state.reconnectAttempt + 1 });
      this.scheduleReconnect();
      return;
    }
    this.socket = socket;
    socket.onmessage = (event: { data: unknown }) => {
      if (typeof event.data === 'string') this.onMessage(event.data);
    };
    socket.onclose = (event: { code: number }) => this.onClose(socket, event.code);
    // Errors are always followed by close; reconnecting happens there.
    socket.onerror = () => {};
  }

  private detach(socket: WebSocketLike): void {
    socket.onopen = null;
    socket.onmessage = null;
    socket.onclose = null;
    socket.onerror = null;
  }

  private onMessage(text: string): void {
    let message: ServerMessage;
    try {
      message = JSON.parse(text) as ServerMessage;
    } catch {
      return;
    }
    switch (message.type) {
      case 'hello':
        this.freshConnection = true;
        // A new connection may reach a restarted server: re-measure instead of trusting old
        // samples, but keep the old offset until the first new one arrives.
        this.estimator.reset();
        this.update({ connected: true, role: message.role, reconnectAttempt: 0 });
        this.pingsLeftInBurst = this.sync.burst;
        this.secondBurstDue = this.sync.secondBurst > 0;
        this.sendPing();
        return;
      case 'snapshot': {
        const current = this.state.snapshot;
        // Versions only grow within one server run; the first snapshot of a connection is
        // always taken, since a restarted server may count from the start again.
        if (!this.freshConnection && current && message.snapshot.version <= current.version) return;
        this.freshConnection = false;
        this.update({ snapshot: message.snapshot });
        return;
      }
      case 'pong':
        this.onPong(message.id, message.t0, message.serverTime);
        return;
      case 'result':
        this.settle(message.id, message.result);
        return;
      case 'error':
        if (message.id !== undefined) this.settle(message.id, refusal(message.code, message.message));
        return;
    }
  }

  private onPong(id: MessageId, t0: number, serverTime: number): void {
    if (id !== this.outstandingPing) return;
    this.outstandingPing = null;
    this.clearTimer('pongTimer');
    const estimate = this.estimator.add({ t0, serverTime, t3: this.now() });
    if (estimate) this.update({ clockOffsetMs: estimate.offsetMs, roundTripMs: estimate.roundTripMs });
    this.pingsLeftInBurst = Math.max(0, this.pingsLeftInBurst - 1);
    let delay = this.sync.intervalMs;
    if (this.pingsLeftInBurst > 0) {
      delay = this.sync.burstGapMs;
    } else if (this.secondBurstDue) {
      // The estimator keeps the lowest round trip of both bursts (its window holds them all).
      this.secondBurstDue = false;
      this.pingsLeftInBurst = this.sync.secondBurst;
      delay = this.sync.secondBurstDelayMs;
    }
    this.syncTimer = this.timers.setTimeout(() => this.sendPing(), delay);
  }

  private sendPing(): void {
    this.syncTimer = null;
    const socket = this.socket;
    if (!socket || socket.readyState !== OPEN) return;
    const id = `p${this.nextId++}`;
    this.outstandingPing = id;
    socket.send(JSON.stringify({ type: 'ping', id, t0: this.now() }));
    this.pongTimer = this.timers.setTimeout(() => {
      this.pongTimer = null;
      // No answer: the link is probably half-open. Closing leads to a reconnect.
      if (this.socket === socket) this.onClose(socket, 4000);
    }, this.sync.pongTimeoutMs);
  }

  private onClose(socket: WebSocketLike, code: number): void {
    if (this.socket !== socket) return;
    this.detach(socket);
    this.socket = null;
    try {
      socket.close();
    } catch {
      // already closed
    }
    this.clearSyncTimers();
    this.failPending('disconnected');
    if (code === CLOSE_CODES.tokenRevoked) {
      this.running = false;
      this.update({ connected: false, revoked: true });
      return;
    }
    this.update({ connected: false, reconnectAttempt: this.state.reconnectAttempt + 1 });
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    if (!this.running) return;
    const delay = backoffDelay(Math.max(1, this.state.reconnectAttempt), this.backoff, this.random);
    this.reconnectTimer = this.timers.setTimeout(() => {
      this.reconnectTimer = null;
      this.connect();
    }, delay);
  }

  private settle(id: MessageId, result: CommandResult): void {
    const entry = this.pending.get(id);
    if (!entry) return;
    this.pending.delete(id);
    this.timers.clearTimeout(entry.timer);
    entry.resolve(result);
  }

  private failPending(code: ErrorCode): void {
    for (const [id, entry] of this.pending) {
      this.timers.clearTimeout(entry.timer);
      this.pending.delete(id);
      entry.resolve(refusal(code));
    }
  }

  private clearSyncTimers(): void {
    this.clearTimer('syncTimer');
    this.clearTimer('pongTimer');
    this.outstandingPing = null;
  }

  private clearTimer(name: 'syncTimer' | 'pongTimer' | 'reconnectTimer'): void {
    const handle = this[name];
    if (handle !== null) this.timers.clearTimeout(handle);
    this[name] = null;
  }

  private update(patch: Partial<RoomClientState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }
}
