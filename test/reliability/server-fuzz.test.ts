/**
 * Fuzzed HTTP and WebSocket input against a real room server on loopback, backed by the real
 * MeetingService with a meeting in progress: no crash, every bad input answered with an error,
 * and nothing stored or shown changes (the fingerprint — schedule export, meeting list, session
 * log, snapshot version — is the same before and after).
 */
import { request } from 'node:http';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CommandSchema } from '../../electron/core/engine/commands';
import { ScheduleSchema } from '../../electron/core/schedule/schedule-schema';
import { commandForRoute, CONTROL_ROUTES, isControlRoute } from '../../electron/server/control-routes';
import { ServiceCommandSchema } from '../../electron/services/meeting-service';
import { connect, startFuzzRoom, type FuzzRoom } from './room-fixture';

let room: FuzzRoom;
let before: string;

beforeAll(async () => {
  room = await startFuzzRoom();
  before = room.fingerprint();
});

afterAll(async () => {
  await room?.close();
});

const COMMAND_TYPES = [
  'start-meeting', 'pause-meeting', 'resume-meeting', 'end-meeting', 'start-item', 'pause-item', 'resume-item',
  'next', 'finish-item', 'skip-item', 'reorder', 'add-speaker', 'declare-extension', 'clear-extension',
  'grant-extension', 'message', 'clear-message', 'blackout', 'undo', 'load-meeting', 'load-sample', 'close-meeting',
];

/** Would the service accept this as a command (whatever the meeting's state)? */
const isValidCommand = (value: unknown): boolean =>
  CommandSchema.safeParse(value).success || ServiceCommandSchema.safeParse(value).success;

const oddValue = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(-1, 1e308, 0.5, 100_001, '', ' ', '\u0000', 'x'.repeat(300), [], {}, null, true),
);

/** Objects shaped like commands: a known or random type, random fields. Mostly invalid. */
const commandLike = fc.record(
  {
    type: fc.oneof(fc.constantFrom(...COMMAND_TYPES), fc.string({ maxLength: 70 }), oddValue),
    index: oddValue,
    minutes: oddValue,
    text: oddValue,
    preset: oddValue,
    on: oddValue,
    meetingId: oddValue,
    name: oddValue,
    extra: oddValue,
  },
  { requiredKeys: [] },
);

const TOKENS = ['chair', 'view', 'none', 'garbage'] as const;
type TokenKind = (typeof TOKENS)[number];

function tokenHeader(kind: TokenKind): Record<string, string> {
  if (kind === 'none') return {};
  const token = kind === 'chair' ? room.server.tokens.chair : kind === 'view' ? room.server.tokens.view : 'AAAAAAAAAAAAAAAAAAAAAA';
  return { Authorization: `Bearer ${token}` };
}

interface Reply {
  status: number;
  text: string;
}

function send(method: string, path: string, headers: Record<string, string>, body?: Buffer): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: room.server.port, method, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

const ROUTES = ['snapshot', 'time', 'schedule', 'command', ...CONTROL_ROUTES];

const httpCase = fc.record({
  method: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS'),
  route: fc.oneof(fc.constantFrom(...ROUTES), fc.string({ maxLength: 20 })),
  query: fc.oneof(fc.constant(''), fc.constantFrom('?preview=1', '?on=maybe', '?preset=late', '?t=x'), fc.string({ maxLength: 12 }).map((s) => `?${encodeURIComponent(s)}`)),
  token: fc.constantFrom(...TOKENS),
  body: fc.oneof(
    fc.constant(undefined),
    fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b)),
    fc.jsonValue({ maxDepth: 3 }).map((v) => Buffer.from(JSON.stringify(v))),
    commandLike.map((c) => Buffer.from(JSON.stringify(c))),
    fc.string({ maxLength: 40 }).map((s) => Buffer.from(`{"type":${s}`)),
  ),
});

type HttpCase = typeof httpCase extends fc.Arbitrary<infer T> ? T : never;

/** True when the request is well-formed and allowed, i.e. not a bad input (those are filtered out). */
function isGoodRequest(c: HttpCase): boolean {
  const known = ROUTES.includes(c.route);
  if (!known || c.token === 'none' || c.token === 'garbage') return false;
  const method = c.method === 'HEAD' ? 'GET' : c.method;
  if (method === 'GET') return ['snapshot', 'time'].includes(c.route) || (c.route === 'schedule' && c.token === 'chair');
  if (method !== 'POST' || c.token !== 'chair') return false;
  let body: unknown;
  if (c.body !== undefined && c.body.length > 0) {
    try {
      body = JSON.parse(c.body.toString('utf8'));
    } catch {
      return false;
    }
  }
  if (c.route === 'schedule') return ScheduleSchema.safeParse(body).success;
  if (c.route === 'command') return isValidCommand(body);
  if (isControlRoute(c.route)) {
    const mapped = commandForRoute(c.route, body, new URLSearchParams(c.query));
    return mapped.ok && isValidCommand(mapped.command);
  }
  return false;
}

describe('fuzzed HTTP input', () => {
  it('answers every bad request with a 4xx JSON error and changes nothing', async () => {
    let sent = 0;
    await fc.assert(
      fc.asyncProperty(httpCase, async (c) => {
        fc.pre(!isGoodRequest(c));
        sent++;
        // With Content-Length, as curl and Companion send bodies.
        const headers = {
          ...tokenHeader(c.token),
          ...(c.body ? { 'Content-Type': 'application/json', 'Content-Length': String(c.body.length) } : {}),
        };
        const reply = await send(c.method, `/api/${encodeURIComponent(c.route)}${c.query}`, headers, c.body);
        expect(reply.status, `${c.method} /api/${c.route}${c.query}: ${reply.text}`).toBeGreaterThanOrEqual(400);
        expect(reply.status).toBeLessThan(500);
        if (c.method !== 'HEAD') {
          const body = JSON.parse(reply.text) as { ok?: unknown };
          expect(body.ok).toBe(false);
          expect(reply.text).not.toMatch(/\n\s+at\s/);
        }
      }),
      { numRuns: 300 },
    );
    expect(sent).toBeGreaterThan(200);
    expect(room.fingerprint()).toBe(before);
    // Still serving.
    const alive = await send('GET', '/api/time', tokenHeader('view'));
    expect(alive.status).toBe(200);
  });
});

const wsFrame = fc.oneof(
  fc.string({ maxLength: 200 }).map((text) => ({ text })),
  fc.jsonValue({ maxDepth: 3 }).map((v) => ({ text: JSON.stringify(v) })),
  fc
    .record(
      {
        type: fc.oneof(fc.constantFrom('command', 'ping', 'pong', 'hello', 'snapshot'), oddValue),
        id: fc.oneof(fc.string({ maxLength: 70 }), fc.integer(), oddValue),
        command: fc.oneof(commandLike, oddValue),
        t0: oddValue,
        extra: oddValue,
      },
      { requiredKeys: [] },
    )
    .map((m) => ({ text: JSON.stringify(m) })),
  fc.record({ type: fc.constant('command'), id: fc.string({ minLength: 1, maxLength: 10 }), command: commandLike }).map((m) => ({ text: JSON.stringify(m) })),
  fc.uint8Array({ minLength: 1, maxLength: 200 }).map((bytes) => ({ binary: Buffer.from(bytes) })),
  fc.constantFrom({ text: `"${'x'.repeat(70_000)}"` }, { text: `{"type":"ping","id":"p","t0":1,"pad":"${'y'.repeat(66_000)}"}` }),
);

type WsFrame = { text: string } | { binary: Buffer };

/** A frame the server must accept: a valid ping, or a command message with a valid command. */
function isGoodFrame(frame: WsFrame): 'ping' | 'command' | null {
  if (!('text' in frame) || Buffer.byteLength(frame.text) > 64 * 1024) return null;
  let v: unknown;
  try {
    v = JSON.parse(frame.text);
  } catch {
    return null;
  }
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return null;
  const m = v as Record<string, unknown>;
  const id = m.id;
  const goodId = (typeof id === 'string' && id.length >= 1 && id.length <= 64) || Number.isInteger(id);
  const keys = Object.keys(m).sort().join(',');
  if (m.type === 'ping' && goodId && typeof m.t0 === 'number' && keys === 'id,t0,type') return 'ping';
  if (m.type === 'command' && goodId && keys === 'command,id,type' && isValidCommand(m.command)) return 'command';
  return null;
}

describe('fuzzed WebSocket input', () => {
  it('answers every bad frame with an error on a connection that stays open, and changes nothing', async () => {
    const inbox = await connect(room.server.wsUrl(room.server.tokens.chair));
    expect((await inbox.next()).type).toBe('hello');
    expect((await inbox.next()).type).toBe('snapshot');
    let bad = 0;
    await fc.assert(
      fc.asyncProperty(wsFrame, async (frame) => {
        const good = isGoodFrame(frame);
        fc.pre(good !== 'command');
        if ('binary' in frame) inbox.ws.send(frame.binary, { binary: true });
        else inbox.ws.send(frame.text);
        const reply = await inbox.next();
        if (good === 'ping') {
          expect(reply.type).toBe('pong');
          return;
        }
        bad++;
        const refused = reply.type === 'error' || (reply.type === 'result' && (reply.result as { ok?: unknown }).ok === false);
        expect(refused, `${JSON.stringify(frame).slice(0, 200)} → ${JSON.stringify(reply).slice(0, 300)}`).toBe(true);
        expect(JSON.stringify(reply)).not.toMatch(/\\n\s+at\s/);
      }),
      { numRuns: 300 },
    );
    expect(bad).toBeGreaterThan(200);
    // No snapshot was pushed: nothing changed.
    expect(inbox.pending()).toBe(0);
    inbox.ws.send(JSON.stringify({ type: 'ping', id: 'last', t0: 1 }));
    expect((await inbox.next()).type).toBe('pong');
    inbox.ws.close();
    await inbox.closed;
    expect(room.fingerprint()).toBe(before);
  });

  it('a view token never commands, whatever the command', async () => {
    const inbox = await connect(room.server.wsUrl(room.server.tokens.view));
    await inbox.next();
    await inbox.next();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...COMMAND_TYPES), fc.string({ minLength: 1, maxLength: 8 }), async (type, id) => {
        inbox.ws.send(JSON.stringify({ type: 'command', id, command: { type } }));
        const reply = await inbox.next();
        expect(reply).toMatchObject({ type: 'error', code: 'forbidden' });
      }),
      { numRuns: 60 },
    );
    inbox.ws.close();
    await inbox.closed;
    expect(room.fingerprint()).toBe(before);
  });

  it('an oversized frame closes only that connection; the server keeps serving', async () => {
    const inbox = await connect(room.server.wsUrl(room.server.tokens.chair));
    await inbox.next();
    await inbox.next();
    inbox.ws.send('z'.repeat(1024 * 1024 + 10));
    expect(await inbox.closed).toBe(1009);
    const other = await connect(room.server.wsUrl(room.server.tokens.view));
    expect((await other.next()).type).toBe('hello');
    other.ws.close();
    await other.closed;
    expect(room.fingerprint()).toBe(before);
  });
});
