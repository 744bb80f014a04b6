import { useLayoutEffect, useRef } from 'react';
import type { ProgressSpec } from './projector-model';

/**
 * Time left as a bar. The script sets it once per state change (a new item, pause, resume, an
 * extension): the start width and a linear CSS transition of `durationMs` to empty. The
 * compositor runs it from there; nothing redraws it from script every frame.
 */
export function ProgressBar({ spec }: { spec: ProgressSpec }) {
  const fill = useRef<HTMLDivElement>(null);
  // Only the key restarts the transition; the per-second repaints of the parent leave it alone.
  const { key, fraction, durationMs, running } = spec;
  useLayoutEffect(() => {
    const el = fill.current;
    if (!el) return;
    el.style.transition = 'none';
    el.style.transform = `scaleX(${fraction})`;
    if (!running || durationMs <= 0) return;
    // Commit the start position before the transition starts, or the browser would merge both.
    void el.getBoundingClientRect();
    el.style.transition = `transform ${Math.round(durationMs)}ms linear`;
    el.style.transform = 'scaleX(0)';
  }, [key]);
  return (
    <div className="pj-bar" aria-hidden="true">
      <div className="pj-bar-fill" ref={fill} data-key={key} />
    </div>
  );
}
