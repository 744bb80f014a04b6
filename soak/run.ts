/**
 * npm run soak — the slow half of the reliability suite (issue 9):
 *  1. kill -9 of `serve` mid-speech, SOAK_KILLS times (default 50): no event lost, and every
 *     restart resumes with the deadline within 100 ms;
 *  2. memory of the server and of the projector page over SOAK_MEMORY_MINUTES (default 10):
 *     the slope in bytes per minute.
 * Writes soak/results.json; exits 1 when a check fails.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '../bench/lib/browser';
import { buildRenderer } from '../bench/lib/build-renderer';
import { loadAverage, machineInfo } from '../bench/lib/machine';
import { REPO_ROOT } from '../bench/lib/serve-process';
import { CHROMIUM_PATH } from '../bench/lib/browser';
import { killRestartSoak, type KillResult } from './kill-restart';
import { memorySoak, type MemoryResult } from './memory';

const num = (name: string, fallback: number): number => {
  const v = Number(process.env[name]);
  return Number.isFinite(v) && v > 0 ? v : fallback;
};

const config = {
  kills: Math.round(num('SOAK_KILLS', 50)),
  memoryMinutes: num('SOAK_MEMORY_MINUTES', 10),
  sampleSeconds: num('SOAK_SAMPLE_SECONDS', 10),
};

const log = (s: string) => process.stderr.write(`[soak] ${s}\n`);


const mib = (b: number) => `${(b / 2 ** 20).toFixed(2)} MiB`;
const kibPerMin = (b: number) => `${(b / 1024).toFixed(1)} KiB/min`;

async function main(): Promise<number> {
  const tmp = mkdtempSync(join(tmpdir(), 'duanhui-soak-'));
  const startedAt = new Date().toISOString();
  let rendererSource = 'not built';
  const load = { start: loadAverage(), end: [] as number[] };
  let kill: KillResult | undefined;
  let memory: MemoryResult | undefined;
  try {
    const renderer = buildRenderer(tmp, log);
    const staticDir = renderer.dir;
    rendererSource = renderer.source;
    log(`kill -9 × ${config.kills}`);
    kill = await killRestartSoak({ dataDir: join(tmp, 'kill-data'), staticDir, kills: config.kills, log });
    log(`memory over ${config.memoryMinutes} min`);
    const browser = await launchChromium();
    try {
      memory = await memorySoak({ browser, dataDir: join(tmp, 'memory-data'), staticDir, minutes: config.memoryMinutes, sampleSeconds: config.sampleSeconds, log });
    } finally {
      await browser.close();
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
    load.end = loadAverage();
  }
  const ok = kill.lostEvents === 0 && kill.changedEvents === 0 && kill.deadlineFailures === 0;
  writeFileSync(
    join(REPO_ROOT, 'soak', 'results.json'),
    `${JSON.stringify({ format: 'duanhui-soak', version: 1, startedAt, finishedAt: new Date().toISOString(), machine: machineInfo(CHROMIUM_PATH), loadAverage: load, renderer: rendererSource, config, ok, kill, memory }, null, 2)}\n`,
  );
  const lines = [
    '| figure | value | target | met? |',
    '|---|---|---|---|',
    `| kill -9 mid-speech, restarts | ${kill.kills} (${kill.inFlightKills} with a command in flight, ${kill.inFlightStored} of those stored) | — | — |`,
    `| events lost / changed (log of ${kill.events} events) | ${kill.lostEvents} / ${kill.changedEvents} | 0 / 0 | ${kill.lostEvents + kill.changedEvents === 0 ? 'yes' : 'NO'} |`,
    `| deadline after restart vs stored log, max | ${kill.deadlineError.max.toFixed(1)} ms | ≤ 100 ms | ${kill.deadlineFailures === 0 ? 'yes' : 'NO'} |`,
    `| deadline after restart vs last acknowledged, max (${kill.ackDeadlineError.n}) | ${kill.ackDeadlineError.max.toFixed(1)} ms | ≤ 100 ms | ${kill.ackDeadlineError.n === 0 || kill.ackDeadlineError.max <= 100 ? 'yes' : 'NO'} |`,
    `| restart → snapshot served, p50 / max | ${kill.restartMs.p50.toFixed(0)} / ${kill.restartMs.max.toFixed(0)} ms | — | — |`,
    `| server RSS over ${memory.minutes} min (first → last), slope | ${mib(memory.serverRss[0])} → ${mib(memory.serverRss[1])}, ${kibPerMin(memory.serverRssSlope)} | flat | — |`,
    `| projector JS heap after GC (first → last), slope | ${mib(memory.pageHeap[0])} → ${mib(memory.pageHeap[1])}, ${kibPerMin(memory.pageHeapSlope)} | flat | — |`,
  ];
  process.stdout.write(`\n${lines.join('\n')}\n\n`);
  if (kill.failures.length) process.stdout.write(`Failures:\n${kill.failures.map((f) => `- ${f}`).join('\n')}\n`);
  process.stdout.write(`Load average at start ${load.start.join(' ')}, at end ${load.end.join(' ')}\nWritten: soak/results.json\n`);
  return ok ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`soak: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  },
);
