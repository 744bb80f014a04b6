/**
 * Idle cost: CPU of the projector's renderer process (and of the rest of Chromium) while it
 * counts, and of the server process, over a window of wall time.
 */
import type { Page } from 'playwright-core';
import { browserPid as findBrowserPid, chromiumProcesses, cpuNanos } from './proc-cpu';
import { sleep } from './browser';

export interface PageMetrics {
  /** Main-thread task time (CDP Performance TaskDuration), seconds. */
  taskDuration: number;
  scriptDuration: number;
  layoutDuration: number;
  recalcStyleDuration: number;
  jsHeapUsedSize: number;
  jsHeapTotalSize: number;
  nodes: number;
}

type Cdp = Awaited<ReturnType<ReturnType<Page['context']>['newCDPSession']>>;

/** Metrics are counted from Performance.enable on: both readings must come from one session. */
export async function pageMetrics(cdp: Cdp): Promise<PageMetrics> {
  {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
    return {
      taskDuration: m.TaskDuration ?? 0,
      scriptDuration: m.ScriptDuration ?? 0,
      layoutDuration: m.LayoutDuration ?? 0,
      recalcStyleDuration: m.RecalcStyleDuration ?? 0,
      jsHeapUsedSize: m.JSHeapUsedSize ?? 0,
      jsHeapTotalSize: m.JSHeapTotalSize ?? 0,
      nodes: m.Nodes ?? 0,
    };
  }
}

export interface IdleResult {
  seconds: number;
  /** Share of one core (0.01 = 1 %). */
  rendererShare: number;
  /** Renderer processes measured (one page open: one, plus a spare renderer if Chromium keeps one). */
  rendererPids: number[];
  /** Each renderer's share: the projector's is the busy one; the rest are spares. */
  perRenderer: { pid: number; share: number }[];
  /** The page's main thread alone (CDP TaskDuration), share of one core. */
  mainThreadShare: number;
  scriptShare: number;
  /** GPU/viz process (compositing with --disable-gpu is in software there). */
  gpuShare: number;
  browserShare: number;
  serverShare: number | null;
  jsHeapUsedBytes: number;
  domNodes: number;
}

/** Measures for `seconds` while nothing else happens. */
export async function measureIdle(page: Page, serverPid: number | null, seconds: number): Promise<IdleResult> {
  const browserPid = findBrowserPid();
  const procs = browserPid ? chromiumProcesses(browserPid) : [];
  const renderers = procs.filter((p) => p.type === 'renderer').map((p) => p.pid);
  const gpus = procs.filter((p) => p.type === 'gpu-process').map((p) => p.pid);
  const all = [...renderers, ...gpus, ...(browserPid ? [browserPid] : []), ...(serverPid ? [serverPid] : [])];
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const m0 = await pageMetrics(cdp);
  const before = new Map(all.map((pid) => [pid, cpuNanos(pid) ?? 0]));
  const t0 = performance.now();
  await sleep(seconds * 1000);
  const wallMs = performance.now() - t0;
  const after = new Map(all.map((pid) => [pid, cpuNanos(pid) ?? 0]));
  const m1 = await pageMetrics(cdp);
  await cdp.detach();
  const share = (pids: readonly number[]) =>
    pids.reduce((s, pid) => s + Math.max(0, (after.get(pid) ?? 0) - (before.get(pid) ?? 0)), 0) / 1e6 / wallMs;
  return {
    seconds: wallMs / 1000,
    rendererShare: share(renderers),
    rendererPids: renderers,
    perRenderer: renderers.map((pid) => ({ pid, share: share([pid]) })),
    mainThreadShare: ((m1.taskDuration - m0.taskDuration) * 1000) / wallMs,
    scriptShare: ((m1.scriptDuration - m0.scriptDuration) * 1000) / wallMs,
    gpuShare: share(gpus),
    browserShare: browserPid ? share([browserPid]) : 0,
    serverShare: serverPid ? share([serverPid]) : null,
    jsHeapUsedBytes: m1.jsHeapUsedSize,
    domNodes: m1.nodes,
  };
}

/** The server alone (no page measured), share of one core over `seconds`. */
export async function measureServerIdle(serverPid: number, seconds: number): Promise<number> {
  const before = cpuNanos(serverPid) ?? 0;
  const t0 = performance.now();
  await sleep(seconds * 1000);
  const wallMs = performance.now() - t0;
  return ((cpuNanos(serverPid) ?? 0) - before) / 1e6 / wallMs;
}
