import { describe, expect, it } from 'vitest';
import { bundledCalendar } from '../../../electron/core/calendar';
import { brief, check, ofRule, policy } from './fixtures';

/** The same rules against the calendar this release ships (the State Council's real notices). */
const run = (start: string, p: Parameters<typeof policy>[0] = {}) =>
  brief(check({ start }, { calendar: bundledCalendar(), policy: policy(p) }));

describe('rules with the bundled official calendar', () => {
  it('knows the years it checks here', () => {
    const cal = bundledCalendar();
    for (const y of [2025, 2026]) expect(cal.covers(y)).toBe(true);
    expect(cal.dayType('2026-02-16')).toBe('holiday');
    expect(cal.dayType('2026-02-28')).toBe('adjusted-workday');
    expect(cal.dayType('2026-10-10')).toBe('adjusted-workday');
    expect(cal.dayType('2025-10-08')).toBe('holiday');
  });

  it.each([
    // 2026-02-16, Monday of 春节, inside the second half of February: a rest day
    ['2026-02-16T09:00', {}, []],
    // 2026-02-28, Saturday worked (调休上班): fires before 18:00, not at 18:00
    ['2026-02-28T09:00', {}, ['error no-meeting-period/half-month']],
    ['2026-02-28T17:59', {}, ['error no-meeting-period/half-month']],
    ['2026-02-28T18:00', {}, []],
    // 2026-10-10, Saturday worked; day 10 is in no period unless October is a no-meeting month
    ['2026-10-10T09:00', {}, []],
    ['2026-10-10T09:00', { noMeetingMonths: [10] }, ['error no-meeting-period/month']],
    // 2025-10-08, the last day of 国庆节、中秋节
    ['2025-10-08T09:00', { noMeetingMonths: [10] }, []],
    ['2025-10-09T09:00', { noMeetingMonths: [10] }, ['error no-meeting-period/month']],
    // 2025-10-11, Saturday worked
    ['2025-10-11T09:00', { noMeetingMonths: [10] }, ['error no-meeting-period/month']],
    // 2026-05-05 (劳动节) and 2026-05-09 (Saturday worked) with May as a no-meeting month
    ['2026-05-05T09:00', { noMeetingMonths: [5] }, []],
    ['2026-05-09T09:00', { noMeetingMonths: [5] }, ['error no-meeting-period/month']],
  ] as [string, Parameters<typeof policy>[0], string[]][])('%s %j → %j', (start, p, expected) => {
    expect(run(start, p)).toEqual(expected);
  });

  it('warns for a year it does not bundle', () => {
    const cal = bundledCalendar();
    const year = Math.max(...cal.years) + 1;
    const findings = check({ start: `${year}-06-01T09:00` }, { calendar: cal });
    expect(ofRule(findings, 'calendar-coverage').map((f) => f.params.year)).toEqual([year]);
  });
});
