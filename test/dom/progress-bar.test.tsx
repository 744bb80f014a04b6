import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ProgressBar } from '../../renderer/src/projector/ProgressBar';
import { barTransition } from '../../renderer/src/projector/bar-transition';
import type { ProgressSpec } from '../../renderer/src/projector/projector-model';

afterEach(cleanup);

const MIN = 60_000;

describe('barTransition: one step per second, on the digits’ second boundaries', () => {
  it('a fresh 8-minute item: 480 steps from full, no delay', () => {
    expect(barTransition(1, 8 * MIN)).toEqual({ from: 1, transition: 'transform 480000ms steps(480, end) 0ms' });
  });

  it('mid-second: starts from the share the digits show (whole seconds up) and steps when they change', () => {
    // 7:59.3 left of 8:00: the digits show 8:00 (480 s) until 300 ms from now.
    const remaining = 7 * MIN + 59_300;
    const t = barTransition(remaining / (8 * MIN), remaining);
    expect(t.from).toBeCloseTo(1, 12);
    expect(t.transition).toBe('transform 480000ms steps(480, end) -700ms');
    // With steps(n, end) the k-th jump is at k s after the (virtual) start, i.e. 300 ms from now,
    // then every second, the last one at the deadline.
  });

  it('the last second of a 10-minute item, and an item with less than a step left', () => {
    expect(barTransition(1000 / (10 * MIN), 1000)).toEqual({ from: 1000 / (10 * MIN), transition: 'transform 1000ms steps(1, end) 0ms' });
    const t = barTransition(0.25 / 600, 250);
    expect(t.from).toBeCloseTo(1 / 600, 12);
    expect(t.transition).toBe('transform 1000ms steps(1, end) -750ms');
  });

  it('never starts above full', () => {
    expect(barTransition(1, 8 * MIN - 0.4).from).toBe(1);
  });
});

function bar(spec: ProgressSpec) {
  const view = render(<ProgressBar spec={spec} />);
  const fill = view.container.querySelector<HTMLElement>('.pj-bar-fill')!;
  return { view, fill };
}

describe('ProgressBar', () => {
  it('running: one stepped transition to empty, set once', () => {
    const spec: ProgressSpec = { key: 'a:running', fraction: 0.5, durationMs: 4 * MIN, running: true };
    const { view, fill } = bar(spec);
    expect(fill.style.transition).toBe('transform 240000ms steps(240, end) 0ms');
    expect(fill.style.transform).toBe('scaleX(0)');
    // The per-second repaints pass a new spec with the same key: the transition is not restarted.
    fill.style.transition = 'marker';
    view.rerender(<ProgressBar spec={{ ...spec, fraction: 0.49, durationMs: 4 * MIN - 2400 }} />);
    expect(fill.style.transition).toBe('marker');
    // A new state restarts it.
    view.rerender(<ProgressBar spec={{ key: 'a:extended', fraction: 0.8, durationMs: 8 * MIN, running: true }} />);
    expect(fill.style.transition).toBe('transform 480000ms steps(480, end) 0ms');
  });

  it('paused: stands still at the share left', () => {
    const { fill } = bar({ key: 'a:paused', fraction: 0.3, durationMs: 0, running: false });
    expect(fill.style.transition).toBe('none');
    expect(fill.style.transform).toBe('scaleX(0.3)');
  });
});
