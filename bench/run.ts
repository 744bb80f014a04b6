/**
 * npm run bench — Duanhui measured against its targets on this machine (issue 9).
 *
 * Starts `serve` (the real MeetingService on a temporary data folder) as a child process,
 * opens projector and console pages in headless Chromium (/usr/bin/chromium through
 * playwright-core) and measures second flips, command latency, agreement of two skewed screens,
 * idle cost, rules throughput and start-up. Prints a table; writes bench/results.json.
 *
 * Environment: BENCH_FLIP_SECONDS (120), BENCH_AGREE_SECONDS (60), BENCH_IDLE_SECONDS (30),
 * BENCH_COMMANDS (100), BENCH_STATIC (a built renderer; default: built into a temp folder),
 * CHROMIUM_PATH (/usr/bin/chromium).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { startBenchMeeting } from './lib/bench-meeting';
import { buildRenderer } from './lib/build-renderer';
import { CHROMIUM_ARGS, CHROMIUM_PATH, launchChromium, openProbedPage, sleep, waitShown } from './lib/browser';
import { measureIdle, measureServerIdle, type IdleResult } from './lib/idle';
import { loadAverage, machineInfo } from './lib/machine';
import { openCounting, runAgreement, runFlipPhase, runHttpLatency, runKeyLatency, runStartup, runTimerFloor, withoutBarTransition } from './lib/phases';
import type { AgreementPhase, FlipPhase, LatencyPhase, StartupPhase } from './lib/phases';
import { consoleTable, fmtBytes, fmtMs, fmtPct, markdownTable, type Row } from './lib/report';
import { RoomHttp } from './lib/room-http';
import type { Summary } from './lib/stats';
import { measureRulesThroughput, type ThroughputResult } from './lib/rules-throughput';
import { REPO_ROOT, startServe, type ServeProcess } from './lib/serve-process';

const num = (name: string, fallback: number): number => {
  const v = Number(process.env[name]);
  return Number.isFinite(v) && v > 0 ? v : fallback;
};

const config = {
  flipSeconds: num('BENCH_FLIP_SECONDS', 120),
  agreeSeconds: num('BENCH_AGREE_SECONDS', 60),
  idleSeconds: num('BENCH_IDLE_SECONDS', 30),
  commands: num('BENCH_COMMANDS', 100),
  /** Control experiments (platform timer floor, idle without the bar transition); BENCH_EXPERIMENTS=0 skips them. */
  experiments: process.env.BENCH_EXPERIMENTS !== '0',
};

const log = (s: string) => process.stderr.write(`[bench] ${s}\n`);


interface Results {
  flips?: FlipPhase;
  http?: LatencyPhase;
  keys?: LatencyPhase;
  agreement?: AgreementPhase;
  idle?: IdleResult;
  idleNoBar?: IdleResult;
  timerFloor?: Summary;
  serverNoMeeting?: number;
  load: { start: number[]; end?: number[] };
  rules?: ThroughputResult;
  startup?: Omit<StartupPhase, 'server'>;
  errors: { phase: string; message: string }[];
}

async function phase<T>(results: Results, name: string, fn: () => Promise<T>): Promise<T | undefined> {
  log(`${name}…`);
  try {
    return await fn();
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    log(`${name} FAILED: ${message}`);
    results.errors.push({ phase: name, message });
    return undefined;
  }
}

function rows(r: Results): Row[] {
  const out: Row[] = [];
  const f = r.flips;
  const unc = f ? Math.max(f.offsetStart.uncertaintyMs, f.offsetEnd.uncertaintyMs) : Number.NaN;
  out.push(
    { id: 'flip-p50', figure: 'Second flip, p50 (late +)', value: fmtMs(f?.latency.p50, 2), target: '—', met: null },
    { id: 'flip-p95', figure: 'Second flip, p95', value: fmtMs(f?.latency.p95, 2), target: '≤ 5 ms', met: f ? f.latency.p95 <= 5 : null },
    { id: 'flip-max', figure: 'Second flip, max', value: fmtMs(f?.latency.max, 2), target: '≤ 16 ms', met: f ? f.latency.max <= 16 : null },
    {
      id: 'flip-floor',
      figure: '  control: bare page setTimeout → DOM, p50 / p95 / max',
      value: r.timerFloor ? `${fmtMs(r.timerFloor.p50, 2)} / ${fmtMs(r.timerFloor.p95, 2)} / ${fmtMs(r.timerFloor.max, 2)}` : 'n/a',
      target: '—',
      met: null,
    },
    {
      id: 'flip-early',
      figure: `Second flip, earliest (early −; clock offset ± ${fmtMs(unc, 2)})`,
      value: f ? fmtMs(-f.earliestMs, 2) : 'n/a',
      target: '≥ 0 ms',
      // An early flip smaller than the offset's error bound cannot be told from an on-time one.
      met: f ? f.earliestMs <= unc : null,
    },
    {
      id: 'flip-skipped',
      figure: `Seconds skipped / shown twice (${f?.flips ?? 0} flips)`,
      value: f ? `${f.skipped} / ${f.twice}` : 'n/a',
      target: '0 / 0',
      met: f ? f.skipped === 0 && f.twice === 0 : null,
    },
  );
  const lat = (id: string, name: string, l?: LatencyPhase) => {
    const label = l ? ` (${l.matched}/${l.sent})` : '';
    out.push(
      { id: `${id}-p50`, figure: `${name} → projector, p50${label}`, value: fmtMs(l?.latency.p50, 2), target: '—', met: null },
      { id: `${id}-p95`, figure: `${name} → projector, p95`, value: fmtMs(l?.latency.p95, 2), target: '≤ 6 ms', met: l ? l.latency.p95 <= 6 && l.matched === l.sent : null },
    );
    if (l?.roundTrip) {
      out.push({ id: `${id}-rtt`, figure: '  HTTP command request → reply (durable write), p50 / p95', value: `${fmtMs(l.roundTrip.p50, 2)} / ${fmtMs(l.roundTrip.p95, 2)}`, target: '—', met: null });
    }
    if (l?.readRoundTrip) {
      out.push({ id: `${id}-read-rtt`, figure: '  HTTP GET /api/time request → reply (no write), p50 / p95', value: `${fmtMs(l.readRoundTrip.p50, 2)} / ${fmtMs(l.readRoundTrip.p95, 2)}`, target: '—', met: null });
    }
  };
  lat('http', 'HTTP API command', r.http);
  lat('key', 'Console keypress', r.keys);
  const a = r.agreement;
  out.push({
    id: 'agree-p95',
    figure: `Two screens skewed ±3 s, flip difference p95 (${a?.pairs ?? 0} pairs)`,
    value: fmtMs(a?.difference.p95, 2),
    target: '≤ 8 ms',
    met: a ? a.difference.p95 <= 8 : null,
  });
  const i = r.idle;
  out.push(
    { id: 'idle-renderer', figure: `Projector renderer CPU while counting (${i ? i.seconds.toFixed(0) : '?'} s)`, value: fmtPct(i?.rendererShare), target: '≤ 1 %', met: i ? i.rendererShare <= 0.01 : null },
    { id: 'idle-main', figure: 'Projector main thread (CDP TaskDuration)', value: fmtPct(i?.mainThreadShare), target: '—', met: null },
    {
      id: 'idle-renderer-nobar',
      figure: '  experiment: same with the bar transition off',
      value: r.idleNoBar ? `${fmtPct(r.idleNoBar.rendererShare)} (GPU ${fmtPct(r.idleNoBar.gpuShare)})` : 'n/a',
      target: '—',
      met: null,
    },
    { id: 'idle-gpu', figure: 'Chromium GPU/compositor process', value: fmtPct(i?.gpuShare), target: '—', met: null },
    { id: 'idle-heap', figure: 'Projector JS heap used', value: fmtBytes(i?.jsHeapUsedBytes), target: '—', met: null },
    { id: 'server-running', figure: 'Server CPU, meeting running', value: fmtPct(i?.serverShare, 3), target: '—', met: null },
    { id: 'server-none', figure: 'Server CPU, no meeting', value: fmtPct(r.serverNoMeeting, 3), target: '≤ 0.1 %', met: r.serverNoMeeting === undefined ? null : r.serverNoMeeting <= 0.001 },
  );
  out.push({
    id: 'rules',
    figure: `Rules engine, ${r.rules?.meetings ?? 10000} meetings (median of ${r.rules?.passes.length ?? 5}; cold ${fmtMs(r.rules?.coldMs, 0)})`,
    value: fmtMs(r.rules?.medianMs, 0),
    target: '≤ 200 ms',
    met: r.rules ? r.rules.medianMs <= 200 : null,
  });
  const s = r.startup;
  out.push(
    { id: 'startup', figure: 'Start-up: serve start → first painted countdown', value: fmtMs(s?.totalMs, 0), target: '—', met: null },
    { id: 'startup-serve', figure: '  of which serve start → listening', value: fmtMs(s?.serveReadyMs, 0), target: '—', met: null },
    {
      id: 'startup-deadline',
      figure: '  deadline after the restart − before',
      value: s && s.deadlineAfter !== null && s.deadlineBefore !== null ? fmtMs(s.deadlineAfter - s.deadlineBefore, 0) : 'n/a',
      target: '0 ms',
      met: s ? s.deadlineAfter === s.deadlineBefore : null,
    },
  );
  return out;
}

async function main(): Promise<void> {
  const tmp = mkdtempSync(join(tmpdir(), 'duanhui-bench-'));
  const dataDir = join(tmp, 'data');
  const results: Results = { errors: [], load: { start: loadAverage() } };
  const machine = machineInfo(CHROMIUM_PATH);
  log(`${machine.nproc} cores, ${machine.cpuModel}, ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.chromium}`);
  let browser: Browser | undefined;
  let server: ServeProcess | undefined;
  const started = new Date().toISOString();
  let rendererSource = 'not built';
  try {
    // Alone on the machine first: nothing else is running yet.
    results.rules = await phase(results, 'rules engine throughput', async () => measureRulesThroughput(10_000, 5));
    const renderer = buildRenderer(tmp, log);
    const staticDir = renderer.dir;
    rendererSource = renderer.source;
    browser = await launchChromium();
    server = await startServe({ dataDir, staticDir });
    const http = new RoomHttp(server.baseUrl, server.chairToken);
    const srv = server;
    await startBenchMeeting(http);
    const b = browser;
    const projector = await openCounting(b, server.projectorUrl);
    const consolePage = await openProbedPage(b);
    await consolePage.page.goto(server.chairUrl);
    if (!(await waitShown(consolePage.page, (s) => s.clock !== null, 20_000))) log('the console shows no clock (its preview): key presses may not be handled yet');
    await sleep(3000);

    results.flips = await phase(results, `second flips (${config.flipSeconds} s)`, async () => {
      // The control runs alongside, under the same load.
      const [flips, floor] = await Promise.all([
        runFlipPhase(projector.page, http, srv.viewToken, config.flipSeconds),
        config.experiments ? runTimerFloor(b, Math.min(config.flipSeconds, 60)) : Promise.resolve(undefined),
      ]);
      results.timerFloor = floor;
      return flips;
    });
    results.http = await phase(results, `HTTP command latency (${config.commands})`, () => runHttpLatency(projector.page, http, config.commands));
    results.keys = await phase(results, `console keypress latency (${config.commands})`, () => runKeyLatency(projector.page, consolePage.page, config.commands));
    await consolePage.context.close();
    results.agreement = await phase(results, `two skewed screens (${config.agreeSeconds} s)`, () =>
      runAgreement(b, srv.viewerUrl, http, srv.viewToken, config.agreeSeconds),
    );
    results.idle = await phase(results, `idle cost (${config.idleSeconds} s)`, () => measureIdle(projector.page, srv.pid, config.idleSeconds));
    if (config.experiments) {
      results.idleNoBar = await phase(results, `idle cost, bar transition off (${config.idleSeconds} s)`, async () => {
        if (!(await withoutBarTransition(projector.page))) throw new Error('no progress bar on the projector');
        await sleep(1000);
        return measureIdle(projector.page, srv.pid, config.idleSeconds);
      });
    }
    await projector.context.close();
    const startup = await phase(results, 'start-up', () => runStartup(b, srv, dataDir, staticDir));
    if (startup) {
      const { server: next, ...rest } = startup;
      results.startup = rest;
      server = next;
    }
    const last = server;
    results.serverNoMeeting = await phase(results, `server CPU with no meeting (${config.idleSeconds} s)`, async () => {
      const h = new RoomHttp(last.baseUrl, last.chairToken);
      await h.command({ type: 'end-meeting' });
      await h.command({ type: 'close-meeting' });
      // Let the start-up's compilation and the end's writes settle: only the resting cost counts.
      await sleep(5000);
      return measureServerIdle(last.pid, config.idleSeconds);
    });
    results.load.end = loadAverage();
  } finally {
    await server?.stop().catch(() => {});
    await browser?.close().catch(() => {});
    rmSync(tmp, { recursive: true, force: true });
  }

  const table = rows(results);
  const output = {
    format: 'duanhui-bench',
    version: 1,
    startedAt: started,
    finishedAt: new Date().toISOString(),
    machine,
    chromiumArgs: CHROMIUM_ARGS,
    renderer: rendererSource,
    config,
    loadAverage: results.load,
    table,
    details: results,
  };
  writeFileSync(join(REPO_ROOT, 'bench', 'results.json'), `${JSON.stringify(output, null, 2)}\n`);
  process.stdout.write(`\nLoad average (1/5/15 min) at start ${results.load.start.join(' ')}, at end ${results.load.end?.join(' ') ?? '?'}\n`);
  process.stdout.write(`\n${consoleTable(table)}\n\n`);
  process.stdout.write(`Markdown:\n\n${markdownTable(table)}\n\n`);
  if (results.errors.length) process.stdout.write(`Phases that failed:\n${results.errors.map((e) => `- ${e.phase}: ${e.message}`).join('\n')}\n`);
  process.stdout.write('Written: bench/results.json\n');
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    process.stderr.write(`bench: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  },
);
