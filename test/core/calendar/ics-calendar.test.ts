import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  BUNDLED_YEARS,
  classifyIcsSummary,
  createOfficialCalendar,
  parseCalendarIcs,
  type CalendarYear,
} from '../../../electron/core/calendar';
import { eachDate } from '../../../electron/core/calendar/civil-date';
import { InputFileError } from '../../../electron/core/validation/zod-issues';

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../../fixtures/calendar/${name}`, import.meta.url)), 'utf8');
const bundled = (year: number) => BUNDLED_YEARS.find((y) => y.year === year)!;
const restDays = (y: CalendarYear) => y.holidays.flatMap((h) => eachDate(h.from, h.to));

const ics = (...events: string[]) =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//x//ZH', ...events, 'END:VCALENDAR'].join('\r\n');
const allDay = (date: string, summary: string, extra: string[] = []) =>
  ['BEGIN:VEVENT', `UID:${date}-${summary}`, `DTSTART;VALUE=DATE:${date}`, ...extra, `SUMMARY:${summary}`, 'END:VEVENT'].join('\r\n');

const issuesOf = (text: string) => {
  try {
    parseCalendarIcs(text);
  } catch (e) {
    expect(e).toBeInstanceOf(InputFileError);
    return (e as InputFileError).issues;
  }
  throw new Error('expected an InputFileError');
};

describe('classifyIcsSummary', () => {
  it.each([
    ['元旦假期', 'rest'],
    ['春节假期 第1天/共8天', 'rest'],
    ['[放假]中秋节', 'rest'],
    ['劳动节放假调休', 'rest'],
    ['休', 'rest'],
    ['国庆节（休）', 'rest'],
    ['国庆节', 'rest'],
    ['清明', 'rest'],
    ['五一劳动节', 'rest'],
    ['Spring Festival holiday', 'rest'],
    ['National Day', 'rest'],
    ['春节补班', 'work'],
    ['元旦补班', 'work'],
    ['劳动节调休上班', 'work'],
    ['班', 'work'],
    ['[加班]', 'work'],
    ['Working day (Spring Festival)', 'work'],
    ['春节调休', 'ambiguous'],
    ['调休', 'ambiguous'],
    ['除夕', 'other'],
    ['七夕', 'other'],
    ['元宵节', 'other'],
    ['县委常委会', 'other'],
    ['', 'other'],
  ])('%j → %s', (summary, kind) => expect(classifyIcsSummary(summary)).toBe(kind));
});

describe('parseCalendarIcs on fixture files', () => {
  it('reads a one-event-per-day feed (2026) into the notice’s days', () => {
    const { years, warnings, ignoredEvents } = parseCalendarIcs(fixture('cn-2026-daily.ics'), { source: 'cn-2026-daily.ics' });
    expect(years.map((y) => y.year)).toEqual([2026]);
    const y = years[0]!;
    expect(restDays(y)).toEqual(restDays(bundled(2026)));
    expect(y.adjustedWorkdays).toEqual(bundled(2026).adjustedWorkdays);
    expect(y.holidays.map((h) => h.name)).toEqual(['元旦', '春节', '清明节', '劳动节', '端午节', '中秋节', '国庆节']);
    expect(y.holidays.map((h) => h.nameEn)).toEqual(bundled(2026).holidays.map((h) => h.nameEn));
    expect(y.source).toBe('cn-2026-daily.ics — 中国节假日 2026（测试用）');
    // 除夕, 七夕 and a timed meeting
    expect(ignoredEvents).toBe(3);
    expect(warnings).toEqual([expect.stringMatching(/^忽略了 3 个不是放假或调休上班的事件（含 1 个非全天事件），如 “除夕”、“七夕” \/ ignored 3 event\(s\)/)]);
  });

  it('reads multi-day events, DURATION, CATEGORIES and a 元旦 that starts in December (2023)', () => {
    const { years, warnings, ignoredEvents } = parseCalendarIcs(fixture('cn-2023-ranges.ics'));
    expect(years.map((y) => y.year)).toEqual([2023]);
    const y = years[0]!;
    expect(y.holidays).toEqual(bundled(2023).holidays);
    expect(y.adjustedWorkdays).toEqual(bundled(2023).adjustedWorkdays);
    expect(y.source).toBe('2023 放假安排（测试用）');
    // 春节调休 without 上班, 暑假 (31 days), a recurring 元旦, 元宵节
    expect(ignoredEvents).toBe(4);
    expect(warnings).toEqual([
      expect.stringMatching(/^忽略了 2 个.*含 1 个重复事件.*“元宵节”/),
      expect.stringMatching(/第 29 行的事件“春节调休”只写了“调休”.*ignored$/),
      expect.stringMatching(/“暑假”长 31 天，超过任何法定假期，已忽略/),
    ]);
    const cal = createOfficialCalendar(years);
    expect(cal.dayType('2022-12-31')).toBe('holiday');
    expect(cal.dayType('2023-01-29')).toBe('adjusted-workday');
    expect(cal.dayType('2023-08-15')).toBe('workday');
  });

  it('names the line of a day that is both rest and work', () => {
    const [issue, ...rest] = issuesOf(fixture('bad-conflict.ics'));
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ path: 'VEVENT[1]', line: 10 });
    expect(issue!.messageZh).toBe('2026-01-03 既是假期（“元旦假期”）又是上班日（“元旦补班”），见第 4 行和第 10 行');
  });

  it('names the line of a syntax error', () => {
    const [issue] = issuesOf(fixture('bad-syntax.ics'));
    expect(issue).toMatchObject({ line: 7 });
    expect(issue!.message).toMatch(/^iCalendar 语法错误：.*SUMMARY 元旦假期.* \/ iCalendar syntax error/);
  });

  it('names the event with an impossible date', () => {
    const [issue] = issuesOf(fixture('bad-date.ics'));
    expect(issue).toMatchObject({ path: 'VEVENT[1].DTSTART', line: 9 });
    expect(issue!.messageEn).toMatch(/"春节假期" has an invalid start date/);
  });

  it('refuses a calendar with no holiday events at all', () => {
    const [issue] = issuesOf(fixture('no-holidays.ics'));
    expect(issue!.message).toMatch(/没有可识别的放假或调休上班事件（忽略了 1 个事件）/);
  });
});

describe('parseCalendarIcs mapping', () => {
  it('refuses text that is not iCalendar', () => {
    expect(issuesOf('{"format":"duanhui-calendar"}')[0]!.message).toMatch(/not an iCalendar file/);
  });

  it('files a late-December working day under the next year’s 元旦', () => {
    const { years } = parseCalendarIcs(
      ics(allDay('20191229', '元旦补班'), allDay('20200101', '元旦假期'), allDay('20190928', '国庆节补班'), allDay('20191001', '国庆节假期')),
    );
    expect(years.map((y) => [y.year, y.adjustedWorkdays])).toEqual([
      [2019, ['2019-09-28']],
      [2020, ['2019-12-29']],
    ]);
  });

  it('joins touching rest days into one period named after every holiday in it', () => {
    const { years } = parseCalendarIcs(
      ics(allDay('20251001', '国庆节假期', ['DTEND;VALUE=DATE:20251006']), allDay('20251006', '中秋节'), allDay('20251007', '国庆节假期', ['DTEND;VALUE=DATE:20251009'])),
    );
    expect(years[0]!.holidays).toEqual([
      { name: '中秋节、国庆节', nameEn: 'Mid-Autumn Festival and National Day', from: '2025-10-01', to: '2025-10-08' },
    ]);
  });

  it('calls an unnamed rest period 法定节假日', () => {
    const { years } = parseCalendarIcs(ics(allDay('20260101', '休')));
    expect(years[0]!.holidays[0]).toMatchObject({ name: '法定节假日', nameEn: 'Public holiday' });
  });

  it('drops a "work" event on a weekday with a warning', () => {
    const { years, warnings } = parseCalendarIcs(ics(allDay('20260101', '元旦'), allDay('20260105', '上班')));
    expect(years[0]!.adjustedWorkdays).toEqual([]);
    expect(warnings.some((w) => /2026-01-05 是工作日/.test(w))).toBe(true);
  });

  it('treats DTEND equal to DTSTART as one day, and refuses DTEND before DTSTART', () => {
    expect(parseCalendarIcs(ics(allDay('20260101', '元旦', ['DTEND;VALUE=DATE:20260101']))).years[0]!.holidays[0]!.to).toBe('2026-01-01');
    expect(issuesOf(ics(allDay('20260103', '元旦', ['DTEND;VALUE=DATE:20260101'])))[0]!.messageEn).toMatch(/DTEND is before DTSTART/);
  });

  it('ignores cancelled events', () => {
    const { years, ignoredEvents } = parseCalendarIcs(ics(allDay('20260101', '元旦'), allDay('20260102', '元旦', ['STATUS:CANCELLED'])));
    expect(years[0]!.holidays[0]!.to).toBe('2026-01-01');
    expect(ignoredEvents).toBe(1);
  });

  it('reads the dates as written, whatever the TZID of timed neighbours', () => {
    const text = ics(
      'BEGIN:VEVENT\r\nUID:a\r\nDTSTART;TZID=America/New_York:20260101T230000\r\nSUMMARY:元旦假期\r\nEND:VEVENT',
      allDay('20260102', '元旦假期'),
    );
    const { years } = parseCalendarIcs(text);
    expect(years[0]!.holidays).toEqual([{ name: '元旦', nameEn: "New Year's Day", from: '2026-01-02', to: '2026-01-02' }]);
  });
});
