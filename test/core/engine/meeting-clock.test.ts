import { describe, expect, it } from 'vitest';
import { meetingClock, nextTransitionAt } from '../../../electron/core/engine';
import { MIN, SEC, T0, meeting, policy, started, Session } from './engine-fixtures';

const H = 60 * MIN;

describe('the meeting clock of a non-exempt meeting (2-hour cap)', () => {
  it('shows the full cap before the start and counts down from the start', () => {
    const s = new Session();
    expect(s.show(T0 - MIN).meeting).toMatchObject({ phase: 'not-started', text: '2:00:00', nextChangeAt: null });
    s.ok({ type: 'start-meeting' }, T0);
    expect(s.state.meeting).toMatchObject({ startedAt: T0, deadline: T0 + 2 * H, stageAt: [T0 + 105 * MIN, T0 + 115 * MIN] });
    expect(s.show(T0).meeting).toMatchObject({ phase: 'running', text: '2:00:00', nextChangeAt: T0 + SEC });
    expect(s.show(T0 + SEC).meeting.text).toBe('1:59:59');
  });

  it('passes warning-1 at 15 minutes left, warning-2 at 5, then over-cap, each logged at its instant', () => {
    const s = started();
    const phase = (t: number) => s.show(T0 + t).meeting.phase;
    expect(phase(105 * MIN - 1)).toBe('running');
    expect(phase(105 * MIN)).toBe('warning-1');
    expect(s.show(T0 + 105 * MIN).meeting.text).toBe('15:00');
    expect(phase(115 * MIN - 1)).toBe('warning-1');
    expect(phase(115 * MIN)).toBe('warning-2');
    expect(phase(2 * H - 1)).toBe('warning-2');
    expect(s.show(T0 + 2 * H).meeting).toMatchObject({ phase: 'over-cap', text: '+0:00', overCap: true });
    expect(s.show(T0 + 2 * H + 61 * SEC).meeting).toMatchObject({ text: '+1:01', overtimeSeconds: 61 });

    expect(nextTransitionAt(s.state)).toBe(T0 + 105 * MIN);
    expect(s.tick(T0 + 110 * MIN)).toEqual([{ seq: 2, at: T0 + 105 * MIN, type: 'meeting-warning', stage: 1, minutesLeft: 15 }]);
    expect(nextTransitionAt(s.state)).toBe(T0 + 115 * MIN);
    expect(s.tick(T0 + 3 * H).map((e) => [e.type, e.at - T0])).toEqual([
      ['meeting-warning', 115 * MIN],
      ['meeting-over-cap', 2 * H],
    ]);
    expect(nextTransitionAt(s.state)).toBeNull();
  });

  it('does not count recesses: the deadline moves by the length of the recess', () => {
    const s = started();
    s.ok({ type: 'pause-meeting' }, T0 + 30 * MIN);
    expect(nextTransitionAt(s.state)).toBeNull();
    expect(s.show(T0 + 50 * MIN).meeting).toMatchObject({ phase: 'recess', text: '1:30:00', elapsedSeconds: 30 * 60 });
    s.ok({ type: 'resume-meeting' }, T0 + 50 * MIN);
    expect(s.state.meeting.deadline).toBe(T0 + 2 * H + 20 * MIN);
    expect(nextTransitionAt(s.state)).toBe(T0 + 125 * MIN);
    expect(s.show(T0 + 125 * MIN).meeting.phase).toBe('warning-1');
  });

  it('follows policy stages and caps', () => {
    const s = started(meeting(), policy({ meetingCapMinutes: 60, meetingWarningMinutes: [5, 10, 1] }));
    expect(s.state.meeting.stagesMs).toEqual([10 * MIN, 5 * MIN, MIN]);
    expect(s.show(T0 + 59 * MIN).meeting.phase).toBe('warning-3');
    expect(s.tick(T0 + 61 * MIN).map((e) => (e.type === 'meeting-warning' ? e.minutesLeft : e.type))).toEqual([10, 5, 1, 'meeting-over-cap']);
  });

  it('hides the meeting clock phases from the repaint schedule once ended', () => {
    const s = started();
    s.ok({ type: 'end-meeting' }, T0 + 100 * MIN);
    expect(meetingClock(s.state.meeting, T0 + 200 * MIN)).toMatchObject({ phase: 'ended', text: '20:00', nextChangeAt: null });
    expect(nextTransitionAt(s.state)).toBeNull();
  });
});

describe('an exempt meeting (plenary)', () => {
  it('has no cap: the clock counts up and has no stages', () => {
    const s = started(meeting({ kind: 'plenary' }));
    expect(s.state.meeting).toMatchObject({ exempt: true, capMs: null, deadline: null });
    expect(s.show(T0 + 3 * H + 1500).meeting).toMatchObject({
      phase: 'uncapped',
      text: '3:00:01',
      overCap: false,
      nextChangeAt: T0 + 3 * H + 2 * SEC,
    });
    expect(nextTransitionAt(s.state)).toBeNull();
    expect(s.tick(T0 + 5 * H)).toEqual([]);
  });
});

describe('nextTransitionAt', () => {
  it('is the earliest of the item and meeting transitions, and now when one is overdue', () => {
    const s = started(meeting(), policy({ meetingCapMinutes: 10 }));
    s.ok({ type: 'start-item' }, T0);
    // Stages at 15 and 5 min left of a 10-min cap: the first is due at the start, logged right after it.
    expect(s.log.map((e) => [e.type, e.at])).toEqual([
      ['command', T0],
      ['meeting-warning', T0],
      ['command', T0],
    ]);
    expect(nextTransitionAt(s.state)).toBe(T0 + 5 * MIN);
    s.tick(T0 + 5 * MIN);
    expect(nextTransitionAt(s.state)).toBe(T0 + 7 * MIN);
    expect(nextTransitionAt(s.state, T0 + 9 * MIN)).toBe(T0 + 9 * MIN);
    expect(nextTransitionAt(s.state, T0 + 6 * MIN)).toBe(T0 + 7 * MIN);
  });
});
