/**
 * The progress bar's one CSS transition for a running item: it empties in one step per second of
 * the countdown, each step at the instant the digits change.
 *
 * A linear transition over the whole item makes the compositor draw a new frame at every vsync
 * for the whole speech (in software on a projector PC without a GPU: ~4 % of a core in Chromium's
 * renderer and as much again in its GPU process), although a 40-minute bar 1280 px wide moves one
 * pixel every ~2 s. With `steps()` the frames between two steps show nothing new, and the steps
 * fall on the frames that repaint the digits anyway.
 *
 * The digits show whole seconds rounded up (clock-display.ts), so the step sequence is anchored at
 * the deadline: a transition of `steps` whole seconds that started `steps × 1000 − remainingMs`
 * ago (a negative delay), from the share of time the digits show now.
 */
export interface BarTransition {
  /** scaleX to start from: the share the digits show now (whole seconds left / allowed). */
  from: number;
  /** The CSS `transition` value that takes the bar from `from` to scaleX(0) at the deadline. */
  transition: string;
}

export function barTransition(fraction: number, remainingMs: number): BarTransition {
  const steps = Math.max(1, Math.ceil(remainingMs / 1000));
  const spanMs = steps * 1000;
  const from = remainingMs > 0 ? Math.min(1, (fraction * spanMs) / remainingMs) : fraction;
  const delayMs = Math.round(remainingMs - spanMs);
  return { from, transition: `transform ${spanMs}ms steps(${steps}, end) ${delayMs === 0 ? 0 : delayMs}ms` };
}
