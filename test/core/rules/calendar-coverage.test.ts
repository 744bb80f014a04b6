import { describe, expect, it } from 'vitest';
import { yearRanges } from '../../../electron/core/rules/calendar-coverage';
import { brief, check, fakeCalendar, FAKE_YEARS, ofRule } from './fixtures';

describe('calendar-coverage', () => {
  it.each([
    ['2026-04-13T09:00', []],
    ['2025-04-14T09:00', []],
    ['2024-04-15T09:00', ['warning calendar-coverage/year-not-covered']],
    ['2030-01-07T09:00', ['warning calendar-coverage/year-not-covered']],
  ])('%s → %j', (start, expected) => {
    expect(brief(ofRule(check({ start }), 'calendar-coverage'))).toEqual(expected);
  });

  it('uses the year of the start in the schedule zone', () => {
    // 2026-12-31T20:00Z is already 2027 in Shanghai.
    expect(ofRule(check({ start: '2026-12-31T20:00Z' }), 'calendar-coverage')[0]?.params).toEqual({ year: 2027, years: '2025–2026' });
    expect(ofRule(check({ start: '2027-01-01T07:00+08:00' }), 'calendar-coverage')).toHaveLength(1);
    expect(ofRule(check({ start: '2026-12-31T20:00Z' }, { timeZone: 'UTC' }), 'calendar-coverage')).toEqual([]);
  });

  it('names the years covered', () => {
    const cal = fakeCalendar([...FAKE_YEARS, { ...FAKE_YEARS[0]!, year: 2022, holidays: [], adjustedWorkdays: [] }]);
    expect(ofRule(check({ start: '2030-01-07T09:00' }, { calendar: cal }), 'calendar-coverage')[0]?.params.years).toBe('2022, 2025–2026');
    expect(yearRanges([])).toBe('');
    expect(yearRanges([2026, 2024, 2025, 2020])).toBe('2020, 2024–2026');
  });

  it('an empty calendar warns for every year, and weekends still rest', () => {
    const empty = fakeCalendar([]);
    expect(brief(check({ start: '2026-03-05T09:00' }, { calendar: empty }))).toEqual([
      'error no-meeting-period/month',
      'warning calendar-coverage/year-not-covered',
    ]);
    expect(brief(check({ start: '2026-03-07T09:00' }, { calendar: empty }))).toEqual(['warning calendar-coverage/year-not-covered']);
  });

  it('does not throw when the calendar does', () => {
    const throwing = { ...fakeCalendar(FAKE_YEARS), dayType: () => { throw new RangeError('bad date'); } };
    expect(brief(check({ start: '2026-03-05T09:00' }, { calendar: throwing }))).toEqual(['error no-meeting-period/month']);
  });
});
