import { describe, expect, it } from 'vitest';
import { replay, SessionEventSchema, type SessionEvent } from '../../../electron/core/engine';
import { MIN, SEC, T0, meeting, Session } from './engine-fixtures';

const S = T0 + 10 * SEC;

/** A whole meeting with every kind of event, ticked at irregular moments. */
function wholeMeeting(): Session {
  const s = new Session(meeting({ countyWide: true }));
  s.ok({ type: 'declare-extension', index: 1, minutes: 2 }, T0 - 30 * MIN);
  s.ok({ type: 'start-meeting', overrideReason: '紧急会议' }, T0);
  s.ok({ type: 'start-item' }, S);
  s.tick(S + 7 * MIN + 400);
  s.ok({ type: 'message', preset: 'hurry' }, S + 7 * MIN + 30 * SEC);
  s.ok({ type: 'grant-extension', minutes: 3 }, S + 8 * MIN + 5 * SEC);
  s.ok({ type: 'next' }, S + 12 * MIN);
  s.ok({ type: 'undo' }, S + 12 * MIN + 4 * SEC);
  s.ok({ type: 'next' }, S + 12 * MIN + 30 * SEC);
  s.ok({ type: 'add-speaker', name: '钱七', at: 2 }, S + 13 * MIN);
  s.ok({ type: 'pause-meeting' }, S + 15 * MIN);
  s.ok({ type: 'resume-meeting' }, S + 25 * MIN);
  s.ok({ type: 'grant-extension' }, S + 30 * MIN);
  s.tick(S + 40 * MIN);
  s.ok({ type: 'skip-item', index: 3 }, S + 41 * MIN);
  s.ok({ type: 'next' }, S + 42 * MIN);
  s.ok({ type: 'blackout', on: true }, S + 43 * MIN);
  s.tick(S + 2 * 60 * MIN);
  s.ok({ type: 'end-meeting' }, S + 2 * 60 * MIN + 5 * SEC);
  return s;
}

describe('the event log', () => {
  it('numbers events 1, 2, 3… and keeps phase changes at their due instants', () => {
    const s = wholeMeeting();
    expect(s.log.map((e) => e.seq)).toEqual(s.log.map((_, i) => i + 1));
    expect(s.state.seq).toBe(s.log.length);
    const phases = s.log.filter((e) => e.type !== 'command').map((e) => `${e.type}@${(e.at - T0) / SEC}`);
    expect(phases).toEqual([
      'item-warning@430', // a: 7:00 after its start at +10 s
      'item-time-up@490',
      'item-warning@610', // a: 3 min granted after time-up, warning again one minute before 11:00
      'item-time-up@670',
      'item-warning@1780', // b: started +760 s, 150 s before the recess, resumed at +1510 s
      'item-extended@1840', // b: 2 min granted at +1810 s, inside its warning minute
      'item-warning@1900',
      'item-time-up@1960',
      'item-warning@2950', // the unplanned speaker, started +2530 s
      'item-time-up@3010',
      'meeting-warning@6900', // 15 min left: 105 min plus the 10-min recess
    ]);
  });

  it('validates against SessionEventSchema and survives a JSON round trip', () => {
    const s = wholeMeeting();
    const stored = JSON.parse(JSON.stringify(s.log)) as unknown[];
    for (const e of stored) expect(SessionEventSchema.safeParse(e).success).toBe(true);
    expect(replay(s.meeting, s.policy, stored as SessionEvent[], s.opts)).toEqual({ state: s.state, issues: [] });
  });
});

describe('replay', () => {
  it('rebuilds the live state exactly from the log (crash recovery), at every prefix', () => {
    const s = wholeMeeting();
    const { state, issues } = s.replayed();
    expect(issues).toEqual([]);
    expect(state).toEqual(s.state);
    // Crash anywhere: the prefix replays cleanly and deadlines are intact.
    for (let n = 0; n <= s.log.length; n++) {
      const r = replay(s.meeting, s.policy, s.log.slice(0, n), s.opts);
      expect(r.issues).toEqual([]);
      expect(r.state.seq).toBe(n);
    }
  });

  it('recovers a speech in progress with the same deadline', () => {
    const s = new Session();
    s.ok({ type: 'start-meeting' }, T0);
    s.ok({ type: 'start-item' }, S);
    s.ok({ type: 'grant-extension' }, S + 3 * MIN);
    const { state } = s.replayed();
    expect(state.items[0]).toMatchObject({ status: 'running', deadline: S + 13 * MIN });
  });

  it('reports a log that does not replay (tampered or from another policy)', () => {
    const s = wholeMeeting();
    const warning = s.log.find((e) => e.type === 'item-warning')!;
    const tampered = s.log.map((e) => (e === warning ? { ...e, at: e.at + 1 } : e));
    const r = replay(s.meeting, s.policy, tampered, s.opts);
    expect(r.issues[0]!.seq).toBe(warning.seq);
    const gap = replay(s.meeting, s.policy, s.log.filter((e) => e.seq !== 2), s.opts);
    expect(gap.issues.length).toBeGreaterThan(0);
    const refused: SessionEvent[] = [{ seq: 1, at: T0, type: 'command', command: { type: 'next' } }];
    expect(replay(s.meeting, s.policy, refused, s.opts).issues[0]).toMatchObject({ seq: 1, problem: expect.stringMatching(/refused on replay.*not started/) });
  });
});
