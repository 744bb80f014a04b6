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
    const handle = setTimeout(() => setNow(clock()), Math.max(0, next - clock()));
    return () => clearTimeout(handle);
  }, [now, nextChangeAt, clock]);

  return now;
}
