import { spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/services/storage';
import { tempDir, testClock, TZ } from './helpers';

const WRITER = path.join(import.meta.dirname, 'crash-writer.ts');
const ROUNDS = 6;

interface Round {
  lastAck: number;
  signal: NodeJS.Signals | null;
  code: number | null;
}

/**
 * Starts the writer and kills it with SIGKILL once it has acknowledged `killAfterAcks` batches
 * (0: as soon as it is open). Waits on the child's own output, never on a timer.
 */
const runAndKill = (file: string, sessionId: string, killAfterAcks: number): Promise<Round> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, file, sessionId], {
      cwd: process.cwd(),
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NODE_NO_WARNINGS: '1' },
    });
    let lastAck = -1;
    let acks = 0;
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    createInterface({ input: child.stdout }).on('line', (line) => {
      const [word, n] = line.split(' ');
      if (word === 'ready') lastAck = Number(n);
      if (word === 'ack') {
        lastAck = Number(n);
        acks++;
      }
      if ((word === 'ready' || word === 'ack') && acks >= killAfterAcks) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('close', (code, signal) =>
      lastAck < 0 ? reject(new Error(`writer never became ready (code ${code}): ${stderr}`)) : resolve({ lastAck, signal, code }),
    );
  });

/** mulberry32: the kill points differ per seed yet a failing seed can be replayed. */
const seeded = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

describe('a writer killed with SIGKILL in the middle of writing', () => {
  it('leaves a file where every acknowledged event is present, seqs are contiguous and no batch is torn', async () => {
    const seed = Number(process.env.CRASH_SEED ?? Date.now() % 1_000_000);
    const random = seeded(seed);
    const file = path.join(tempDir(), 'duanhui.sqlite');
    let previousMax = 0;
    for (let round = 1; round <= ROUNDS; round++) {
      const killAfter = Math.floor(random() * 40);
      const { lastAck, signal } = await runAndKill(file, 'live', killAfter);
      const context = `seed ${seed} (CRASH_SEED=${seed} replays it), round ${round}, killed after ${killAfter} acks`;
      expect(signal, context).toBe('SIGKILL');

      const store = openDatabase(file, { now: testClock().now, timeZone: TZ });
      try {
        expect(store.integrityCheck(), context).toEqual([]);
        const loaded = store.loadSession('live');
        expect(loaded, context).not.toBeNull();
        const seqs = loaded!.events.map((e) => e.seq);
        const max = seqs.at(-1) ?? 0;
        // Contiguous from 1: nothing lost in the middle, nothing duplicated.
        expect(seqs, context).toEqual(Array.from({ length: max }, (_, i) => i + 1));
        // Durable before acknowledged: the child may have committed more than it printed, never less.
        expect(max, context).toBeGreaterThanOrEqual(lastAck);
        expect(max, context).toBeGreaterThanOrEqual(previousMax);
        // Atomic: the last stored event closes its batch.
        if (max > 0) expect(loaded!.events.at(-1)!.batchEnd, context).toBe(max);
        expect(store.listLiveSessions().map((s) => s.id), context).toEqual(['live']);
        previousMax = max;
      } finally {
        store.close();
      }
    }
    expect(previousMax).toBeGreaterThan(0);
  }, 120_000);
});
