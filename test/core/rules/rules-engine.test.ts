import { describe, expect, it } from 'vitest';
import { checkMeeting, checkSchedule } from '../../../electron/core/rules';
import { ScheduleSchema } from '../../../electron/core/schedule/schedule-schema';
import { brief, check, ctx, meeting } from './fixtures';

describe('checkMeeting', () => {
  it('finds nothing in a meeting that keeps every rule', () => {
    expect(check({})).toEqual([]);
    expect(
      check({
        countyWide: true,
        durationMinutes: 120,
        approvals: [
          { role: 'party-secretary', approvedAt: '2026-04-10T10:00' },
          { role: 'county-head', approvedAt: '2026-04-10T11:00' },
        ],
        agenda: [
          { kind: 'keynote', minutes: 40, chars: 5000 },
          { kind: 'speech', minutes: 8, extensionMinutes: 5 },
          { kind: 'report', minutes: 8, pages: 3 },
          { kind: 'remarks', minutes: 30 },
          { kind: 'other', minutes: 21 },
        ],
      }),
    ).toEqual([]);
  });

  it('sorts by severity, then policy.md’s rule order, then item', () => {
    const findings = check({
      kind: 'standing-committee',
      countyWide: true,
      start: '2030-03-05T09:00',
      durationMinutes: 121,
      agenda: [
        { kind: 'keynote', minutes: 30 },
        { kind: 'report', minutes: 9, pages: 4, extensionMinutes: 6 },
        { kind: 'speech', minutes: 10 },
        { kind: 'remarks', minutes: 60, extensionMinutes: 2 },
        { kind: 'keynote', minutes: 10, chars: 6000 },
      ],
    });
    expect(brief(findings)).toEqual([
      'error no-meeting-period/month',
      'error duration-cap/over-cap',
      'error speech-limit/over-limit@1',
      'error speech-limit/over-limit@2',
      'error extension-limit/too-long@1',
      'error extension-limit/not-allowed@3',
      'error keynote-length/too-long@4',
      'error approval-required/missing@party-secretary',
      'error approval-required/missing@county-head',
      'warning agenda-overrun/over-with-extensions', // 119 planned + 8 declared > 121
      'warning report-pages/too-many-pages@1',
      'warning calendar-coverage/year-not-covered',
      'info keynote-length/unknown@0',
    ]);
  });

  it('is pure: the same input gives the same output and the meeting is not changed', () => {
    const m = meeting({ durationMinutes: 200, agenda: [{ kind: 'speech', minutes: 9 }] });
    const copy = structuredClone(m);
    expect(checkMeeting(m, ctx())).toEqual(checkMeeting(m, ctx()));
    expect(m).toEqual(copy);
  });
});

describe('checkSchedule', () => {
  const schedule = ScheduleSchema.parse({
    format: 'duanhui-schedule',
    version: 1,
    timeZone: 'Asia/Shanghai',
    meetings: [
      { id: 'a', title: 'A', kind: 'working', start: '2026-04-13T09:00', durationMinutes: 60 },
      { id: 'b', title: 'B', kind: 'working', start: '2026-04-16T09:00', durationMinutes: 60 },
    ],
  });

  it('checks every meeting in order, in the schedule’s zone', () => {
    const { timeZone: _tz, ...rest } = ctx();
    const result = checkSchedule(schedule, rest);
    expect(result.map((r) => [r.meetingIndex, r.meetingId, brief(r.findings)])).toEqual([
      [0, 'a', []],
      [1, 'b', ['error no-meeting-period/half-month']],
    ]);
    // 09:00 in Los Angeles on the 15th is 00:00 on the 16th in Shanghai, and vice versa.
    const la = checkSchedule({ ...schedule, timeZone: 'America/Los_Angeles' }, rest);
    expect(la[1]?.findings.map((f) => f.params.date)).toEqual(['2026-04-16']);
    expect(checkSchedule(schedule, { ...rest, timeZone: 'Pacific/Kiritimati' })[0]?.findings).toEqual([]);
  });
});
