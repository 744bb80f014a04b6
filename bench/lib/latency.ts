/**
 * Command latency: a command leaves (HTTP request from this process, or a key pressed in the
 * console page) → the projector's DOM shows its result (MutationObserver stamp).
 */
import type { ShownState } from './page-probe';

export interface SentCommand {
  /** Send instant on the projector page's true clock. */
  t: number;
  /** What the projector shows once it took effect. */
  expect: (s: ShownState) => boolean;
}

/** For each command, the first shown state after it was sent that matches; NaN when none did. */
export function matchLatencies(sent: readonly SentCommand[], shown: readonly ShownState[]): number[] {
  return sent.map((cmd, i) => {
    const until = sent[i + 1]?.t ?? Infinity;
    const hit = shown.find((s) => s.t >= cmd.t && s.t < until && cmd.expect(s));
    return hit ? hit.t - cmd.t : Number.NaN;
  });
}

/** A random gap in [lo, hi] ms. */
export const randomGap = (lo: number, hi: number): number => lo + Math.random() * (hi - lo);
