/** Starts a real room server on a free loopback port over the test double, with manual clocks. */
import { request } from 'node:http';
import { afterEach } from 'vitest';
import { createRoomServer, type RoomServer, type RoomServerOptions } from '../../electron/server/room-server';
import { createFakeMeetingService, type FakeMeetingService } from './fake-meeting-service';

export interface Room {
  server: RoomServer;
  service: FakeMeetingService;
  /** The service clock (epoch ms); tests set it instead of waiting. */
  serviceTime: { value: number };
  /** The rate limiter's monotonic clock. */
  rateTime: { value: number };
  chairWs: string;
  viewWs: string;
}

const running: RoomServer[] = [];

afterEach(async () => {
  await Promise.all(running.splice(0).map((server) => server.close()));
});

export async function startRoom(options: Partial<RoomServerOptions> = {}): Promise<Room> {
  const serviceTime = { value: Date.UTC(2026, 3, 2, 1, 30) };
  const rateTime = { value: 0 };
  const service = createFakeMeetingService(() => serviceTime.value);
  const server = await createRoomServer({ service, port: 0, clock: () => rateTime.value, ...options });
  running.push(server);
  return {
    server,
    service,
    serviceTime,
    rateTime,
    chairWs: server.wsUrl(server.tokens.chair),
    viewWs: server.wsUrl(server.tokens.view),
  };
}

export interface HttpReply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json(): unknown;
}

/** node:http rather than fetch: fetch refuses to set Host, which the rebinding tests need. */
export function http(
  server: RoomServer,
  method: string,
  path: string,
  options: { headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<HttpReply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: server.port, method, path, headers: options.headers ?? {} },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: () => JSON.parse(text) as unknown });
        });
      },
    );
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

export function bearer(token: string, extra: Record<string, string> = {}): Record<string, string> {
  return { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', ...extra };
}
