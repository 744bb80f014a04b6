import { useLayoutEffect, useRef } from 'react';
import { barTransition } from './bar-transition';
import type { ProgressSpec } from './projector-model';

/**
 * Time left as a bar. The script sets it once per state change (a new item, pause, resume, an
 * extension, a phase): the start width and one CSS transition to empty at the deadline, stepped
 * once a second with the digits (bar-transition.ts). The compositor runs it from there; nothing
 * redraws it from script.
 */
export function ProgressBar({ spec }: { spec: ProgressSpec }) {
  const fill = useRef<HTMLDivElement>(null);
  // Only the key restarts the transition; the per-second repaints of the parent leave it alone.
  const { key, fraction, durationMs, running } = spec;
  useLayoutEffect(() => {
    const el = fill.current;
    if (!el) return;
    el.style.transition = 'none';
    if (!running || durationMs <= 0) {
      el.style.transform = `scaleX(${fraction})`;
      return;
    }
    const { from, transition } = barTransition(fraction, durationMs);
    el.style.transform = `scaleX(${from})`;
    // Commit the start position before the transition starts, or the browser would merge both.
    void el.getBoundingClientRect();
    el.style.transition = transition;
    el.style.transform = 'scaleX(0)';
  }, [key]);
  return (
    <div className="pj-bar" aria-hidden="true">
      <div className="pj-bar-fill" ref={fill} data-key={key} />
    </div>
  );
}
