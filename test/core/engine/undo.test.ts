import { describe, expect, it } from 'vitest';
import { createSession, reduce, snapshot } from '../../../electron/core/engine';
import { MIN, SEC, T0, meeting, started, Session } from './engine-fixtures';

const S = T0 + 10 * SEC;

describe('undo', () => {
  it('reverts a mis-pressed next within 10 s: the speaker continues as if it never happened', () => {
    const s = started();
    s.ok({ type: 'start-item' }, S);
    s.ok({ type: 'next' }, S + 5 * MIN);
    expect(snapshot(s.state).undo).toEqual({ seq: 3, command: 'next', at: S + 5 * MIN, until: S + 5 * MIN + 10 * SEC });
    const [ev] = s.ok({ type: 'undo' }, S + 5 * MIN + 10 * SEC);
    expect(ev).toEqual({ seq: 4, at: S + 5 * MIN + 10 * SEC, type: 'command', command: { type: 'undo' }, undoes: 3 });
    expect(s.state.currentId).toBe('a');
    expect(s.item('a')).toMatchObject({ status: 'running', runningSince: S, deadline: S + 8 * MIN, endedAt: null });
    expect(s.item('b')).toMatchObject({ status: 'pending', startedAt: null, elapsedBeforeMs: 0 });
    expect(s.show(S + 5 * MIN + 10 * SEC).current!.text).toBe('2:50');
  });

  it('is refused after the window, and twice in a row', () => {
    const s = started();
    s.ok({ type: 'start-item' }, S);
    expect(s.no({ type: 'undo' }, S + 10 * SEC + 1)).toEqual({ code: 'undo-expired', params: { seconds: 10 } });
    s.ok({ type: 'pause-item' }, S + MIN);
    s.ok({ type: 'undo' }, S + MIN + SEC);
    expect(s.no({ type: 'undo' }, S + MIN + 2 * SEC).code).toBe('nothing-to-undo');
    expect(new Session().no({ type: 'undo' }, T0).code).toBe('nothing-to-undo');
  });

  it('ignores refused commands: undo still reverts the last accepted one', () => {
    const s = started();
    s.ok({ type: 'start-item' }, S);
    s.no({ type: 'start-item' }, S + SEC);
    s.ok({ type: 'undo' }, S + 2 * SEC);
    expect(s.state.currentId).toBeNull();
  });

  it('honours a custom window', () => {
    const s = new Session(meeting(), undefined, { plannedStart: T0, undoWindowMs: 3000 });
    s.ok({ type: 'start-meeting' }, T0);
    expect(s.no({ type: 'undo' }, T0 + 3001).code).toBe('undo-expired');
    expect(() => createSession(meeting(), s.policy, { plannedStart: T0, undoWindowMs: -1 })).toThrow(/undoWindowMs/);
    expect(() => createSession(meeting(), s.policy, { plannedStart: Number.NaN })).toThrow(/plannedStart/);
  });

  it('undoes an end, a recess, a start and a grant', () => {
    const s = started();
    s.ok({ type: 'start-item' }, S);
    s.ok({ type: 'grant-extension' }, S + MIN);
    s.ok({ type: 'undo' }, S + MIN + SEC);
    expect(s.item('a').grantedExtensionMs).toBe(0);
    s.ok({ type: 'grant-extension', minutes: 1 }, S + 2 * MIN);
    expect(s.item('a').grantedExtensionMs).toBe(MIN);
    s.ok({ type: 'pause-meeting' }, S + 3 * MIN);
    s.ok({ type: 'undo' }, S + 3 * MIN + 5 * SEC);
    expect(s.state.meeting).toMatchObject({ status: 'running', recesses: [], recessBeforeMs: 0 });
    s.ok({ type: 'end-meeting' }, S + 4 * MIN);
    s.ok({ type: 'undo' }, S + 4 * MIN + 9 * SEC);
    expect(s.state.meeting.status).toBe('running');
    expect(s.item('a').status).toBe('running');
  });

  it('keeps ids of undone speakers unused', () => {
    const s = started();
    s.ok({ type: 'add-speaker', name: '甲' }, S);
    s.ok({ type: 'undo' }, S + SEC);
    s.ok({ type: 'add-speaker', name: '乙' }, S + 2 * SEC);
    expect(s.state.items.at(-1)).toMatchObject({ id: 'extra-2', speaker: '乙' });
  });

  it('does not log a phase change twice when it was reached between the command and its undo', () => {
    const s = started();
    s.ok({ type: 'start-item' }, S);
    s.ok({ type: 'message', preset: 'hurry' }, S + 7 * MIN - 3 * SEC);
    s.tick(S + 7 * MIN);
    s.ok({ type: 'undo' }, S + 7 * MIN + 5 * SEC);
    s.tick(S + 9 * MIN);
    expect(s.log.filter((e) => e.type === 'item-warning')).toHaveLength(1);
    expect(s.log.filter((e) => e.type === 'item-time-up')).toHaveLength(1);
  });

  it('logs a phase change the undo brings back, at its true instant', () => {
    const s = started();
    s.ok({ type: 'start-item' }, S);
    s.ok({ type: 'finish-item' }, S + 7 * MIN - 2 * SEC);
    s.ok({ type: 'undo' }, S + 7 * MIN + 5 * SEC);
    expect(s.log.at(-1)).toMatchObject({ type: 'item-warning', at: S + 7 * MIN, itemId: 'a' });
  });

  it('re-arms a meeting stage that the undone command had brought forward', () => {
    const s = started();
    s.ok({ type: 'pause-meeting' }, T0 + 105 * MIN - 3 * SEC); // 15 min 3 s left
    s.ok({ type: 'resume-meeting' }, T0 + 110 * MIN);
    s.tick(T0 + 110 * MIN + 4 * SEC); // warning-1 (15 min left) 3 s after the resume
    expect(s.log.filter((e) => e.type === 'meeting-warning').map((e) => e.at - T0)).toEqual([110 * MIN + 3 * SEC]);
    s.ok({ type: 'undo' }, T0 + 110 * MIN + 5 * SEC); // back in the recess: 15 min 3 s left again
    expect(s.state.meeting.emittedStages).toBe(0);
    s.ok({ type: 'resume-meeting' }, T0 + 120 * MIN);
    s.tick(T0 + 125 * MIN);
    expect(s.log.filter((e) => e.type === 'meeting-warning').map((e) => e.at - T0)).toEqual([
      110 * MIN + 3 * SEC,
      120 * MIN + 3 * SEC,
    ]);
  });

  it('leaves the state passed in untouched (reduce is pure)', () => {
    const s = started();
    s.ok({ type: 'start-item' }, S);
    const before = structuredClone(s.state);
    const frozen = s.state;
    reduce(frozen, { type: 'next' }, S + MIN);
    reduce(frozen, { type: 'undo' }, S + SEC);
    expect(frozen).toEqual(before);
  });
});
