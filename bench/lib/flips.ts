/**
 * Second-flip accuracy: when the projector's clock text changes, against the instant it should
 * change (deadline − shown seconds × 1000 on the server clock).
 */
import type { ShownState } from './page-probe';
import { summarize, type Summary } from './stats';

/** '7:59' → 479, '1:02:03' → 3723; null for overtime ('+0:05') or anything else. */
export function parseCountdown(text: string | null): number | null {
  if (!text || !/^\d+(:\d{2}){1,2}$/.test(text)) return null;
  return text.split(':').reduce((acc, part) => acc * 60 + Number(part), 0);
}

export interface FlipAnalysis {
  /** Signed ms: flip instant − true boundary (positive: late). */
  latency: Summary;
  /** Largest early flip, ms (≥ 0; 0 when none was early). */
  earliestMs: number;
  flips: number;
  skipped: number;
  /** A second shown again (the text went back up, or repeated). */
  twice: number;
  latencies: number[];
}

/**
 * `toServer(t)` turns the page's true-clock instant into the server clock (it carries the
 * measured offset, possibly drifting over the run).
 */
export function analyzeFlips(shown: readonly ShownState[], deadline: number, toServer: (t: number) => number): FlipAnalysis {
  const latencies: number[] = [];
  let prev: number | null = null;
  let skipped = 0;
  let twice = 0;
  for (const s of shown) {
    const seconds = parseCountdown(s.clock);
    if (seconds === null) continue;
    if (prev !== null) {
      if (seconds === prev) continue;
      if (seconds > prev) twice++;
      else if (prev - seconds > 1) skipped += prev - seconds - 1;
      const boundary = deadline - seconds * 1000;
      latencies.push(toServer(s.t) - boundary);
    }
    prev = seconds;
  }
  return {
    latency: summarize(latencies),
    earliestMs: Math.max(0, -Math.min(0, ...latencies)),
    flips: latencies.length,
    skipped,
    twice,
    latencies,
  };
}

/** A linear interpolation of the offset measured at two instants (clocks may drift apart). */
export function driftingOffset(t1: number, off1: number, t2: number, off2: number): (t: number) => number {
  if (t2 === t1) return () => off1;
  return (t) => off1 + ((off2 - off1) * (t - t1)) / (t2 - t1);
}
