import { describe, expect, it } from 'vitest';
import { brief, check, ofRule, policy } from './fixtures';

const fires = (start: string, overrides: Parameters<typeof policy>[0] = {}, kind = 'working') =>
  ofRule(check({ start, kind }, { policy: policy(overrides) }), 'no-meeting-period');

describe('no-meeting-period (policy.md defaults)', () => {
  it.each([
    // month 3 and 8, evening boundary 18:00 allowed, 17:59 fires (compared to the second)
    ['2026-03-05T09:00', 'month'],
    ['2026-03-05T17:59', 'month'],
    ['2026-03-05T17:59:59', 'month'],
    ['2026-03-05T18:00', null],
    ['2026-03-05T18:00:00', null],
    ['2026-03-05T20:30', null],
    ['2026-03-05T00:00', 'month'],
    ['2026-08-03T09:00', 'month'],
    ['2026-07-31T09:00', 'half-month'],
    ['2026-09-01T09:00', null],
    ['2026-02-27T09:00', 'half-month'],
    ['2026-03-02T09:00', 'month'],
    // second half: day 15 allowed, day 16 fires
    ['2026-04-15T09:00', null],
    ['2026-04-16T09:00', 'half-month'],
    ['2026-04-16T17:59', 'half-month'],
    ['2026-04-16T18:00', null],
    ['2026-04-30T16:00', 'half-month'],
    ['2026-06-01T09:00', null],
    ['2026-03-20T09:00', 'month'], // both periods: the month is named
    // weekends are rest days
    ['2026-03-07T09:00', null], // Saturday
    ['2026-03-08T09:00', null], // Sunday
    ['2026-04-18T09:00', null], // Saturday in the second half
    // holidays inside a no-meeting period are rest days
    ['2026-02-16T09:00', null], // Monday, 春节
    ['2026-02-23T09:00', null], // Monday, last day of 春节
    ['2026-02-24T09:00', 'half-month'], // Tuesday, back at work
    // adjusted working weekends (调休上班) are working days
    ['2026-02-28T09:00', 'half-month'], // Saturday
    ['2026-02-28T17:59', 'half-month'],
    ['2026-02-28T18:00', null],
    ['2026-09-20T09:00', 'half-month'], // Sunday
    ['2026-10-10T09:00', null], // Saturday worked, but day 10 is in no period
  ])('%s → %s', (start, code) => {
    expect(fires(start).map((f) => f.code)).toEqual(code ? [code] : []);
  });

  it('records what it judged', () => {
    const [f] = fires('2026-02-28T09:30');
    expect(f).toEqual({
      rule: 'no-meeting-period',
      severity: 'error',
      code: 'half-month',
      params: { date: '2026-02-28', time: '09:30', weekday: 6, month: 2, day: 28, startDay: 16, eveningStart: '18:00', dayType: 'adjusted-workday' },
    });
  });

  it('reads an instant with an offset in the schedule zone', () => {
    // 17:30Z on the 15th is 01:30 on the 16th in Shanghai.
    expect(fires('2026-04-15T17:30Z').map((f) => f.params.date)).toEqual(['2026-04-16']);
    expect(fires('2026-04-15T10:00Z')).toEqual([]); // 18:00 on the 15th
    expect(fires('2026-04-16T10:00Z')).toEqual([]); // 18:00 on the 16th
    expect(fires('2026-04-16T09:59Z').map((f) => f.params.time)).toEqual(['17:59']);
    expect(fires('2026-04-16T09:00+08:00')).toHaveLength(1);
    expect(fires('2026-04-16T09:00+0800')).toHaveLength(1);
    // 09:00 in New York on Friday the 15th is 21:00 in Shanghai: the evening.
    expect(fires('2026-05-15T09:00-04:00')).toEqual([]);
  });

  it.each(['working', 'standing-committee', 'plenary', 'work-conference', 'statutory'])(
    'no kind is exempt ("一律"): %s',
    (kind) => {
      expect(fires('2026-03-05T09:00', {}, kind)).toHaveLength(1);
    },
  );

  it('judges an uncovered year by weekday alone', () => {
    expect(fires('2030-03-05T09:00').map((f) => f.params.dayType)).toEqual(['workday']); // Tuesday
    expect(fires('2030-03-09T09:00')).toEqual([]); // Saturday
  });

  it('reports a start that names no date instead of throwing', () => {
    expect(brief(fires('2026-02-30T09:00'))).toEqual(['error no-meeting-period/start-invalid']);
    const [bad] = ofRule(check({ start: '2026-03-05T09:00' }, { timeZone: 'Mars/Olympus' }), 'no-meeting-period');
    expect(bad?.params).toMatchObject({ reason: 'zone', timeZone: 'Mars/Olympus' });
  });
});

describe('no-meeting-period with policy overrides', () => {
  it('other months', () => {
    expect(fires('2026-03-05T09:00', { noMeetingMonths: [5] })).toEqual([]);
    expect(fires('2026-05-11T09:00', { noMeetingMonths: [5] }).map((f) => f.code)).toEqual(['month']);
    expect(fires('2026-05-04T09:00', { noMeetingMonths: [5] })).toEqual([]); // 劳动节
    expect(fires('2026-10-10T09:00', { noMeetingMonths: [10] }).map((f) => f.params.dayType)).toEqual(['adjusted-workday']);
    expect(fires('2025-10-08T09:00', { noMeetingMonths: [10] })).toEqual([]); // 国庆节、中秋节
    expect(fires('2025-10-09T09:00', { noMeetingMonths: [10] })).toHaveLength(1);
    expect(fires('2026-08-03T09:00', { noMeetingMonths: [] })).toEqual([]);
  });

  it('halfMonthStartDay null switches the half month off; another day moves it', () => {
    expect(fires('2026-04-20T09:00', { halfMonthStartDay: null })).toEqual([]);
    expect(fires('2026-03-05T09:00', { halfMonthStartDay: null })).toHaveLength(1);
    expect(fires('2026-04-17T09:00', { halfMonthStartDay: 20 })).toEqual([]);
    expect(fires('2026-04-20T09:00', { halfMonthStartDay: 20 }).map((f) => f.params.startDay)).toEqual([20]);
    expect(fires('2026-04-30T09:00', { halfMonthStartDay: 31 })).toEqual([]); // April has no 31st
  });

  it('eveningStart 17:30', () => {
    expect(fires('2026-04-16T17:29', { eveningStart: '17:30' })).toHaveLength(1);
    expect(fires('2026-04-16T17:29:59', { eveningStart: '17:30' })).toHaveLength(1);
    expect(fires('2026-04-16T17:30', { eveningStart: '17:30' })).toEqual([]);
    expect(fires('2026-04-16T17:45', { eveningStart: '17:30' })).toEqual([]);
  });
});
