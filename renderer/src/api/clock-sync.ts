/**
 * NTP-style clock offset estimation for browser screens (architecture.md, "Time").
 *
 * A ping leaves at client time t0, the server stamps it with its clock (serverTime) and the pong
 * arrives at client time t3. If the two legs take equally long, the server stamped it at the
 * client's midpoint (t0 + t3) / 2, so
 *     offset = serverTime − (t0 + t3) / 2,      serverNow = clientNow + offset.
 * The error is at most half the round trip, so the sample with the lowest round trip in a
 * sliding window is the best one. Pure: no timers, no clock of its own.
 */

export interface ClockSample {
  /** Client clock when the ping was sent. */
  t0: number;
  /** Server clock when it answered. */
  serverTime: number;
  /** Client clock when the pong arrived. */
  t3: number;
}

export interface OffsetEstimate {
  /** Add to the client clock to get the server clock. */
  offsetMs: number;
  /** Round trip of the sample it came from; the estimate is within ±roundTripMs/2. */
  roundTripMs: number;
}

/** One sample's estimate; null for impossible samples (negative round trip, non-finite). */
export function estimateFromSample(sample: ClockSample): OffsetEstimate | null {
  const { t0, serverTime, t3 } = sample;
  if (![t0, serverTime, t3].every(Number.isFinite)) return null;
  const roundTripMs = t3 - t0;
  if (roundTripMs < 0) return null;
  return { offsetMs: serverTime - (t0 + t3) / 2, roundTripMs };
}

/** The estimate from the lowest-round-trip sample (the latest one among equals). */
export function bestEstimate(samples: readonly ClockSample[]): OffsetEstimate | null {
  let best: OffsetEstimate | null = null;
  for (const sample of samples) {
    const estimate = estimateFromSample(sample);
    if (estimate && (!best || estimate.roundTripMs <= best.roundTripMs)) best = estimate;
  }
  return best;
}

/** Keeps the last `windowSize` samples, so a changed network path or clock is forgotten in time. */
export class ClockOffsetEstimator {
  private samples: ClockSample[] = [];
  private current: OffsetEstimate | null = null;

  constructor(private readonly windowSize = 8) {
    if (!Number.isInteger(windowSize) || windowSize < 1) throw new Error('windowSize must be a positive integer');
  }

  /** Adds a sample; returns the new best estimate (unchanged if the sample was impossible). */
  add(sample: ClockSample): OffsetEstimate | null {
    if (!estimateFromSample(sample)) return this.current;
    this.samples.push(sample);
    if (this.samples.length > this.windowSize) this.samples.shift();
    this.current = bestEstimate(this.samples);
    return this.current;
  }

  estimate(): OffsetEstimate | null {
    return this.current;
  }

  get sampleCount(): number {
    return this.samples.length;
  }

  reset(): void {
    this.samples = [];
    this.current = null;
  }
}

/**
 * Whole seconds to show for a deadline: ceil while time remains, so "1" shows until the very end
 * and every screen flips together. Past the deadline it is negative (overtime), never −0.
 */
export function remainingSeconds(deadline: number, serverNow: number): number {
  const seconds = Math.ceil((deadline - serverNow) / 1000);
  return seconds === 0 ? 0 : seconds;
}

/** Milliseconds until remainingSeconds() changes: when to schedule the next repaint. */
export function msUntilNextFlip(deadline: number, serverNow: number): number {
  const rest = (deadline - serverNow) % 1000;
  return rest > 0 ? rest : rest + 1000;
}
