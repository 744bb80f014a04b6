/**
 * A real room server on loopback over the real MeetingService on a real SQLite file, with a
 * meeting in progress, for the fuzz tests. Rate limits are lifted so every fuzzed input reaches
 * the parsers instead of the token bucket.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WebSocket } from 'ws';
import { createRoomServer, type RoomServer } from '../../electron/server/room-server';
import { createMeetingService, type MeetingService } from '../../electron/services/meeting-service';
import { openDatabase } from '../../electron/services/storage';

export const FUZZ_MEETING = {
  id: 'fuzz-meeting',
  title: '模糊测试会议',
  kind: 'working',
  start: '2026-01-08T09:00',
  durationMinutes: 120,
  agenda: [
    { id: 'k', kind: 'keynote', title: '主题报告', speaker: '甲', minutes: 60 },
    { id: 's1', kind: 'speech', title: '发言', speaker: '乙', minutes: 8, extensionMinutes: 5 },
  ],
};

export interface FuzzRoom {
  server: RoomServer;
  service: MeetingService;
  /** Everything stored and shown, as one comparable value. */
  fingerprint(): string;
  close(): Promise<void>;
}

export async function startFuzzRoom(): Promise<FuzzRoom> {
  const dir = mkdtempSync(join(tmpdir(), 'duanhui-fuzz-room-'));
  // Whole milliseconds: the fuzz is about input handling, not the clock.
  const now = () => Date.now();
  const store = openDatabase(join(dir, 'duanhui.sqlite'), { now, backupDir: join(dir, 'backups') });
  const service = createMeetingService({ store, clock: { now }, log: () => {}, ownsStore: true });
  const imported = service.importSchedule({ format: 'duanhui-schedule', version: 1, timeZone: 'Asia/Shanghai', meetings: [FUZZ_MEETING] });
  if (!imported.ok) throw new Error(`fixture import failed: ${JSON.stringify(imported)}`);
  for (const command of [{ type: 'load-meeting', meetingId: FUZZ_MEETING.id }, { type: 'start-meeting' }, { type: 'next' }]) {
    const r = await service.execute(command);
    if (!r.ok) throw new Error(`fixture ${command.type} refused: ${JSON.stringify(r.refusal)}`);
  }
  const server = await createRoomServer({
    service,
    host: '127.0.0.1',
    port: 0,
    limits: { burst: 1_000_000, perSecond: 1_000_000 },
    log: () => {},
  });
  return {
    server,
    service,
    fingerprint: () =>
      JSON.stringify({
        schedule: service.exportSchedule(),
        meetings: service.listMeetings(),
        log: service.sessionLog(),
        version: service.snapshot().version,
      }),
    async close() {
      await server.close();
      service.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface Inbox {
  ws: WebSocket;
  /** The next message, or an error after `timeoutMs`. */
  next(timeoutMs?: number): Promise<Record<string, unknown>>;
  /** Messages received and not yet taken. */
  pending(): number;
  closed: Promise<number>;
}

export function connect(url: string): Promise<Inbox> {
  const ws = new WebSocket(url);
  const queue: Record<string, unknown>[] = [];
  const waiters: ((m: Record<string, unknown>) => void)[] = [];
  ws.on('message', (data) => {
    const message = JSON.parse(String(data)) as Record<string, unknown>;
    const waiter = waiters.shift();
    if (waiter) waiter(message);
    else queue.push(message);
  });
  const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
  const inbox: Inbox = {
    ws,
    closed,
    pending: () => queue.length,
    next(timeoutMs = 5_000) {
      const queued = queue.shift();
      if (queued) return Promise.resolve(queued);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          const i = waiters.indexOf(done);
          if (i >= 0) waiters.splice(i, 1);
          reject(new Error(`no message within ${timeoutMs} ms`));
        }, timeoutMs);
        const done = (m: Record<string, unknown>) => {
          clearTimeout(timer);
          resolve(m);
        };
        waiters.push(done);
      });
    },
  };
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve(inbox));
    ws.once('error', reject);
  });
}
