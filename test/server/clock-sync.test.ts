import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bestEstimate,
  ClockOffsetEstimator,
  estimateFromSample,
  msUntilNextFlip,
  remainingSeconds,
} from '../../renderer/src/api/clock-sync';

describe('clock offset estimation', () => {
  it('recovers the offset exactly when both legs take equally long', () => {
    // Client is 5 s ahead of the server; 40 ms each way.
    expect(estimateFromSample({ t0: 105_000, serverTime: 100_040, t3: 105_080 })).toEqual({ offsetMs: -5_000, roundTripMs: 80 });
  });

  it('errs by at most half the round trip, whatever the asymmetry', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -60_000, max: 60_000 }),
        fc.integer({ min: 0, max: 500 }),
        fc.integer({ min: 0, max: 500 }),
        (skew, up, down) => {
          const serverAtSend = 1_000_000;
          const sample = { t0: serverAtSend + skew, serverTime: serverAtSend + up, t3: serverAtSend + skew + up + down };
          const estimate = estimateFromSample(sample);
          expect(estimate).not.toBeNull();
          expect(Math.abs((estimate?.offsetMs ?? 0) - -skew)).toBeLessThanOrEqual((up + down) / 2);
        },
      ),
    );
  });

  it('rejects impossible samples', () => {
    expect(estimateFromSample({ t0: 10, serverTime: 5, t3: 9 })).toBeNull();
    expect(estimateFromSample({ t0: 10, serverTime: Number.NaN, t3: 12 })).toBeNull();
  });

  it('keeps the lowest-round-trip sample of the window', () => {
    const slow = { t0: 0, serverTime: 400, t3: 600 }; // rtt 600, offset 100
    const fast = { t0: 1000, serverTime: 1010, t3: 1020 }; // rtt 20, offset 0
    expect(bestEstimate([slow, fast, slow])).toEqual({ offsetMs: 0, roundTripMs: 20 });

    const estimator = new ClockOffsetEstimator(3);
    estimator.add(fast);
    estimator.add(slow);
    estimator.add(slow);
    expect(estimator.estimate()?.roundTripMs).toBe(20);
    // The fast sample slides out of the window: the estimate follows the newer samples.
    estimator.add({ t0: 2000, serverTime: 2150, t3: 2100 });
    expect(estimator.estimate()).toEqual({ offsetMs: 100, roundTripMs: 100 });
    expect(estimator.sampleCount).toBe(3);
    estimator.reset();
    expect(estimator.estimate()).toBeNull();
  });
});

describe('seconds shown', () => {
  it('shows ceil(remaining) and flips on the second boundary', () => {
    expect(remainingSeconds(10_000, 9_999)).toBe(1);
    expect(remainingSeconds(10_000, 9_000)).toBe(1);
    expect(remainingSeconds(10_000, 8_999)).toBe(2);
    expect(remainingSeconds(10_000, 10_000)).toBe(0);
    expect(Object.is(remainingSeconds(10_000, 10_500), 0)).toBe(true);
    expect(remainingSeconds(10_000, 11_000)).toBe(-1);
  });

  it('schedules the next repaint exactly when the shown number changes', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100_000, max: 100_000 }), (remaining) => {
        const deadline = 1_000_000;
        const now = deadline - remaining;
        const wait = msUntilNextFlip(deadline, now);
        expect(wait).toBeGreaterThan(0);
        expect(wait).toBeLessThanOrEqual(1000);
        expect(remainingSeconds(deadline, now + wait - 1)).toBe(remainingSeconds(deadline, now));
        expect(remainingSeconds(deadline, now + wait)).toBe(remainingSeconds(deadline, now) - 1);
      }),
    );
  });
});
