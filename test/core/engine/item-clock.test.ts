import { describe, expect, it } from 'vitest';
import { formatClock, itemClock, nextTransitionAt } from '../../../electron/core/engine';
import { MIN, SEC, T0, started } from './engine-fixtures';

// Speaker a (a speech) starts at S; the policy gives 8:00 with a 60 s warning.
const S = T0 + 30 * SEC;

function speaking() {
  const s = started();
  s.ok({ type: 'start-item' }, S);
  return s;
}

describe('a speech clock', () => {
  it('shows 8:00 exactly at the start and through the whole first second (ceil)', () => {
    const s = speaking();
    const at = (ms: number) => s.show(S + ms).current!;
    expect(at(0)).toMatchObject({ phase: 'running', text: '8:00', remainingSeconds: 480, overtimeSeconds: 0 });
    expect(at(1).text).toBe('8:00');
    expect(at(999).text).toBe('8:00');
    expect(at(1000)).toMatchObject({ text: '7:59', remainingSeconds: 479, elapsedSeconds: 1 });
  });

  it('carries instants, not remaining seconds', () => {
    const a = speaking().item('a');
    expect(a).toMatchObject({
      status: 'running',
      runningSince: S,
      startedAt: S,
      elapsedBeforeMs: 0,
      deadline: S + 8 * MIN,
      warningAt: S + 7 * MIN,
      extendedAt: null,
    });
  });

  it('enters the warning phase at 7:00 elapsed, is up at 8:00 and counts overtime up', () => {
    const s = speaking();
    const at = (ms: number) => s.show(S + ms).current!;
    // With ceil, '1:00' first shows at the very instant the warning phase begins.
    expect(at(7 * MIN - 1)).toMatchObject({ phase: 'running', text: '1:01' });
    expect(at(7 * MIN)).toMatchObject({ phase: 'warning', text: '1:00', remainingSeconds: 60 });
    expect(at(8 * MIN - 1)).toMatchObject({ phase: 'warning', text: '0:01' });
    expect(at(8 * MIN)).toMatchObject({ phase: 'overtime', text: '+0:00', remainingSeconds: 0, overtimeSeconds: 0, overtime: true });
    expect(at(8 * MIN + 999).text).toBe('+0:00');
    expect(at(9 * MIN)).toMatchObject({ phase: 'overtime', text: '+1:00', overtimeSeconds: 60 });
    expect(at(8 * MIN + SEC).text).toBe('+0:01');
  });

  it('logs warning and time-up at their exact due instants, whenever the tick comes', () => {
    const s = speaking();
    expect(nextTransitionAt(s.state)).toBe(S + 7 * MIN);
    expect(s.tick(S + 7 * MIN - 1)).toEqual([]);
    // A late tick (the laptop was busy) still records the true instants, in order.
    const events = s.tick(S + 8 * MIN + 2345);
    expect(events.map((e) => [e.type, e.at - S])).toEqual([
      ['item-warning', 7 * MIN],
      ['item-time-up', 8 * MIN],
    ]);
    expect(s.item('a').timeUpAt).toBe(S + 8 * MIN);
    expect(s.tick(S + 20 * MIN)).toEqual([]);
  });

  it('tells a screen when to repaint: the next second boundary or phase change', () => {
    const s = speaking();
    expect(s.show(S).current!.nextChangeAt).toBe(S + SEC);
    expect(s.show(S + 1).current!.nextChangeAt).toBe(S + SEC);
    expect(s.show(S + 1500).current!.nextChangeAt).toBe(S + 2 * SEC);
    expect(s.show(S + 8 * MIN).current!.nextChangeAt).toBe(S + 8 * MIN + SEC);
    expect(s.show(S + 8 * MIN + 1).current!.nextChangeAt).toBe(S + 8 * MIN + SEC);
    // Whatever the sampling instant, the text is constant until nextChangeAt and differs there.
    for (const t of [0, 1, 999, 1000, 59_999, 7 * MIN - 1, 7 * MIN, 8 * MIN - 1, 8 * MIN, 8 * MIN + 1, 9 * MIN + 123]) {
      const face = s.show(S + t).current!;
      const next = face.nextChangeAt!;
      expect(s.show(next - 1).current!.text).toBe(face.text);
      expect(s.show(next).current!.text).not.toBe(face.text);
    }
  });

  it('shows pending, paused and finished items frozen', () => {
    const s = speaking();
    expect(s.show(S).items[1]).toMatchObject({ id: 'b', phase: 'ready', text: '8:00', nextChangeAt: null });
    s.ok({ type: 'pause-item' }, S + 90 * SEC + 300);
    const paused = s.show(S + 5 * MIN).current!;
    expect(paused).toMatchObject({ phase: 'paused', text: '6:30', nextChangeAt: null });
    s.ok({ type: 'finish-item' }, S + 6 * MIN);
    expect(s.show(S + 7 * MIN).items[0]).toMatchObject({ phase: 'done', text: '6:30' });
    expect(s.show(S + 7 * MIN).current).toBeNull();
  });
});

describe('formatClock', () => {
  it('writes m:ss below an hour and h:mm:ss from an hour', () => {
    expect(formatClock(480)).toBe('8:00');
    expect(formatClock(5)).toBe('0:05');
    expect(formatClock(3599)).toBe('59:59');
    expect(formatClock(7200)).toBe('2:00:00');
    expect(formatClock(7199)).toBe('1:59:59');
  });
});

describe('itemClock on its own', () => {
  it('is what display() uses for every item', () => {
    const s = speaking();
    const item = s.item('a');
    expect(itemClock(item, S + 61 * SEC)).toEqual({ ...s.show(S + 61 * SEC).current!, index: undefined });
  });
});
