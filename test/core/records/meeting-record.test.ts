import { describe, expect, it } from 'vitest';
import { PolicySchema } from '../../../electron/core/policy/policy';
import type { MeetingRecord } from '../../../electron/core/records';
import { runEconMeeting } from './econ-meeting';
import { MIN, SEC, Sim, meetingOf } from './record-fixtures';

describe('buildMeetingRecord: a meeting replayed from its event log', () => {
  const t = runEconMeeting();
  const r: MeetingRecord = t.sim.record({ policyVersion: 3, sessionId: 'sess-1' });

  it('replays the log exactly and says where it came from', () => {
    expect(r.log.replayIssues).toEqual([]);
    expect(r.log.events).toBe(t.sim.log.length);
    expect(r.log.lastSeq).toBe(t.sim.log.length);
    expect(r).toMatchObject({ format: 'duanhui-meeting-record', version: 1, meetingId: 'm-econ', sessionId: 'sess-1', status: 'ended' });
    expect(r.policy).toEqual({ version: 3, name: '默认规则（policy.md）', capMs: 120 * MIN, speechLimitMs: 8 * MIN, extensionMaxMs: 5 * MIN });
  });

  it('has planned against actual for the meeting', () => {
    expect(r.planned).toEqual({ start: t.P, end: t.P + 90 * MIN, durationMs: 90 * MIN, agendaMs: 52 * MIN });
    expect(t.END - t.P).toBe(73 * MIN + 40 * SEC);
    expect(r.actual).toEqual({
      startedAt: t.P + 2 * MIN,
      endedAt: t.END,
      wallMs: 71 * MIN + 40 * SEC,
      recessMs: 15 * MIN,
      elapsedMs: 56 * MIN + 40 * SEC,
      startDelayMs: 2 * MIN,
      versusPlanMs: -(33 * MIN + 20 * SEC),
    });
    expect(r.withinCap).toBe(true);
    expect(r.overCapMs).toBe(0);
    expect(r.recesses).toEqual([{ from: t.C + 10 * MIN, to: t.C + 25 * MIN, durationMs: 15 * MIN }]);
  });

  it('has every item in the order it ran: planned, limit, actual, overtime, extensions', () => {
    const rows = r.items.map((i) => [
      i.id,
      i.status,
      i.unplanned,
      i.timed,
      i.plannedMs === null ? null : i.plannedMs / SEC,
      i.limitMs / SEC,
      i.elapsedMs / SEC,
      i.overtimeMs / SEC,
      i.declaredExtensionMs / SEC,
      i.grantedExtensionMs / SEC,
      i.extensionUsedMs / SEC,
      i.versusPlanMs === null ? null : i.versusPlanMs / SEC,
    ]);
    expect(rows).toEqual([
      ['a', 'done', false, true, 480, 480, 750, 90, 300, 180, 180, 270],
      ['b', 'done', false, true, 480, 480, 540, 60, 0, 0, 0, 60],
      ['extra-1', 'done', true, true, null, 480, 240, 0, 0, 0, 0, null],
      ['c', 'done', false, false, 1200, 1200, 1320, 120, 0, 0, 0, 120],
      ['d', 'skipped', false, true, 360, 480, 0, 0, 180, 0, 0, null],
      ['e', 'done', false, false, 600, 600, 540, 0, 0, 0, 0, -60],
    ]);
    const [a, b, x, c, d, e] = r.items;
    expect(a).toMatchObject({ startedAt: t.S, endedAt: t.B, extensionGrantedAt: t.S + 7 * MIN, timeUpAt: t.S + 11 * MIN, speaker: '张三', unit: '县发改局' });
    expect(b).toMatchObject({ startedAt: t.B, endedAt: t.X, timeUpAt: t.B + 8 * MIN });
    expect(x).toMatchObject({ speaker: '钱七', unit: '县农业农村局', title: '补充发言', agendaIndex: null, startedAt: t.X, endedAt: t.C });
    expect(c).toMatchObject({ startedAt: t.C, endedAt: t.E, timeUpAt: t.C + 35 * MIN });
    expect(d).toMatchObject({ startedAt: null, endedAt: t.C + 36 * MIN, agendaIndex: 3 });
    expect(e).toMatchObject({ startedAt: t.E, endedAt: t.END, timeUpAt: null });
  });

  it('totals the items', () => {
    expect(r.totals).toEqual({
      plannedItems: 5,
      unplannedItems: 1,
      spokenItems: 5,
      skippedItems: 1,
      notReachedItems: 0,
      speeches: 3,
      overtimeSpeeches: 2,
      overtimeItems: 3,
      overtimeMs: 270 * SEC,
      extensionsDeclared: 1,
      extensionsGranted: 1,
      extensionDeclaredMs: 5 * MIN,
      extensionGrantedMs: 3 * MIN,
      extensionUsedMs: 3 * MIN,
      messages: 2,
      recesses: 1,
    });
  });

  it('keeps the chair’s messages with their time and speaker, leaving out one taken back with undo', () => {
    expect(r.messages.map(({ seq: _seq, ...m }) => m)).toEqual([
      { at: t.S + 7 * MIN, text: '请抓紧时间', preset: 'hurry', itemId: 'a' },
      { at: t.B + 8 * MIN, text: '请注意时间', preset: null, itemId: 'b' },
    ]);
  });

  it('records the approvals and the override with its reason', () => {
    expect(r.approvals).toEqual({
      required: true,
      roles: ['party-secretary', 'county-head'],
      given: [
        {
          role: 'party-secretary',
          name: '王书记',
          documentNumber: '县委〔2026〕12号',
          approvedAtText: '2026-04-17T10:00',
          approvedAt: Date.UTC(2026, 3, 17, 2, 0),
          inTime: true,
        },
      ],
      missing: ['county-head'],
      override: { reason: '县长在省里开会，已电话同意', missingRoles: ['county-head'], at: t.P + 2 * MIN },
    });
  });

  it('lists the findings on the plan and marks the no-meeting period with the override as the reason', () => {
    expect(r.findings.map((f) => `${f.severity}:${f.rule}/${f.code}`)).toEqual([
      'error:no-meeting-period/half-month',
      'error:approval-required/missing',
      'info:keynote-length/unknown',
    ]);
    expect(r.noMeetingPeriod).toMatchObject({
      inPeriod: true,
      planned: true,
      actual: true,
      period: 'half-month',
      justification: { kind: 'override', reason: '县长在省里开会，已电话同意' },
    });
  });

  it('gives the same record for the same log, whatever asOf after the end', () => {
    const later = t.sim.record({ policyVersion: 3, sessionId: 'sess-1', asOf: t.END + 3 * 60 * MIN });
    expect({ ...later, asOf: 0 }).toEqual({ ...r, asOf: 0 });
  });
});

describe('buildMeetingRecord: caps, exempt kinds, unfinished meetings, justifications', () => {
  const base = {
    id: 'm',
    title: '工作会',
    kind: 'working' as const,
    start: '2026-04-08T09:00',
    durationMinutes: 120,
    agenda: [{ id: 'r', kind: 'remarks' as const, title: '讲话', minutes: 60 }],
  };

  it('an over-long working meeting is over the cap by the minutes beyond it', () => {
    const sim = new Sim(meetingOf(base));
    sim.do({ type: 'start-meeting' }).do({ type: 'start-item' }).wait(130 * MIN).do({ type: 'end-meeting' });
    const r = sim.record();
    expect(r).toMatchObject({ withinCap: false, overCapMs: 10 * MIN, noMeetingPeriod: { inPeriod: false, justification: { kind: 'none' } } });
    expect(r.items[0]).toMatchObject({ elapsedMs: 130 * MIN, overtimeMs: 70 * MIN });
    expect(r.totals).toMatchObject({ speeches: 0, overtimeSpeeches: 0, overtimeItems: 1 });
  });

  it('an exempt kind has no cap: withinCap is null, not a pass', () => {
    const sim = new Sim(meetingOf({ ...base, kind: 'plenary', durationMinutes: 180 }));
    sim.do({ type: 'start-meeting' }).wait(150 * MIN).do({ type: 'end-meeting' });
    const r = sim.record();
    expect(r).toMatchObject({ exempt: true, withinCap: null, overCapMs: 0, policy: { capMs: null } });
    expect(r.actual.elapsedMs).toBe(150 * MIN);
  });

  it('an unfinished meeting is measured to asOf, or to its last event', () => {
    const sim = new Sim(meetingOf(base));
    sim.do({ type: 'start-meeting' }).wait(30 * SEC).do({ type: 'start-item' }).wait(10 * MIN);
    const lastEvent = sim.log.at(-1)!.at;
    expect(sim.record().actual.elapsedMs).toBe(lastEvent - sim.plannedStart);
    const r = sim.record({ asOf: sim.now });
    expect(r).toMatchObject({ status: 'running', asOf: sim.now, actual: { endedAt: null, elapsedMs: 10 * MIN + 30 * SEC } });
    expect(r.items[0]).toMatchObject({ status: 'running', elapsedMs: 10 * MIN });
  });

  it('a meeting not started has no actual figures and was not held in any period', () => {
    const r = new Sim(meetingOf({ ...base, start: '2026-04-20T09:00' })).record();
    expect(r).toMatchObject({ status: 'not-started', withinCap: null, actual: { startedAt: null, elapsedMs: 0, wallMs: 0, startDelayMs: null } });
    expect(r.noMeetingPeriod).toMatchObject({ inPeriod: true, planned: true, actual: null });
  });

  it('in a no-meeting month with both approvals, the approvals are the reason', () => {
    const m = meetingOf({
      ...base,
      start: '2026-03-10T09:00',
      countyWide: true,
      approvals: [
        { role: 'party-secretary', name: '王书记', approvedAt: '2026-03-05T10:00' },
        { role: 'county-head', name: '赵县长', approvedAt: '2026-03-06T10:00' },
      ],
    });
    const sim = new Sim(m);
    sim.do({ type: 'start-meeting' }).wait(40 * MIN).do({ type: 'end-meeting' });
    const r = sim.record();
    expect(r.noMeetingPeriod).toMatchObject({ inPeriod: true, period: 'month', justification: { kind: 'approval' } });
    const j = r.noMeetingPeriod.justification;
    expect(j.kind === 'approval' && j.approvals.map((a) => a.role)).toEqual(['party-secretary', 'county-head']);
    expect(r.approvals).toMatchObject({ missing: [], override: null });
  });

  it('planned for the evening but opened before 18:00: held in the period by its actual start', () => {
    const sim = new Sim(meetingOf({ ...base, start: '2026-04-22T18:30' }));
    sim.wait(-40 * MIN).do({ type: 'start-meeting' }).wait(30 * MIN).do({ type: 'end-meeting' });
    const r = sim.record();
    expect(r.findings.some((f) => f.rule === 'no-meeting-period')).toBe(false);
    expect(r.noMeetingPeriod).toMatchObject({ inPeriod: true, planned: false, actual: true, period: 'half-month', justification: { kind: 'none' } });
    expect(r.actual.startDelayMs).toBe(-40 * MIN);
  });

  it('runs under the policy it is given: a 90-minute cap makes a 100-minute meeting over', () => {
    const policy = PolicySchema.parse({ meetingCapMinutes: 90, name: '试行规则' });
    const sim = new Sim(meetingOf({ ...base, durationMinutes: 90 }), policy);
    sim.do({ type: 'start-meeting' }).wait(100 * MIN).do({ type: 'end-meeting' });
    expect(sim.record()).toMatchObject({ withinCap: false, overCapMs: 10 * MIN, policy: { name: '试行规则', capMs: 90 * MIN } });
  });

  it('a log that does not replay is still turned into a record, with the divergence named', () => {
    const sim = new Sim(meetingOf(base));
    sim.do({ type: 'start-meeting' }).do({ type: 'start-item' }).wait(5 * MIN).do({ type: 'end-meeting' });
    expect(sim.record().log.replayIssues).toEqual([]);
    // An edited log: the start of the item became a pause, which the engine refuses.
    sim.log = sim.log.map((e) => (e.seq === 2 && e.type === 'command' ? { ...e, command: { type: 'pause-item' as const } } : e));
    const bad = sim.record();
    expect(bad.log.replayIssues[0]).toMatchObject({ seq: 2 });
    expect(bad.log.replayIssues[0]!.problem).toMatch(/pause-item refused/);
  });
});
