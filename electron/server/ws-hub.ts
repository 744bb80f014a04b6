import type { RawData, WebSocket } from 'ws';
import type { LiveSnapshot, MeetingServiceApi } from '../services/meeting-service/meeting-service-api';
import { parseClientMessage } from './client-message';
import { errorText } from './error-text';
import type { RoomServerLimits, RoomServerLog } from './server-limits';
import { TokenBucket } from './token-bucket';
import {
  CLOSE_CODES,
  PROTOCOL_VERSION,
  type CommandMessage,
  type ErrorMessage,
  type MessageId,
  type Role,
  type ServerMessage,
} from './ws-protocol';

interface Client {
  ws: WebSocket;
  role: Role;
  bucket: TokenBucket;
  alive: boolean;
}

export interface WsHubOptions {
  service: MeetingServiceApi;
  limits: RoomServerLimits;
  /** Monotonic milliseconds for the rate limiter. */
  clock: () => number;
  log: RoomServerLog;
}

function byteLength(data: RawData): number {
  if (Array.isArray(data)) return data.reduce((sum, part) => sum + part.length, 0);
  return data instanceof ArrayBuffer ? data.byteLength : data.length;
}

function asText(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.from(data instanceof ArrayBuffer ? new Uint8Array(data) : data).toString('utf8');
}

/** Every live WebSocket: hello + snapshot on connect, snapshots on change, commands, pings. */
export class WsHub {
  private readonly clients = new Set<Client>();
  private heartbeat: ReturnType<typeof setInterval> | undefined;

  constructor(private readonly options: WsHubOptions) {}

  get size(): number {
    return this.clients.size;
  }

  accept(ws: WebSocket, role: Role): void {
    const { limits, service, clock } = this.options;
    const client: Client = { ws, role, bucket: new TokenBucket(limits.burst, limits.perSecond, clock), alive: true };
    // ws reports protocol violations (e.g. a frame above maxPayload) as 'error' and then closes;
    // without a listener the error would be thrown and take the process down.
    ws.on('error', (error) => this.options.log('warn', 'websocket error', { role, error: error.message }));
    ws.on('pong', () => {
      client.alive = true;
    });
    ws.on('close', () => this.clients.delete(client));
    ws.on('message', (data, isBinary) => void this.onMessage(client, data, isBinary));

    this.send(client, {
      type: 'hello',
      protocol: PROTOCOL_VERSION,
      role,
      serverTime: service.now(),
      limits: { maxMessageBytes: limits.maxMessageBytes, burst: limits.burst, perSecond: limits.perSecond },
    });
    this.send(client, { type: 'snapshot', snapshot: service.snapshot() });
    this.clients.add(client);
  }

  broadcast(snapshot: LiveSnapshot): void {
    const text = JSON.stringify({ type: 'snapshot', snapshot } satisfies ServerMessage);
    for (const client of this.clients) this.sendText(client, text);
  }

  closeAll(code: number, reason: string): void {
    for (const client of this.clients) client.ws.close(code, reason);
    this.clients.clear();
  }

  /** Closes every connection politely, then cuts those that do not finish within `graceMs`. */
  async shutdown(code: number, reason: string, graceMs = 1000): Promise<void> {
    const sockets = [...this.clients].map((client) => client.ws);
    this.clients.clear();
    await Promise.all(
      sockets.map(
        (ws) =>
          new Promise<void>((resolve) => {
            if (ws.readyState === ws.CLOSED) return resolve();
            const timer = setTimeout(() => ws.terminate(), graceMs);
            ws.once('close', () => {
              clearTimeout(timer);
              resolve();
            });
            ws.close(code, reason);
          }),
      ),
    );
  }

  /** Drops connections that did not answer the previous protocol ping. */
  startHeartbeat(): void {
    this.heartbeat = setInterval(() => {
      for (const client of this.clients) {
        if (!client.alive) {
          client.ws.terminate();
          this.clients.delete(client);
          continue;
        }
        client.alive = false;
        client.ws.ping();
      }
    }, this.options.limits.heartbeatMs);
    this.heartbeat.unref();
  }

  stopHeartbeat(): void {
    if (this.heartbeat) clearInterval(this.heartbeat);
  }

  private async onMessage(client: Client, data: RawData, isBinary: boolean): Promise<void> {
    const { limits, service, log } = this.options;
    if (!client.bucket.take()) return this.sendError(client, { code: 'rate-limited' });
    if (isBinary) return this.sendError(client, { code: 'binary-not-supported' });
    const size = byteLength(data);
    if (size > limits.maxMessageBytes) {
      return this.sendError(client, {
        code: 'too-large',
        message: errorText('too-large', {
          'zh-CN': `${size} 字节，上限 ${limits.maxMessageBytes} 字节`,
          en: `${size} bytes, limit ${limits.maxMessageBytes} bytes`,
        }),
      });
    }
    const parsed = parseClientMessage(asText(data));
    if (!parsed.ok) return this.sendError(client, parsed.error);
    const message = parsed.message;
    if (message.type === 'ping') {
      this.send(client, { type: 'pong', id: message.id, t0: message.t0, serverTime: service.now() });
      return;
    }
    if (client.role !== 'chair') return this.sendError(client, { id: message.id, code: 'forbidden' });
    await this.execute(client, message, log);
  }

  private async execute(client: Client, message: CommandMessage, log: RoomServerLog): Promise<void> {
    try {
      const result = await this.options.service.execute(message.command);
      this.send(client, { type: 'result', id: message.id, result });
    } catch (error) {
      log('error', 'command failed inside the service', {
        command: message.command.type,
        error: error instanceof Error ? error.message : String(error),
      });
      this.sendError(client, { id: message.id, code: 'internal' });
    }
  }

  private sendError(
    client: Client,
    error: { id?: MessageId; code: ErrorMessage['code']; message?: ErrorMessage['message']; path?: string },
  ): void {
    this.send(client, {
      type: 'error',
      ...(error.id === undefined ? {} : { id: error.id }),
      code: error.code,
      message: error.message ?? errorText(error.code),
      ...(error.path ? { path: error.path } : {}),
    });
  }

  private send(client: Client, message: ServerMessage): void {
    this.sendText(client, JSON.stringify(message));
  }

  private sendText(client: Client, text: string): void {
    const { ws } = client;
    if (ws.readyState !== ws.OPEN) return;
    if (ws.bufferedAmount > this.options.limits.maxBufferedBytes) {
      // A screen that stopped reading would otherwise make the server hold every snapshot.
      ws.close(CLOSE_CODES.tooSlow, 'too slow');
      this.clients.delete(client);
      return;
    }
    ws.send(text);
  }
}
