import { linuxBootClock } from './boot-clock';

/**
 * The clock every live meeting runs on (epoch ms).
 *
 * now = anchorWall + (mono − anchorMono): read once from the wall clock at start, then carried
 * forward by the monotonic clock, so the wall clock being set back or forward (by hand, or an
 * NTP step) changes no deadline and no time left. It never goes backward.
 *
 * A suspended laptop is the one case where the monotonic clock is wrong: CLOCK_MONOTONIC (and
 * macOS's mach time) stop during suspend, yet the meeting's time went on. The clock is then
 * moved forward by the time spent suspended, found in this order:
 *  1. `suspendAwareNow` (default on Linux: CLOCK_BOOTTIME via /proc/uptime) counts suspend;
 *     its lead over mono grows by exactly the suspended time. Exact, and a wall clock set
 *     forward is never mistaken for a suspend.
 *  2. Without it, the wall clock: the gap wall − now grows suddenly by the suspended time.
 * The check runs when `onResume()` is called (Electron's powerMonitor 'resume', wired by the
 * shell) and, in headless mode, by itself whenever a reading finds that gap has grown by more
 * than `suspendThresholdMs` (2 s) since the previous reading — no polling, each `now()` checks.
 * The heuristic's limit, documented: without a suspend-aware clock (Windows/macOS headless),
 * a wall clock stepped forward by more than 2 s while the process runs cannot be told from a
 * suspend and is counted as time that passed; steps back are always ignored. Small NTP slews
 * change the gap slowly and are ignored.
 */
export interface ServiceClock {
  /** Whole epoch ms, monotonic-corrected; never decreases. */
  now(): number;
  /** The computer woke from sleep: count the sleep as time that passed (forward only). */
  onResume(): void;
  /** Called after the clock moved forward for a suspend, with the amount (ms). */
  onAdvance(listener: (advancedMs: number) => void): () => void;
}

export interface ServiceClockOptions {
  /** Wall clock, epoch ms. Default Date.now. */
  wallNow?: () => number;
  /** Monotonic clock, ms from any origin. Default performance.now. */
  monoNow?: () => number;
  /**
   * A monotonic clock that keeps counting during suspend (ms, any origin), or null for none.
   * Default: Linux CLOCK_BOOTTIME when `monoNow` is the default (the two are kernel clocks of
   * one machine; pairing a fake mono clock with the real boot clock would make nonsense).
   */
  suspendAwareNow?: (() => number) | null;
  /** Growth of the wall − now gap between two readings that is taken for a suspend. Default 2000. */
  suspendThresholdMs?: number;
}

export const SUSPEND_THRESHOLD_MS = 2000;
/** /proc/uptime has 10 ms steps: a smaller lead over mono is reading noise, not a suspend. */
const SUSPEND_NOISE_MS = 50;

export function createServiceClock(options: ServiceClockOptions = {}): ServiceClock {
  const wallNow = options.wallNow ?? (() => Date.now());
  const monoNow = options.monoNow ?? (() => performance.now());
  const suspendAware =
    options.suspendAwareNow !== undefined ? options.suspendAwareNow : options.monoNow === undefined ? linuxBootClock() : null;
  const threshold = options.suspendThresholdMs ?? SUSPEND_THRESHOLD_MS;
  const listeners = new Set<(advancedMs: number) => void>();

  const anchorMono = monoNow();
  let anchorWall = wallNow();
  /** wall − now at the previous reading. */
  let lastGap = 0;
  /** suspendAware − mono when suspends were last accounted for. */
  let bootLead = suspendAware ? suspendAware() - anchorMono : 0;
  let last = anchorWall;

  const read = (resumed: boolean): number => {
    const mono = monoNow();
    const wall = wallNow();
    let t = anchorWall + (mono - anchorMono);
    const growth = wall - t - lastGap;
    let advance = 0;
    if (resumed || growth > threshold) {
      if (suspendAware) {
        const lead = suspendAware() - mono;
        const suspended = lead - bootLead;
        if (suspended > SUSPEND_NOISE_MS) {
          advance = suspended;
          bootLead = lead;
        }
      } else if (growth > 0) {
        advance = growth;
      }
    }
    if (advance > 0) {
      // Re-anchor forward: the time slept is added once and stays added.
      anchorWall += advance;
      t += advance;
    }
    lastGap = wall - t;
    // mono never runs back, so this only guards a misbehaving injected clock.
    if (t < last) t = last;
    last = t;
    if (advance > 0) for (const l of [...listeners]) l(advance);
    // Whole milliseconds: instants are stored as INTEGER, and a fraction would mean nothing on a screen.
    return Math.floor(t);
  };

  return {
    now: () => read(false),
    onResume: () => void read(true),
    onAdvance(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
