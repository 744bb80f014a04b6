import { describe, expect, it } from 'vitest';
import {
  BUNDLED_YEARS,
  bundledCalendar,
  createOfficialCalendar,
  mergeCalendars,
  type CalendarYear,
  type DayType,
} from '../../../electron/core/calendar';
import { eachDate, addDays } from '../../../electron/core/calendar/civil-date';

const cal = bundledCalendar();

/** An oracle independent of the code under test: the weekday by Date.UTC. */
const utcWeekday = (date: string) => {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!)).getUTCDay();
};
const isWeekendUtc = (date: string) => [0, 6].includes(utcWeekday(date));

describe('bundled years', () => {
  it('are 2020–2026, ascending, each with its notice as source', () => {
    expect(cal.years).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    expect(BUNDLED_YEARS.map((y) => y.year)).toEqual([...cal.years]);
    for (const y of BUNDLED_YEARS) {
      expect(y.source).toMatch(new RegExp(`国务院办公厅关于${y.year}年部分节假日安排的通知（国办发明电〔${y.year - 1}〕\\d+号`));
    }
  });

  it.each([2020, 2021, 2022, 2023, 2024, 2025, 2026])('covers %i', (year) => expect(cal.covers(year)).toBe(true));
  it.each([2019, 2027, 1999, 2100])('does not cover %i', (year) => expect(cal.covers(year)).toBe(false));

  it('cannot be changed in place', () => {
    const y = BUNDLED_YEARS[0]!;
    expect(() => {
      (y.adjustedWorkdays as string[]).push('2020-03-07');
    }).toThrow();
    expect(() => {
      (y.holidays[0] as { to: string }).to = '2020-12-31';
    }).toThrow();
  });
});

describe.each(BUNDLED_YEARS.map((y) => [y.year, y] as const))('%i notice', (_year, data) => {
  it('marks every holiday day as holiday, with its name', () => {
    for (const h of data.holidays) {
      for (const d of eachDate(h.from, h.to)) {
        expect(cal.dayType(d), d).toBe('holiday');
        expect(cal.isWorkingDay(d), d).toBe(false);
        expect(cal.holidayName(d), d).toEqual({ zh: h.name, en: h.nameEn });
      }
    }
  });

  it('marks every adjusted working day, and each is a Saturday or Sunday', () => {
    for (const d of data.adjustedWorkdays) {
      expect(isWeekendUtc(d), d).toBe(true);
      expect(cal.dayType(d), d).toBe('adjusted-workday');
      expect(cal.isWorkingDay(d), d).toBe(true);
      expect(cal.holidayName(d), d).toBeUndefined();
    }
  });

  it('ends every holiday period on a day that is not a holiday', () => {
    for (const h of data.holidays) {
      for (const d of [addDays(h.from, -1), addDays(h.to, 1)]) {
        const t = cal.dayType(d);
        expect(t, d).not.toBe('holiday');
        const expected: DayType = data.adjustedWorkdays.includes(d) ? 'adjusted-workday' : isWeekendUtc(d) ? 'weekend' : 'workday';
        expect(t, d).toBe(expected);
      }
    }
  });

  it('has the usual shape of a notice: 6–7 periods, 元旦 first, 国庆 last', () => {
    expect(data.holidays.length).toBeGreaterThanOrEqual(6);
    expect(data.holidays[0]!.name).toBe('元旦');
    expect(data.holidays.at(-1)!.name).toMatch(/国庆节/);
  });

  it('judges every other day of the year by its weekday', () => {
    const special = new Set([...data.holidays.flatMap((h) => eachDate(h.from, h.to)), ...data.adjustedWorkdays]);
    for (const d of eachDate(`${data.year}-01-01`, `${data.year}-12-31`)) {
      if (special.has(d) || d === `${data.year}-12-31`) continue; // 12-31 may open the next 元旦
      expect(cal.dayType(d), d).toBe(isWeekendUtc(d) ? 'weekend' : 'workday');
    }
  });
});

/** Boundaries written out from the notices themselves, not from the data files. */
const BOUNDARIES: [string, DayType, string?][] = [
  // 2026 (国办发明电〔2025〕7号)
  ['2025-12-31', 'workday'],
  ['2026-01-01', 'holiday', '元旦'],
  ['2026-01-03', 'holiday', '元旦'],
  ['2026-01-04', 'adjusted-workday'],
  ['2026-01-05', 'workday'],
  ['2026-02-13', 'workday'],
  ['2026-02-14', 'adjusted-workday'],
  ['2026-02-15', 'holiday', '春节'],
  ['2026-02-23', 'holiday', '春节'],
  ['2026-02-24', 'workday'],
  ['2026-02-28', 'adjusted-workday'],
  ['2026-03-01', 'weekend'],
  ['2026-04-03', 'workday'],
  ['2026-04-04', 'holiday', '清明节'],
  ['2026-04-06', 'holiday', '清明节'],
  ['2026-04-07', 'workday'],
  ['2026-04-30', 'workday'],
  ['2026-05-01', 'holiday', '劳动节'],
  ['2026-05-05', 'holiday', '劳动节'],
  ['2026-05-06', 'workday'],
  ['2026-05-09', 'adjusted-workday'],
  ['2026-05-10', 'weekend'],
  ['2026-06-18', 'workday'],
  ['2026-06-19', 'holiday', '端午节'],
  ['2026-06-21', 'holiday', '端午节'],
  ['2026-06-22', 'workday'],
  ['2026-09-20', 'adjusted-workday'],
  ['2026-09-24', 'workday'],
  ['2026-09-25', 'holiday', '中秋节'],
  ['2026-09-27', 'holiday', '中秋节'],
  ['2026-09-28', 'workday'],
  ['2026-09-30', 'workday'],
  ['2026-10-01', 'holiday', '国庆节'],
  ['2026-10-07', 'holiday', '国庆节'],
  ['2026-10-08', 'workday'],
  ['2026-10-10', 'adjusted-workday'],
  ['2026-10-11', 'weekend'],
  ['2026-03-16', 'workday'],
  ['2026-03-14', 'weekend'],
  ['2026-08-16', 'weekend'],
  // 2025 (国办发明电〔2024〕12号): 除夕 is a holiday from 2025 on
  ['2025-01-01', 'holiday', '元旦'],
  ['2025-01-02', 'workday'],
  ['2025-01-26', 'adjusted-workday'],
  ['2025-01-27', 'workday'],
  ['2025-01-28', 'holiday', '春节'],
  ['2025-02-04', 'holiday', '春节'],
  ['2025-02-05', 'workday'],
  ['2025-02-08', 'adjusted-workday'],
  ['2025-02-09', 'weekend'],
  ['2025-04-04', 'holiday', '清明节'],
  ['2025-04-06', 'holiday', '清明节'],
  ['2025-04-07', 'workday'],
  ['2025-04-27', 'adjusted-workday'],
  ['2025-04-30', 'workday'],
  ['2025-05-01', 'holiday', '劳动节'],
  ['2025-05-05', 'holiday', '劳动节'],
  ['2025-05-06', 'workday'],
  ['2025-05-30', 'workday'],
  ['2025-05-31', 'holiday', '端午节'],
  ['2025-06-02', 'holiday', '端午节'],
  ['2025-06-03', 'workday'],
  ['2025-09-28', 'adjusted-workday'],
  ['2025-09-30', 'workday'],
  ['2025-10-01', 'holiday', '国庆节、中秋节'],
  ['2025-10-06', 'holiday', '国庆节、中秋节'],
  ['2025-10-08', 'holiday', '国庆节、中秋节'],
  ['2025-10-09', 'workday'],
  ['2025-10-11', 'adjusted-workday'],
  ['2025-10-12', 'weekend'],
  // 2024 (国办发明电〔2023〕7号): 除夕 (2-9) was a working day; "与周末连休" weekends stay weekends
  ['2023-12-30', 'weekend'],
  ['2024-01-01', 'holiday', '元旦'],
  ['2024-01-02', 'workday'],
  ['2024-02-04', 'adjusted-workday'],
  ['2024-02-09', 'workday'],
  ['2024-02-10', 'holiday', '春节'],
  ['2024-02-17', 'holiday', '春节'],
  ['2024-02-18', 'adjusted-workday'],
  ['2024-02-19', 'workday'],
  ['2024-04-03', 'workday'],
  ['2024-04-04', 'holiday', '清明节'],
  ['2024-04-06', 'holiday', '清明节'],
  ['2024-04-07', 'adjusted-workday'],
  ['2024-04-28', 'adjusted-workday'],
  ['2024-05-01', 'holiday', '劳动节'],
  ['2024-05-05', 'holiday', '劳动节'],
  ['2024-05-06', 'workday'],
  ['2024-05-11', 'adjusted-workday'],
  ['2024-06-08', 'weekend'],
  ['2024-06-10', 'holiday', '端午节'],
  ['2024-06-11', 'workday'],
  ['2024-09-14', 'adjusted-workday'],
  ['2024-09-15', 'holiday', '中秋节'],
  ['2024-09-17', 'holiday', '中秋节'],
  ['2024-09-18', 'workday'],
  ['2024-09-29', 'adjusted-workday'],
  ['2024-09-30', 'workday'],
  ['2024-10-01', 'holiday', '国庆节'],
  ['2024-10-07', 'holiday', '国庆节'],
  ['2024-10-08', 'workday'],
  ['2024-10-12', 'adjusted-workday'],
  // 2023 (国办发明电〔2022〕16号): 元旦 starts in 2022
  ['2022-12-30', 'workday'],
  ['2022-12-31', 'holiday', '元旦'],
  ['2023-01-02', 'holiday', '元旦'],
  ['2023-01-03', 'workday'],
  ['2023-04-05', 'holiday', '清明节'],
  ['2023-04-06', 'workday'],
  ['2023-09-28', 'workday'],
  ['2023-09-29', 'holiday', '中秋节、国庆节'],
  ['2023-10-06', 'holiday', '中秋节、国庆节'],
  ['2023-10-07', 'adjusted-workday'],
  ['2023-10-08', 'adjusted-workday'],
  ['2023-10-09', 'workday'],
  // 2020: Spring Festival extended to 2 February (国办发明电〔2020〕1号)
  ['2020-01-19', 'adjusted-workday'],
  ['2020-01-23', 'workday'],
  ['2020-01-24', 'holiday', '春节'],
  ['2020-01-31', 'holiday', '春节'],
  ['2020-02-01', 'holiday', '春节'],
  ['2020-02-02', 'holiday', '春节'],
  ['2020-02-03', 'workday'],
  // years no notice covers: weekday alone
  ['2019-10-01', 'workday'],
  ['2019-10-05', 'weekend'],
  ['2027-01-01', 'workday'],
  ['2027-02-06', 'weekend'],
];

describe('holiday boundaries from the notices', () => {
  it.each(BOUNDARIES)('%s is %s %s', (date, type, name) => {
    expect(cal.dayType(date)).toBe(type);
    expect(cal.isWorkingDay(date)).toBe(type === 'workday' || type === 'adjusted-workday');
    expect(cal.holidayName(date)?.zh).toBe(name);
  });
});

describe('building calendars', () => {
  const fake2026: CalendarYear = {
    year: 2026,
    source: '测试：改过的 2026',
    holidays: [{ name: '测试假', nameEn: 'Test holiday', from: '2026-03-02', to: '2026-03-03' }],
    adjustedWorkdays: ['2026-03-07'],
  };
  const sample2027: CalendarYear = {
    year: 2027,
    source: '测试：2027',
    holidays: [{ name: '元旦', nameEn: "New Year's Day", from: '2027-01-01', to: '2027-01-03' }],
    adjustedWorkdays: [],
  };

  it('an imported year replaces the bundled one and adds new years', () => {
    const merged = mergeCalendars(BUNDLED_YEARS, [sample2027, fake2026]);
    expect(merged.map((y) => y.year)).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027]);
    expect(merged.find((y) => y.year === 2026)).toBe(fake2026);
    const c = createOfficialCalendar(merged);
    expect(c.covers(2027)).toBe(true);
    expect(c.dayType('2026-03-02')).toBe('holiday');
    expect(c.dayType('2026-03-07')).toBe('adjusted-workday');
    expect(c.dayType('2026-10-01')).toBe('workday'); // the bundled 国庆 is gone with the bundled 2026
    expect(c.dayType('2025-10-01')).toBe('holiday'); // other years untouched
    expect(c.dayType('2027-01-02')).toBe('holiday');
    expect(c.data?.find((y) => y.year === 2026)?.source).toBe('测试：改过的 2026');
    // the bundled calendar itself is unchanged
    expect(bundledCalendar().dayType('2026-10-01')).toBe('holiday');
  });

  it('keeps the last of two entries for the same year', () => {
    const c = createOfficialCalendar([sample2027, { ...sample2027, holidays: [] }]);
    expect(c.years).toEqual([2027]);
    expect(c.dayType('2027-01-01')).toBe('workday');
  });

  it('an empty calendar covers nothing and judges by weekday', () => {
    const c = createOfficialCalendar([]);
    expect(c.years).toEqual([]);
    expect(c.covers(2026)).toBe(false);
    expect(c.dayType('2026-10-01')).toBe('workday');
    expect(c.dayType('2026-10-03')).toBe('weekend');
  });

  it('does not keep a reference to the caller’s data', () => {
    const mine = structuredClone(sample2027);
    const c = createOfficialCalendar([mine]);
    mine.holidays[0]!.to = '2027-01-10';
    expect(c.dayType('2027-01-05')).toBe('workday');
    expect(c.data?.[0]?.holidays[0]?.to).toBe('2027-01-03');
  });

  it.each(['2026-02-30', '2026/10/01', '20261001', ''])('rejects the date %j with a message', (bad) => {
    expect(() => cal.dayType(bad)).toThrow(RangeError);
    expect(() => cal.dayType(bad)).toThrow(/YYYY-MM-DD/);
  });
});

describe('time zone independence', () => {
  const SAMPLE = BOUNDARIES.map(([d]) => d);
  const answers = () => {
    const fresh = createOfficialCalendar(BUNDLED_YEARS);
    return SAMPLE.map((d) => [cal.dayType(d), fresh.dayType(d), fresh.isWorkingDay(d)]);
  };

  it.each(['UTC', 'America/New_York', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Shanghai'])(
    'gives the same answers with TZ=%s',
    (tz) => {
      const before = process.env.TZ;
      const baseline = answers();
      try {
        process.env.TZ = tz;
        expect(answers()).toEqual(baseline);
      } finally {
        if (before === undefined) delete process.env.TZ;
        else process.env.TZ = before;
      }
    },
  );
});
