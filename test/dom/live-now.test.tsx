import { act, cleanup, render } from '@testing-library/react';
import { useCallback } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { display, snapshot, type SessionSnapshot } from '../../electron/core/engine';
import { useLiveNow } from '../../renderer/src/shared/use-live-now';
import { MIN, T0, runningA } from './fixtures';

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function Clock({ engine, clock, paints }: { engine: SessionSnapshot; clock: () => number; paints: string[] }) {
  const next = useCallback((at: number) => display(engine, at).nextChangeAt, [engine]);
  const now = useLiveNow(clock, next, engine);
  const text = display(engine, now).current?.text ?? '';
  paints.push(text);
  return <span>{text}</span>;
}

describe('repaints', () => {
  it('one timer at the next second boundary: no frame loop, no polling', () => {
    let t = T0 + MIN + 300; // item a started at T0 + 1 min: 8:00 shown, next change in 700 ms
    const clock = () => t;
    const paints: string[] = [];
    const engine = snapshot(runningA());
    const view = render(<Clock engine={engine} clock={clock} paints={paints} />);
    expect(view.container.textContent).toBe('8:00');
    expect(vi.getTimerCount()).toBe(1);
    const painted = paints.length;

    t += 699;
    act(() => vi.advanceTimersByTime(699));
    expect(paints.length).toBe(painted); // nothing painted before the boundary
    t += 1;
    act(() => vi.advanceTimersByTime(1));
    expect(view.container.textContent).toBe('7:59');
    expect(vi.getTimerCount()).toBe(1);

    t += 1000;
    act(() => vi.advanceTimersByTime(1000));
    expect(view.container.textContent).toBe('7:58');
  });

  it('arms the delay rounded up: a fractional delay does not wake a hair before the boundary', () => {
    let t = T0 + MIN + 300.4; // 699.6 ms to the boundary
    const clock = () => t;
    const paints: string[] = [];
    const view = render(<Clock engine={snapshot(runningA())} clock={clock} paints={paints} />);
    const painted = paints.length;
    t += 699;
    act(() => vi.advanceTimersByTime(699));
    expect(paints.length).toBe(painted);
    t += 1; // past the boundary by 0.4 ms: the 700 ms timer fires now
    act(() => vi.advanceTimersByTime(1));
    expect(view.container.textContent).toBe('7:59');
    expect(paints.length).toBe(painted + 1);
  });

  it('woken early (the clock was stepped back meanwhile): arms again for the rest, no repaint of the old second', () => {
    let t = T0 + MIN + 300;
    const clock = () => t;
    const paints: string[] = [];
    const view = render(<Clock engine={snapshot(runningA())} clock={clock} paints={paints} />);
    const painted = paints.length;
    // The timer fires after its 700 ms, but clock sync moved the service clock 3.2 ms back.
    t += 700 - 3.2;
    act(() => vi.advanceTimersByTime(700));
    expect(paints.length).toBe(painted); // 8:00 is not painted a second time
    expect(vi.getTimerCount()).toBe(1); // armed for the 3.2 ms left, rounded up
    t += 3;
    act(() => vi.advanceTimersByTime(3));
    expect(paints.length).toBe(painted);
    t += 1;
    act(() => vi.advanceTimersByTime(1));
    expect(view.container.textContent).toBe('7:59');
    expect(paints.length).toBe(painted + 1);
    expect(paints.slice(painted)).toEqual(['7:59']);
  });

  it('a frozen clock (paused item, meeting not started) schedules nothing', () => {
    const clock = () => T0;
    const paints: string[] = [];
    const engine = snapshot(runningA());
    // Not started: a fresh session has no live clock.
    const idle = { ...engine, meeting: { ...engine.meeting, status: 'not-started' as const, startedAt: null, deadline: null, stageAt: [] }, currentId: null };
    render(<Clock engine={idle} clock={clock} paints={paints} />);
    expect(vi.getTimerCount()).toBe(0);
  });
});
