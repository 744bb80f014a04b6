/**
 * Memory over a long run: the server's resident set and the projector page's live JS heap
 * (after a forced garbage collection) sampled while a meeting counts and the chair sends a
 * command now and then. A leak shows as a positive slope (bytes per minute).
 */
import type { Browser } from 'playwright-core';
import { sleep, takeRecord } from '../bench/lib/browser';
import { startBenchMeeting } from '../bench/lib/bench-meeting';
import { openCounting } from '../bench/lib/phases';
import { rssBytes } from '../bench/lib/proc-cpu';
import { RoomHttp } from '../bench/lib/room-http';
import { startServe } from '../bench/lib/serve-process';
import { slope } from '../bench/lib/stats';

export interface MemorySample {
  minute: number;
  serverRss: number;
  pageHeap: number;
  pageNodes: number;
}

export interface MemoryResult {
  minutes: number;
  samples: MemorySample[];
  /** Least-squares slopes, bytes per minute. */
  serverRssSlope: number;
  pageHeapSlope: number;
  /** First and last readings. */
  serverRss: [number, number];
  pageHeap: [number, number];
}

export async function memorySoak(opts: {
  browser: Browser;
  dataDir: string;
  staticDir: string;
  minutes: number;
  sampleSeconds: number;
  log: (s: string) => void;
}): Promise<MemoryResult> {
  const server = await startServe({ dataDir: opts.dataDir, staticDir: opts.staticDir });
  try {
    const http = new RoomHttp(server.baseUrl, server.chairToken);
    await startBenchMeeting(http);
    const projector = await openCounting(opts.browser, server.projectorUrl);
    const cdp = await projector.context.newCDPSession(projector.page);
    await cdp.send('Performance.enable');
    const samples: MemorySample[] = [];
    const t0 = performance.now();
    const end = t0 + opts.minutes * 60_000;
    let n = 0;
    while (performance.now() < end) {
      // Some traffic: a message shown and cleared, snapshots pushed to the page.
      await http.request('POST', n % 2 === 0 ? '/api/message' : '/api/clear-message', n % 2 === 0 ? { preset: 'hurry' } : undefined);
      // Empty the probe's own record first, so only the app's memory is measured.
      await takeRecord(projector.page);
      await cdp.send('HeapProfiler.collectGarbage');
      const { metrics } = await cdp.send('Performance.getMetrics');
      const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
      const sample = {
        minute: (performance.now() - t0) / 60_000,
        serverRss: rssBytes(server.pid) ?? Number.NaN,
        pageHeap: m.JSHeapUsedSize ?? Number.NaN,
        pageNodes: m.Nodes ?? Number.NaN,
      };
      samples.push(sample);
      if (n % 6 === 0) opts.log(`memory ${sample.minute.toFixed(1)} min: server RSS ${(sample.serverRss / 2 ** 20).toFixed(1)} MiB, page heap ${(sample.pageHeap / 2 ** 20).toFixed(2)} MiB`);
      n++;
      await sleep(Math.max(0, Math.min(opts.sampleSeconds * 1000, end - performance.now())));
    }
    await cdp.detach();
    await projector.context.close();
    // The first samples include start-up (compilation, first render); the slope is taken after it.
    const steady = samples.length > 6 ? samples.slice(Math.floor(samples.length / 6)) : samples;
    return {
      minutes: opts.minutes,
      samples,
      serverRssSlope: slope(steady.map((s) => s.minute), steady.map((s) => s.serverRss)),
      pageHeapSlope: slope(steady.map((s) => s.minute), steady.map((s) => s.pageHeap)),
      serverRss: [samples[0]?.serverRss ?? Number.NaN, samples[samples.length - 1]?.serverRss ?? Number.NaN],
      pageHeap: [samples[0]?.pageHeap ?? Number.NaN, samples[samples.length - 1]?.pageHeap ?? Number.NaN],
    };
  } finally {
    await server.stop();
  }
}
