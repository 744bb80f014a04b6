import { spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import type { SessionEvent } from '../../../electron/core/engine';
import { createMeetingService, type ServiceLogEntry, type SessionLog } from '../../../electron/services/meeting-service';
import type { LiveSnapshot } from '../../../electron/services/meeting-service/meeting-service-api';
import { openDatabase } from '../../../electron/services/storage';
import { fakeTimers, tempDir, TZ } from './helpers';

/**
 * Issue 3's acceptance: a child process running the MeetingService on a real file, with the
 * real clock, is killed with SIGKILL in the middle of a speech (and in the middle of writing);
 * a new process on the same file resumes with the same deadline and the whole log.
 * The parent waits on the children's output, never on a timer.
 */
const CHILD = path.join(import.meta.dirname, 'crash-child.ts');

interface Run {
  lines: { word: string; value: unknown }[];
  signal: NodeJS.Signals | null;
  code: number | null;
  stderr: string;
}

/** Runs the child; `killWhen` sees each line and says when to SIGKILL it. */
const runChild = (dataDir: string, mode: string, killWhen: (word: string, count: number) => boolean = () => false): Promise<Run> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dataDir, mode], {
      cwd: process.cwd(),
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NODE_NO_WARNINGS: '1' },
    });
    const lines: Run['lines'] = [];
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    createInterface({ input: child.stdout }).on('line', (line) => {
      const space = line.indexOf(' ');
      const word = line.slice(0, space);
      lines.push({ word, value: JSON.parse(line.slice(space + 1)) as unknown });
      if (killWhen(word, lines.length)) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ lines, signal, code, stderr }));
  });

const valueOf = <T>(run: Run, word: string): T => {
  const line = run.lines.find((l) => l.word === word);
  if (!line) throw new Error(`the child printed no "${word}" line (code ${run.code}, signal ${run.signal}): ${run.stderr}`);
  return line.value as T;
};

/** mulberry32: kill points differ per run, yet a failing seed can be replayed (CRASH_SEED=…). */
const seeded = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

describe('MeetingService killed with SIGKILL', () => {
  it('in the middle of a speech: a new process resumes it with the same deadline and the whole log', async () => {
    const dataDir = tempDir();
    const first = await runChild(dataDir, 'speech', (word) => word === 'speech');
    expect(first.signal, first.stderr).toBe('SIGKILL');
    const printed = valueOf<{ deadline: number; runningSince: number; itemId: string; log: SessionLog }>(first, 'speech');
    expect(printed.deadline - printed.runningSince).toBe(8 * 60_000);
    expect(printed.log.events.map((e) => e.type === 'command' && e.command.type)).toEqual([
      'start-meeting',
      'start-item',
    ]);

    const second = await runChild(dataDir, 'resume');
    expect(second.code, second.stderr).toBe(0);
    const resumed = valueOf<{ snapshot: LiveSnapshot; log: SessionLog; now: number; wall: number; logs: ServiceLogEntry[] }>(
      second,
      'resumed',
    );
    expect(resumed.snapshot.meetingId).toBe('sample-2026-001');
    const engine = resumed.snapshot.engine!;
    expect(engine.meeting.status).toBe('running');
    const item = engine.items.find((i) => i.id === engine.currentId)!;
    expect(item.id).toBe(printed.itemId);
    expect(item.status).toBe('running');
    expect(Math.abs(item.deadline! - printed.deadline)).toBeLessThanOrEqual(100);
    // Time left is deadline − now on the new process's clock: still inside the 8 minutes.
    expect(item.deadline! - resumed.now).toBeGreaterThan(0);
    expect(item.deadline! - resumed.now).toBeLessThan(8 * 60_000);
    // The whole log: exactly what the first process had acknowledged (nothing fell due since).
    expect(resumed.log).toEqual(printed.log);
    expect(resumed.logs.filter((l) => l.event === 'replay-issues')).toEqual([]);
  }, 30_000);

  it('in the middle of writing: every acknowledged event is there, the log is contiguous and replays, the file is sound', async () => {
    const seed = Number(process.env.CRASH_SEED ?? Date.now() % 1_000_000);
    const random = seeded(seed);
    const dataDir = tempDir();
    const file = path.join(dataDir, 'duanhui.sqlite');
    let previous = 0;
    // Two rounds keep the test near 10 s (each child spends about a second loading); the second
    // resumes a meeting the first left running. CRASH_ROUNDS=20 for a longer hunt.
    const rounds = Number(process.env.CRASH_ROUNDS ?? 2);
    for (let round = 1; round <= rounds; round++) {
      const killAfter = 1 + Math.floor(random() * 60);
      const run = await runChild(dataDir, 'burst', (word, count) => word === 'ack' && count > killAfter);
      const context = `seed ${seed} (CRASH_SEED=${seed} replays it), round ${round}, killed after ${killAfter} acks`;
      expect(run.signal, `${context}: ${run.stderr}`).toBe('SIGKILL');
      const acked = run.lines.filter((l) => l.word === 'ack').map((l) => l.value as number);
      const lastAck = acked.at(-1) ?? valueOf<number>(run, 'ready');

      const store = openDatabase(file, { timeZone: TZ });
      try {
        expect(store.integrityCheck(), context).toEqual([]);
        const [live] = store.loadLiveSessions();
        expect(live, context).toBeDefined();
        const seqs = live!.events.map((e) => e.seq);
        expect(seqs, context).toEqual(seqs.map((_, i) => i + 1));
        // Acknowledged ⇒ durable: the file may hold more than was printed, never less.
        expect(seqs.length, context).toBeGreaterThanOrEqual(lastAck);
        expect(seqs.length, context).toBeGreaterThanOrEqual(previous);
        previous = seqs.length;

        // A service on the file rebuilds it exactly: the replay matches the log event for event.
        const logs: ServiceLogEntry[] = [];
        const service = createMeetingService({ store, timers: fakeTimers().timers, log: (e) => logs.push(e) });
        try {
          expect(logs.filter((l) => l.event === 'replay-issues'), context).toEqual([]);
          const snap = service.snapshot();
          expect(snap.meetingId, context).toBe('burst');
          expect(snap.engine!.seq, context).toBe(service.sessionLog()!.events.length);
          const commands = (service.sessionLog()!.events as SessionEvent[]).filter((e) => e.type === 'command');
          expect(commands.length, context).toBeGreaterThanOrEqual(lastAck - (seqs.length - commands.length));
        } finally {
          service.close();
        }
      } finally {
        store.close();
      }
    }
  }, 60_000);
});
