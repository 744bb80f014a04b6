/**
 * Headless Chromium through playwright-core, with the system's /usr/bin/chromium (never a
 * downloaded browser). Playwright gives every launch its own temporary user-data-dir.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { ProbeRecord } from './page-probe';
import { probeScript } from './page-probe';
import { wallNow } from './serve-process';

/** The room server allows 10 API requests a second per address (docs/api.md): pace samples. */
export const API_GAP_MS = 150;

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export { CHROMIUM_ARGS, CHROMIUM_PATH, launchChromium } from '../../scripts/lib/chromium';

export interface ProbedPage {
  context: BrowserContext;
  page: Page;
  skewMs: number;
}

/** A page in its own context (own renderer process, own storage) with the probe installed. */
export async function openProbedPage(browser: Browser, skewMs = 0): Promise<ProbedPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await page.addInitScript({ content: probeScript(skewMs) });
  return { context, page, skewMs };
}

export async function takeRecord(page: Page): Promise<ProbeRecord> {
  return (await page.evaluate('window.__bench.take()')) as ProbeRecord;
}

export async function shownNow(page: Page): Promise<{ clock: string | null; phase: string | null; message: string | null }> {
  return (await page.evaluate('window.__bench.read()')) as { clock: string | null; phase: string | null; message: string | null };
}

export interface OffsetEstimate {
  /** Add to a time on the first clock to get the second clock. */
  offsetMs: number;
  /** Round trip of the best sample: the estimate is within ±rtt/2. */
  rttMs: number;
  samples: number;
}

export function bestOffset(samples: readonly { t0: number; remote: number; t3: number }[]): OffsetEstimate {
  let best: OffsetEstimate | null = null;
  for (const s of samples) {
    const rtt = s.t3 - s.t0;
    if (rtt < 0) continue;
    if (!best || rtt < best.rttMs) best = { offsetMs: s.remote - (s.t0 + s.t3) / 2, rttMs: rtt, samples: samples.length };
  }
  if (!best) throw new Error('no usable clock sample');
  return best;
}

/** Page true clock minus this process's clock, through CDP round trips. */
export async function pageMinusNode(page: Page, n = 30): Promise<OffsetEstimate> {
  const samples: { t0: number; remote: number; t3: number }[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = wallNow();
    const remote = (await page.evaluate('window.__bench.trueNow()')) as number;
    samples.push({ t0, remote, t3: wallNow() });
  }
  return bestOffset(samples);
}

/** Server clock minus the page's true clock, from the page's own fetches of /api/time. */
export async function serverMinusPage(page: Page, token: string, n = 8): Promise<OffsetEstimate> {
  const raw = (await page.evaluate(`window.__bench.serverSamples(${JSON.stringify(token)}, ${n}, ${API_GAP_MS})`)) as {
    t0: number;
    serverTime: number;
    t3: number;
  }[];
  return bestOffset(raw.map((s) => ({ t0: s.t0, remote: s.serverTime, t3: s.t3 })));
}

/** Server clock minus this process's clock, through HTTP round trips. */
export async function serverMinusNode(baseUrl: string, token: string, n = 8): Promise<OffsetEstimate> {
  const samples: { t0: number; remote: number; t3: number }[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = wallNow();
    const res = await fetch(`${baseUrl}/api/time`, { headers: { Authorization: `Bearer ${token}` } });
    const t3 = wallNow();
    const body = (await res.json()) as { serverTime: number };
    samples.push({ t0, remote: body.serverTime, t3 });
    await sleep(API_GAP_MS);
  }
  return bestOffset(samples);
}

/** Polls the page until `predicate` holds for what it shows; bounded by `timeoutMs`. */
export async function waitShown(
  page: Page,
  predicate: (shown: { clock: string | null; phase: string | null; message: string | null }) => boolean,
  timeoutMs = 10_000,
): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (predicate(await shownNow(page))) return true;
    await sleep(20);
  }
  return false;
}

export interface ServerPageOffset {
  /** Server clock − page true clock. */
  offsetMs: number;
  /** Half the round trips behind it: the estimate's error bound. */
  uncertaintyMs: number;
  method: 'direct' | 'via-node';
  direct: OffsetEstimate;
  viaNode: { serverMinusNode: OffsetEstimate; pageMinusNode: OffsetEstimate };
}

/**
 * Two estimates of server − page: the page's own fetches of /api/time, and the two legs through
 * this process (HTTP to the server, CDP to the page), which on a loaded machine often have
 * shorter round trips. The one with the smaller error bound is used; both are reported.
 */
export async function serverMinusPageBest(page: Page, baseUrl: string, token: string): Promise<ServerPageOffset> {
  const direct = await serverMinusPage(page, token);
  const sn = await serverMinusNode(baseUrl, token);
  const pn = await pageMinusNode(page);
  const viaUnc = (sn.rttMs + pn.rttMs) / 2;
  const useDirect = direct.rttMs / 2 <= viaUnc;
  return {
    offsetMs: useDirect ? direct.offsetMs : sn.offsetMs - pn.offsetMs,
    uncertaintyMs: useDirect ? direct.rttMs / 2 : viaUnc,
    method: useDirect ? 'direct' : 'via-node',
    direct,
    viaNode: { serverMinusNode: sn, pageMinusNode: pn },
  };
}
