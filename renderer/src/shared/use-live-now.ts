import { useEffect, useState } from 'react';

/**
 * The service-clock instant a screen paints for. It changes only when something shown changes:
 * when `resetKey` (the snapshot) changes, and at `nextChangeAt(now)`, scheduled with one
 * setTimeout. No animation-frame loop and no polling while nothing moves.
 */
export function useLiveNow(clock: () => number, nextChangeAt: (now: number) => number | null, resetKey: unknown): number {
  const [now, setNow] = useState(clock);

  useEffect(() => {
    setNow(clock());
  }, [resetKey, clock]);

  useEffect(() => {
    const next = nextChangeAt(now);
    if (next === null) return undefined;
    let handle: ReturnType<typeof setTimeout>;
    // Browsers run a timer after the delay cut to whole milliseconds, and the service clock can
    // be stepped by clock sync while it waits: woken before the boundary, a repaint would show
    // the old second again and cost a second render. Arm for the delay rounded up, and when woken
    // early anyway, arm again for what is left instead of repainting.
    const wake = (): void => {
      const at = clock();
      if (at < next) {
        handle = setTimeout(wake, Math.ceil(next - at));
        return;
      }
      setNow(at);
    };
    handle = setTimeout(wake, Math.max(0, Math.ceil(next - clock())));
    return () => clearTimeout(handle);
  }, [now, nextChangeAt, clock]);

  return now;
}
