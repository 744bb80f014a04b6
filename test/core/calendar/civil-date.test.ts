import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  dayNumber,
  daysBetween,
  eachDate,
  formatCivilDate,
  fromDayNumber,
  parseCivilDate,
  weekdayName,
  weekdayOf,
} from '../../../electron/core/calendar/civil-date';

const MS_PER_DAY = 86_400_000;

describe('civil dates', () => {
  it.each([
    ['2026-01-01', 4, '周四'],
    ['2026-01-04', 0, '周日'],
    ['2026-02-14', 6, '周六'],
    ['2026-10-10', 6, '周六'],
    ['2024-02-29', 4, '周四'],
    ['2022-12-31', 6, '周六'],
    ['2000-01-01', 6, '周六'],
    ['1970-01-01', 4, '周四'],
  ])('%s is weekday %i (%s)', (date, weekday, zh) => {
    const ymd = parseCivilDate(date);
    expect(ymd).toBeDefined();
    expect(weekdayOf(ymd!)).toBe(weekday);
    expect(weekdayName(ymd!).zh).toBe(zh);
  });

  it.each(['2026-02-29', '2026-02-30', '2026-13-01', '2026-00-10', '2026-04-31', '2026-1-1', '26-01-01', '2026-01-01T00:00', '', ' 2026-01-01'])(
    'rejects %j',
    (s) => expect(parseCivilDate(s)).toBeUndefined(),
  );

  it('accepts leap days only in leap years', () => {
    expect(parseCivilDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseCivilDate('2000-02-29')).toBeDefined();
    expect(parseCivilDate('2100-02-29')).toBeUndefined();
  });

  it('agrees with Date.UTC on day numbers, dates and weekdays', () => {
    fc.assert(
      fc.property(fc.integer({ min: -300_000, max: 300_000 }), (n) => {
        const ymd = fromDayNumber(n);
        const utc = new Date(n * MS_PER_DAY);
        expect(formatCivilDate(ymd)).toBe(utc.toISOString().slice(0, 10));
        expect(weekdayOf(ymd)).toBe(utc.getUTCDay());
        expect(dayNumber(ymd)).toBe(n);
      }),
    );
  });

  it('adds days and lists ranges across month and year ends', () => {
    expect(addDays('2022-12-31', 1)).toBe('2023-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(eachDate('2022-12-30', '2023-01-02')).toEqual(['2022-12-30', '2022-12-31', '2023-01-01', '2023-01-02']);
    expect(eachDate('2026-01-02', '2026-01-01')).toEqual([]);
    expect(daysBetween('2026-02-15', '2026-02-23')).toBe(8);
  });

  it('throws a readable RangeError on a bad date', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(/not a valid date.*2026-02-30/);
  });
});
