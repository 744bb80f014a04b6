/** A real `ws` client for the tests that waits on messages instead of on time. */
import { WebSocket, type ClientOptions } from 'ws';
import type { ServerMessage } from '../../electron/server/ws-protocol';

export interface TestSocket {
  ws: WebSocket;
  /** Resolves with the first message (already received or still to come) that matches. */
  next<T extends ServerMessage['type']>(
    type: T,
    match?: (message: Extract<ServerMessage, { type: T }>) => boolean,
  ): Promise<Extract<ServerMessage, { type: T }>>;
  send(value: unknown): void;
  closed: Promise<{ code: number; reason: string }>;
}

export function openSocket(url: string, options: ClientOptions = {}): Promise<TestSocket> {
  const ws = new WebSocket(url, options);
  const inbox: ServerMessage[] = [];
  const waiters: { test: (m: ServerMessage) => boolean; resolve: (m: ServerMessage) => void }[] = [];
  ws.on('message', (data) => {
    const message = JSON.parse(String(data)) as ServerMessage;
    const index = waiters.findIndex((w) => w.test(message));
    if (index >= 0) {
      const [waiter] = waiters.splice(index, 1);
      waiter?.resolve(message);
    } else inbox.push(message);
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.on('close', (code, reason) => resolve({ code, reason: String(reason) })),
  );
  const socket: TestSocket = {
    ws,
    closed,
    next(type, match) {
      const test = (m: ServerMessage) => m.type === type && (!match || match(m as never));
      const index = inbox.findIndex(test);
      if (index >= 0) return Promise.resolve(inbox.splice(index, 1)[0] as never);
      return new Promise((resolve) => waiters.push({ test, resolve: resolve as (m: ServerMessage) => void }));
    },
    send(value) {
      ws.send(typeof value === 'string' ? value : JSON.stringify(value));
    },
  };
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve(socket));
    ws.once('error', reject);
  });
}

/** The HTTP status a refused upgrade answered with. */
export function refusedUpgradeStatus(url: string, options: ClientOptions = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, options);
    ws.once('open', () => {
      ws.close();
      reject(new Error('the upgrade was accepted'));
    });
    ws.once('unexpected-response', (_req, res) => {
      resolve(res.statusCode ?? 0);
      res.resume();
      ws.terminate();
    });
    ws.once('error', () => {});
  });
}
