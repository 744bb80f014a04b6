/** The measured phases of `npm run bench`, each against a running server and open pages. */
import type { Browser, Page } from 'playwright-core';
import {
  openProbedPage,
  pageMinusNode,
  serverMinusPageBest,
  sleep,
  takeRecord,
  waitShown,
  type OffsetEstimate,
  type ProbedPage,
  type ServerPageOffset,
} from './browser';
import { analyzeFlips, driftingOffset, parseCountdown, type FlipAnalysis } from './flips';
import { matchLatencies, randomGap, type SentCommand } from './latency';
import type { ShownState } from './page-probe';
import { currentDeadline, RoomHttp } from './room-http';
import { startServe, wallNow, type ServeProcess } from './serve-process';
import { summarize, type Summary } from './stats';

const trueNow = async (page: Page): Promise<number> => (await page.evaluate('window.__bench.trueNow()')) as number;

/** Opens `url` in a probed page and waits for a countdown on it. */
export async function openCounting(browser: Browser, url: string, skewMs = 0): Promise<ProbedPage> {
  const probed = await openProbedPage(browser, skewMs);
  await probed.page.goto(url);
  const ok = await waitShown(probed.page, (s) => parseCountdown(s.clock) !== null, 20_000);
  if (!ok) throw new Error(`no countdown appeared on ${url.replace(/t=[^&]+/, 't=…')}`);
  return probed;
}

export interface FlipPhase extends Omit<FlipAnalysis, 'latencies'> {
  seconds: number;
  deadline: number;
  /** Server clock − page true clock, at the start and the end. */
  offsetStart: ServerPageOffset;
  offsetEnd: ServerPageOffset;
  deadlineChanged: boolean;
  dropped: number;
}

export async function runFlipPhase(page: Page, http: RoomHttp, viewToken: string, seconds: number): Promise<FlipPhase> {
  const deadline = currentDeadline(await http.snapshot());
  if (deadline === null) throw new Error('no running item to measure flips on');
  const offsetStart = await serverMinusPageBest(page, http.baseUrl, viewToken);
  const t1 = await trueNow(page);
  await takeRecord(page);
  await sleep(seconds * 1000);
  const record = await takeRecord(page);
  const t2 = await trueNow(page);
  const offsetEnd = await serverMinusPageBest(page, http.baseUrl, viewToken);
  const after = currentDeadline(await http.snapshot());
  const toServer = driftingOffset(t1, offsetStart.offsetMs, t2, offsetEnd.offsetMs);
  const { latencies: _l, ...analysis } = analyzeFlips(record.shown, deadline, (t) => t + toServer(t));
  return { seconds, deadline, offsetStart, offsetEnd, deadlineChanged: after !== deadline, dropped: record.dropped, ...analysis };
}

export interface LatencyPhase {
  /** HTTP only: request sent → reply received in this process (the server's part, fsync included). */
  roundTrip?: Summary;
  /** HTTP only: GET /api/time round trips between the commands (no write). */
  readRoundTrip?: Summary;
  sent: number;
  matched: number;
  failed: number;
  latency: Summary;
  /** Page true clock − this process's clock (HTTP) or console − projector (keys). */
  offsets: OffsetEstimate[];
}

/** HTTP API commands from this process: message / clear-message alternately. */
export async function runHttpLatency(page: Page, http: RoomHttp, count: number): Promise<LatencyPhase> {
  const o1 = await pageMinusNode(page);
  const sentNode: { t: number; hurry: boolean }[] = [];
  const roundTrips: number[] = [];
  const readRoundTrips: number[] = [];
  let failed = 0;
  await takeRecord(page);
  for (let i = 0; i < count; i++) {
    // Random gaps, well under the API's 10 requests a second.
    await sleep(randomGap(150, 450));
    const hurry = i % 2 === 0;
    const t = wallNow();
    const reply = hurry ? await http.request('POST', '/api/message', { preset: 'hurry' }) : await http.request('POST', '/api/clear-message');
    roundTrips.push(wallNow() - t);
    if (reply.status !== 200) failed++;
    sentNode.push({ t, hurry });
    // A request that writes nothing, for comparison: what the command adds is its durable write.
    await sleep(randomGap(50, 100));
    const g = wallNow();
    await http.request('GET', '/api/time');
    readRoundTrips.push(wallNow() - g);
  }
  await sleep(500);
  const record = await takeRecord(page);
  const o2 = await pageMinusNode(page);
  const first = sentNode[0]?.t ?? 0;
  const last = sentNode[sentNode.length - 1]?.t ?? first;
  const off = driftingOffset(first, o1.offsetMs, last, o2.offsetMs);
  const sent: SentCommand[] = sentNode.map(({ t, hurry }) => ({
    t: t + off(t),
    expect: hurry ? (s: ShownState) => s.message !== null : (s: ShownState) => s.message === null,
  }));
  const lat = matchLatencies(sent, record.shown);
  const ok = lat.filter((x) => Number.isFinite(x));
  return { sent: count, matched: ok.length, failed, latency: summarize(ok), roundTrip: summarize(roundTrips), readRoundTrip: summarize(readRoundTrips), offsets: [o1, o2] };
}

/** Console keypresses ('b' toggles the blackout), stamped by the console page's keydown. */
export async function runKeyLatency(projector: Page, consolePage: Page, count: number): Promise<LatencyPhase> {
  await consolePage.bringToFront();
  const pj1 = await pageMinusNode(projector);
  const cs1 = await pageMinusNode(consolePage);
  await takeRecord(projector);
  await takeRecord(consolePage);
  for (let i = 0; i < count; i++) {
    await sleep(randomGap(150, 450));
    await consolePage.keyboard.press('b');
  }
  await sleep(500);
  const shown = (await takeRecord(projector)).shown;
  const keys = (await takeRecord(consolePage)).keys.filter((k) => k.key === 'b');
  const pj2 = await pageMinusNode(projector);
  const cs2 = await pageMinusNode(consolePage);
  // console true clock → projector true clock, through this process's clock.
  const shift = (pj1.offsetMs + pj2.offsetMs) / 2 - (cs1.offsetMs + cs2.offsetMs) / 2;
  const sent: SentCommand[] = keys.map((k, i) => ({
    t: k.t + shift,
    expect: i % 2 === 0 ? (s: ShownState) => s.phase === 'blackout' : (s: ShownState) => s.phase !== 'blackout',
  }));
  const lat = matchLatencies(sent, shown);
  const ok = lat.filter((x) => Number.isFinite(x));
  return { sent: keys.length, matched: ok.length, failed: count - keys.length, latency: summarize(ok), offsets: [pj1, cs1, pj2, cs2] };
}

export interface AgreementPhase {
  seconds: number;
  skewsMs: number[];
  pairs: number;
  /** |flip A − flip B| on this process's clock. */
  difference: Summary;
  /** Each page's flips against the true boundary (shows the ±3 s were corrected). */
  perPage: { skewMs: number; latency: Summary; skipped: number; twice: number }[];
}

export async function runAgreement(browser: Browser, url: string, http: RoomHttp, viewToken: string, seconds: number, skew = 3000): Promise<AgreementPhase> {
  const pages = [await openCounting(browser, url, +skew), await openCounting(browser, url, -skew)];
  try {
    // Let the clock-sync burst (5 pings) finish.
    await sleep(3000);
    const deadline = currentDeadline(await http.snapshot());
    if (deadline === null) throw new Error('no running item');
    for (const p of pages) await takeRecord(p.page);
    await sleep(seconds * 1000);
    const records: ShownState[][] = [];
    for (const p of pages) records.push((await takeRecord(p.page)).shown);
    const toNode: OffsetEstimate[] = [];
    const toServer: ServerPageOffset[] = [];
    for (const p of pages) {
      toNode.push(await pageMinusNode(p.page));
      toServer.push(await serverMinusPageBest(p.page, http.baseUrl, viewToken));
    }
    const flipTimes = records.map((shown, i) => {
      const m = new Map<string, number>();
      let prev: string | null = null;
      for (const s of shown) {
        if (s.clock !== prev && s.clock !== null && !m.has(s.clock)) m.set(s.clock, s.t - toNode[i]!.offsetMs);
        prev = s.clock;
      }
      return m;
    });
    const diffs: number[] = [];
    for (const [text, ta] of flipTimes[0]!) {
      const tb = flipTimes[1]!.get(text);
      if (tb !== undefined && parseCountdown(text) !== null) diffs.push(Math.abs(ta - tb));
    }
    const perPage = pages.map((p, i) => {
      const a = analyzeFlips(records[i]!, deadline, (t) => t + toServer[i]!.offsetMs);
      return { skewMs: p.skewMs, latency: a.latency, skipped: a.skipped, twice: a.twice };
    });
    return { seconds, skewsMs: pages.map((p) => p.skewMs), pairs: diffs.length, difference: summarize(diffs), perPage };
  } finally {
    for (const p of pages) await p.context.close();
  }
}

export interface StartupPhase {
  /** serve spawned → links printed (listening, live meeting rebuilt). */
  serveReadyMs: number;
  /** links printed → projector's first countdown in the DOM. */
  pageMs: number;
  /** serve spawned → first countdown painted (the frame after it reached the DOM). */
  totalMs: number;
  deadlineBefore: number | null;
  deadlineAfter: number | null;
  server: ServeProcess;
}

/** Stops the server, starts it again on the same data folder and opens a fresh projector page. */
export async function runStartup(browser: Browser, old: ServeProcess, dataDir: string, staticDir: string): Promise<StartupPhase> {
  const deadlineBefore = currentDeadline(await new RoomHttp(old.baseUrl, old.chairToken).snapshot());
  await old.stop();
  const fresh = await openProbedPage(browser);
  const server = await startServe({ dataDir, staticDir });
  await fresh.page.goto(server.projectorUrl);
  const until = Date.now() + 20_000;
  type First = { t: number; paintedAt: number | null } | null;
  let first: First = null as First;
  while (Date.now() < until) {
    first = (await fresh.page.evaluate('window.__bench.record.firstClock')) as First;
    if (first?.paintedAt) break;
    await sleep(20);
  }
  const off = await pageMinusNode(fresh.page);
  const deadlineAfter = currentDeadline(await new RoomHttp(server.baseUrl, server.chairToken).snapshot());
  await fresh.context.close();
  if (!first?.paintedAt) throw new Error('the restarted projector showed no countdown within 20 s');
  const paintedNode = first.paintedAt - off.offsetMs;
  return {
    serveReadyMs: server.readyAt - server.spawnedAt,
    pageMs: first.t - off.offsetMs - server.readyAt,
    totalMs: paintedNode - server.spawnedAt,
    deadlineBefore,
    deadlineAfter,
    server,
  };
}

/**
 * Control experiment: the platform's floor. A bare page (no React, no app) sets a text node at
 * each second boundary of its own clock with one setTimeout, like the projector does; the
 * MutationObserver stamps it the same way. What the projector adds on top is the app's.
 */
export async function runTimerFloor(browser: Browser, seconds: number): Promise<Summary> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto('about:blank');
    const result = (await page.evaluate(`new Promise((resolve) => {
      const now = () => performance.timeOrigin + performance.now();
      const span = document.createElement('span');
      document.body.appendChild(span);
      const lateness = [];
      let boundary = 0;
      let shown = 0;
      new MutationObserver(() => lateness.push(now() - shown)).observe(span, { childList: true, characterData: true, subtree: true });
      let left = ${Math.round(seconds)};
      const arm = () => {
        const t = now();
        boundary = Math.ceil(t / 1000) * 1000;
        setTimeout(function fire() {
          if (now() < boundary) return void setTimeout(fire, 0);
          shown = boundary;
          span.textContent = String(boundary / 1000);
          if (--left > 0) arm(); else setTimeout(() => resolve(lateness), 50);
        }, boundary - t);
      };
      arm();
    })`)) as number[];
    return summarize(result);
  } finally {
    await context.close();
  }
}

/**
 * Idle cost again with the progress bar's CSS transition switched off. Through the CSSOM: the
 * page's CSP (style-src 'self') forbids an injected <style>, and rightly so.
 */
export async function withoutBarTransition(page: Page): Promise<boolean> {
  return (await page.evaluate(`(() => {
    const fill = document.querySelector('.pj-bar-fill');
    if (!fill) return false;
    fill.style.setProperty('transition', 'none', 'important');
    return true;
  })()`)) as boolean;
}
