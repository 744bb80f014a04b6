import fs from 'node:fs';

/**
 * Linux's CLOCK_BOOTTIME (through /proc/uptime, 10 ms resolution), in ms: it keeps counting
 * while the machine is suspended, unlike CLOCK_MONOTONIC (performance.now). The two differ by
 * exactly the time spent suspended, which tells a real suspend from a wall clock that was set
 * forward. Null where it cannot be read (Windows, macOS, a sandbox without /proc).
 */
export function linuxBootClock(read: (file: string) => string = (f) => fs.readFileSync(f, 'utf8')): (() => number) | null {
  const sample = (): number | null => {
    try {
      const seconds = Number.parseFloat(read('/proc/uptime').split(' ')[0] ?? '');
      return Number.isFinite(seconds) ? seconds * 1000 : null;
    } catch {
      return null;
    }
  };
  if (sample() === null) return null;
  let last = 0;
  // Once it worked it keeps working; should a read fail later, repeat the last value so that
  // the failure reads as "no suspend" rather than as a jump.
  return () => {
    const v = sample();
    if (v !== null) last = v;
    return last;
  };
}
