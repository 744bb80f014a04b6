import { describe, expect, it } from 'vitest';
import { MIN, SEC, T0, meeting, policy, started, Session } from './engine-fixtures';

const S = T0 + 10 * SEC;

describe('items in order', () => {
  it('start-item takes the next pending item; next finishes it and starts the following one', () => {
    const s = started();
    s.ok({ type: 'start-item' }, S);
    expect(s.state.currentId).toBe('a');
    s.ok({ type: 'next' }, S + 6 * MIN);
    expect(s.item('a')).toMatchObject({ status: 'done', elapsedBeforeMs: 6 * MIN, endedAt: S + 6 * MIN, deadline: null });
    expect(s.item('b')).toMatchObject({ status: 'running', startedAt: S + 6 * MIN });
    expect(s.show(S + 6 * MIN).current).toMatchObject({ id: 'b', index: 1, text: '8:00' });
  });

  it('start-item can choose any pending item, and refuses while another is in progress', () => {
    const s = started();
    s.ok({ type: 'start-item', index: 2 }, S);
    expect(s.state.currentId).toBe('c');
    expect(s.item('c').deadline).toBe(S + 20 * MIN);
    expect(s.no({ type: 'start-item', index: 0 }, S + SEC)).toEqual({
      code: 'item-in-progress',
      params: { title: '主题报告' },
    });
    s.ok({ type: 'finish-item' }, S + MIN);
    expect(s.no({ type: 'start-item', index: 2 }, S + MIN).code).toBe('item-not-pending');
    expect(s.no({ type: 'start-item', index: 9 }, S + MIN)).toEqual({ code: 'no-such-item', params: { index: 9, count: 4 } });
    s.ok({ type: 'start-item' }, S + MIN);
    expect(s.state.currentId).toBe('a');
  });

  it('next on the last item only finishes it; then there is no next item', () => {
    const s = started(meeting({ agenda: [{ kind: 'other', title: '表决', minutes: 3 }] }));
    s.ok({ type: 'next' }, S);
    expect(s.state.currentId).toBe('item-1');
    s.ok({ type: 'next' }, S + MIN);
    expect(s.state.currentId).toBeNull();
    expect(s.item('item-1').status).toBe('done');
    expect(s.no({ type: 'next' }, S + 2 * MIN).code).toBe('no-next-item');
    expect(s.no({ type: 'start-item' }, S + 2 * MIN).code).toBe('no-next-item');
    expect(s.no({ type: 'finish-item' }, S + 2 * MIN).code).toBe('no-current-item');
  });

  it('gives speeches and reports the speech limit and other kinds their planned minutes', () => {
    const s = new Session(
      meeting({
        agenda: [
          { kind: 'speech', minutes: 5 },
          { kind: 'report', minutes: 12 },
          { kind: 'keynote', minutes: 25 },
          { kind: 'remarks', minutes: 15 },
          { kind: 'other', minutes: 2 },
        ],
      }),
    );
    expect(s.state.items.map((i) => i.limitMs / MIN)).toEqual([8, 8, 25, 15, 2]);
    const exempt = new Session(meeting({ kind: 'plenary', agenda: [{ kind: 'speech', minutes: 15 }, { kind: 'report', minutes: 5 }] }));
    expect(exempt.state.items.map((i) => i.limitMs / MIN)).toEqual([15, 8]);
  });
});

describe('pause and resume', () => {
  it('a paused item keeps its elapsed time and gets a new deadline on resume', () => {
    const s = started();
    s.ok({ type: 'start-item' }, S);
    s.ok({ type: 'pause-item' }, S + 3 * MIN);
    expect(s.item('a')).toMatchObject({ status: 'paused', elapsedBeforeMs: 3 * MIN, runningSince: null, deadline: null, pausedAt: S + 3 * MIN });
    expect(s.show(S + 10 * MIN).current).toMatchObject({ phase: 'paused', text: '5:00' });
    expect(s.no({ type: 'pause-item' }, S + 4 * MIN).code).toBe('item-not-running');
    s.ok({ type: 'resume-item' }, S + 10 * MIN);
    expect(s.item('a')).toMatchObject({ status: 'running', runningSince: S + 10 * MIN, deadline: S + 15 * MIN, warningAt: S + 14 * MIN });
    expect(s.no({ type: 'resume-item' }, S + 11 * MIN).code).toBe('item-not-paused');
    expect(s.show(S + 15 * MIN).current!.phase).toBe('overtime');
  });

  it('does not log a warning twice when paused and resumed inside the warning phase', () => {
    const s = started();
    s.ok({ type: 'start-item' }, S);
    s.ok({ type: 'pause-item' }, S + 7 * MIN + 30 * SEC);
    s.ok({ type: 'resume-item' }, S + 9 * MIN);
    s.tick(S + 20 * MIN);
    expect(s.log.filter((e) => e.type !== 'command').map((e) => [e.type, e.at - S])).toEqual([
      ['item-warning', 7 * MIN],
      ['item-time-up', 9 * MIN + 30 * SEC],
    ]);
  });

  it('a recess pauses the meeting clock and the running item, and resuming the meeting resumes both', () => {
    const s = started();
    s.ok({ type: 'start-item' }, S);
    s.ok({ type: 'pause-meeting' }, S + 2 * MIN);
    expect(s.state.meeting).toMatchObject({ status: 'recess', recessSince: S + 2 * MIN, deadline: null });
    expect(s.item('a')).toMatchObject({ status: 'paused', pausedByRecess: true });
    expect(s.show(S + 30 * MIN).meeting).toMatchObject({ phase: 'recess', nextChangeAt: null });
    expect(s.no({ type: 'start-item' }, S + 3 * MIN).code).toBe('meeting-in-recess');
    expect(s.no({ type: 'next' }, S + 3 * MIN).code).toBe('meeting-in-recess');
    expect(s.no({ type: 'resume-item' }, S + 3 * MIN).code).toBe('meeting-in-recess');
    expect(s.no({ type: 'pause-meeting' }, S + 3 * MIN).code).toBe('meeting-in-recess');
    s.ok({ type: 'resume-meeting' }, S + 12 * MIN);
    expect(s.no({ type: 'resume-meeting' }, S + 13 * MIN).code).toBe('meeting-not-in-recess');
    expect(s.item('a')).toMatchObject({ status: 'running', deadline: S + 18 * MIN });
    expect(s.state.meeting).toMatchObject({ recessBeforeMs: 10 * MIN, recesses: [{ from: S + 2 * MIN, to: S + 12 * MIN }] });
  });

  it('an item the chair paused stays paused when the meeting resumes', () => {
    const s = started();
    s.ok({ type: 'start-item' }, S);
    s.ok({ type: 'pause-item' }, S + MIN);
    s.ok({ type: 'pause-meeting' }, S + 2 * MIN);
    s.ok({ type: 'resume-meeting' }, S + 3 * MIN);
    expect(s.item('a').status).toBe('paused');
  });
});

describe('skip, reorder, unplanned speakers', () => {
  it('skips a pending item (before or during the meeting) and next passes it by', () => {
    const s = new Session();
    s.ok({ type: 'skip-item', index: 1 }, T0 - MIN);
    s.ok({ type: 'start-meeting' }, T0);
    s.ok({ type: 'start-item' }, S);
    s.ok({ type: 'next' }, S + MIN);
    expect(s.state.currentId).toBe('c');
    expect(s.item('b')).toMatchObject({ status: 'skipped', endedAt: T0 - MIN });
    expect(s.show(S + MIN).items[1]!.phase).toBe('skipped');
    expect(s.no({ type: 'skip-item', index: 2 }, S + MIN).code).toBe('item-not-pending');
    expect(s.no({ type: 'skip-item', index: 0 }, S + MIN).code).toBe('item-not-pending');
  });

  it('reorders pending items only', () => {
    const s = started();
    s.ok({ type: 'reorder', from: 3, to: 1 }, T0);
    expect(s.state.items.map((i) => i.id)).toEqual(['a', 'd', 'b', 'c']);
    s.ok({ type: 'start-item' }, S);
    expect(s.no({ type: 'reorder', from: 0, to: 2 }, S).code).toBe('item-not-pending');
    expect(s.no({ type: 'reorder', from: 2, to: 0 }, S)).toMatchObject({ code: 'item-not-pending', params: { index: 0 } });
    expect(s.no({ type: 'reorder', from: 2, to: 7 }, S).code).toBe('no-such-item');
    s.ok({ type: 'next' }, S + MIN);
    expect(s.state.currentId).toBe('d');
  });

  it('adds an unplanned speaker with the speech limit, at the end or at a position', () => {
    const s = started();
    s.ok({ type: 'start-item' }, S);
    s.ok({ type: 'add-speaker', name: '  钱七 ', unit: '县农业农村局' }, S + MIN);
    s.ok({ type: 'add-speaker', name: '孙八', kind: 'report', title: '补充汇报', at: 1 }, S + MIN);
    expect(s.state.items.map((i) => i.id)).toEqual(['a', 'extra-2', 'b', 'c', 'd', 'extra-1']);
    expect(s.item('extra-1')).toMatchObject({
      unplanned: true,
      agendaIndex: null,
      kind: 'speech',
      speaker: '钱七',
      unit: '县农业农村局',
      limitMs: 8 * MIN,
      declaredExtensionMs: 0,
    });
    expect(s.no({ type: 'add-speaker', name: '周九', at: 7 }, S + MIN).code).toBe('no-such-item');
    s.ok({ type: 'declare-extension', index: 1, minutes: 2 }, S + MIN);
    s.ok({ type: 'next' }, S + 2 * MIN);
    expect(s.state.currentId).toBe('extra-2');
    s.ok({ type: 'grant-extension' }, S + 3 * MIN);
    expect(s.item('extra-2').deadline).toBe(S + 12 * MIN);
  });

  it('keeps ids unique when the agenda repeats one', () => {
    const s = new Session(meeting({ agenda: [{ id: 'x', kind: 'speech', minutes: 8 }, { id: 'x', kind: 'speech', minutes: 8 }, { id: 'extra-1', kind: 'other', minutes: 1 }] }));
    s.ok({ type: 'add-speaker', name: '甲' }, T0);
    expect(s.state.items.map((i) => i.id)).toEqual(['x', 'x~2', 'extra-1', 'extra-1~2']);
  });
});

describe('meeting start and end', () => {
  it('refuses item commands before the start and everything but blackout and undo after the end', () => {
    const s = new Session();
    for (const c of [{ type: 'start-item' }, { type: 'next' }, { type: 'pause-meeting' }, { type: 'end-meeting' }, { type: 'pause-item' }] as const) {
      expect(s.no(c, T0).code).toBe('meeting-not-started');
    }
    s.ok({ type: 'start-meeting' }, T0);
    expect(s.no({ type: 'start-meeting' }, T0 + SEC).code).toBe('meeting-already-started');
    s.ok({ type: 'start-item' }, S);
    s.ok({ type: 'end-meeting' }, S + 5 * MIN);
    expect(s.item('a')).toMatchObject({ status: 'done', elapsedBeforeMs: 5 * MIN });
    expect(s.state).toMatchObject({ currentId: null, meeting: { status: 'ended', endedAt: S + 5 * MIN } });
    for (const c of [
      { type: 'start-meeting' },
      { type: 'start-item' },
      { type: 'message', preset: 'hurry' },
      { type: 'add-speaker', name: '甲' },
      { type: 'skip-item', index: 1 },
      { type: 'declare-extension', index: 1, minutes: 1 },
      { type: 'end-meeting' },
    ] as const) {
      expect(s.no(c, S + 6 * MIN).code).toBe('meeting-ended');
    }
    s.ok({ type: 'blackout', on: true }, S + 6 * MIN);
    expect(s.state.blackout).toBe(true);
    expect(s.show(S + 60 * MIN).meeting).toMatchObject({ phase: 'ended', nextChangeAt: null });
  });

  it('ending during a recess closes the recess', () => {
    const s = started();
    s.ok({ type: 'pause-meeting' }, T0 + 10 * MIN);
    s.ok({ type: 'end-meeting' }, T0 + 15 * MIN);
    expect(s.state.meeting).toMatchObject({ recessBeforeMs: 5 * MIN, recesses: [{ from: T0 + 10 * MIN, to: T0 + 15 * MIN }] });
    expect(s.show(T0 + 20 * MIN).meeting.elapsedSeconds).toBe(600);
  });
});

describe('chair messages and blackout', () => {
  it('shows a preset or free text until cleared or the next speaker starts', () => {
    const s = started();
    s.ok({ type: 'start-item' }, S);
    s.ok({ type: 'message', preset: 'hurry' }, S + 7 * MIN);
    expect(s.show(S + 7 * MIN).message).toEqual({ text: '请抓紧时间', preset: 'hurry', at: S + 7 * MIN });
    s.ok({ type: 'message', preset: 'wrap-up' }, S + 8 * MIN);
    expect(s.state.message!.text).toBe('请结束发言');
    s.ok({ type: 'message', text: ' 请注意会场纪律 ' }, S + 8 * MIN);
    expect(s.state.message).toEqual({ text: '请注意会场纪律', preset: null, at: S + 8 * MIN });
    s.ok({ type: 'clear-message' }, S + 8 * MIN);
    expect(s.state.message).toBeNull();
    s.ok({ type: 'message', preset: 'hurry' }, S + 9 * MIN);
    s.ok({ type: 'next' }, S + 9 * MIN);
    expect(s.state.message).toBeNull();
  });

  it('refuses a message with both or neither of text and preset, and an empty text', () => {
    const s = started();
    expect(s.no({ type: 'message' }, T0).code).toBe('invalid-command');
    expect(s.no({ type: 'message', text: 'x', preset: 'hurry' }, T0).code).toBe('invalid-command');
    expect(s.no({ type: 'message', text: '   ' }, T0)).toMatchObject({ code: 'invalid-command', params: { path: 'text' } });
  });

  it('switches the projector blackout on and off', () => {
    const s = started();
    s.ok({ type: 'blackout', on: true }, T0);
    expect(s.show(T0).blackout).toBe(true);
    s.ok({ type: 'blackout', on: false }, T0 + SEC);
    expect(s.show(T0 + SEC).blackout).toBe(false);
  });
});

describe('input the engine does not understand', () => {
  it('becomes a refusal naming the field, never an exception', () => {
    const s = started();
    expect(s.no({ type: 'launch-rockets' }, T0)).toMatchObject({ code: 'invalid-command', params: { path: 'type' } });
    expect(s.no({ type: 'skip-item', index: -1 }, T0)).toMatchObject({ code: 'invalid-command', params: { path: 'index' } });
    expect(s.no({ type: 'skip-item', index: 1, extra: true }, T0).code).toBe('invalid-command');
    expect(s.no(null, T0).code).toBe('invalid-command');
    expect(s.no({ type: 'next' }, Number.NaN)).toMatchObject({ code: 'invalid-command', params: { path: 'now' } });
  });

  it('treats a now earlier than the last event as that event’s instant', () => {
    const s = started(meeting(), policy());
    s.ok({ type: 'start-item' }, S);
    const [ev] = s.ok({ type: 'pause-item' }, S - 5 * SEC);
    expect(ev!.at).toBe(S);
    expect(s.item('a').elapsedBeforeMs).toBe(0);
  });
});
