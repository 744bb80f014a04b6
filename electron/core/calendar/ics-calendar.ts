import { formatJsonPath } from '../validation/json-position';
import { InputFileError, type IssueReport } from '../validation/zod-issues';
import type { CalendarYear } from './calendar-types';
import { CalendarYearSchema } from './calendar-file-schema';
import { splitBilingual } from './calendar-json';
import { calendarYearWarnings } from './calendar-warnings';
import { formatCivilDate, fromDayNumber } from './civil-date';
import { HOLIDAY_NAMES, joinHolidayNames, type HolidayName } from './holiday-names';
import { readIcsDays, report } from './ics-events';

export { classifyIcsSummary } from './ics-events';

/**
 * Reads the Chinese holiday feeds offices subscribe to (.ics) into CalendarYear[]. Pure: text in,
 * data out; dates are read from the DATE values themselves, never through a time zone.
 *
 * The mapping (docs/calendar-format.md, "iCalendar"):
 * - only all-day events count (DTSTART;VALUE=DATE, or an 8-digit DTSTART); timed ones are ignored;
 * - an event covers DTSTART up to but not including DTEND (or DURATION; one day when neither);
 * - SUMMARY and CATEGORIES decide what the days are, first match wins:
 *   班 / working day / workday → adjusted working day (补班, 上班, 调休上班, 加班);
 *   休 / 假 / day off / holiday (ignoring the word 调休) → rest day (放假, 假期, 休, 放假调休);
 *   调休 alone → ambiguous (feeds use it both ways): ignored, with a warning;
 *   a holiday's name alone (元旦, 春节, 清明, 劳动节/五一, 端午, 中秋, 国庆) → rest day, since
 *   those days are always off (除夕 alone is not: it was a working day before 2025);
 *   anything else (七夕, 元宵, birthdays…) → ignored and counted;
 * - consecutive rest days form one holiday period, named after the holidays its events name and
 *   filed under the year it ends in; an adjusted working day is filed under the year of the
 *   nearest period (so 29 December can belong to the next year's 元旦);
 * - a day that is both rest and work is an error; a "work" event on a weekday is dropped with a
 *   warning (a weekday is a working day anyway).
 */

export interface IcsCalendarOptions {
  /** Where the data came from (e.g. the file name); written into each year's `source`. */
  source?: string;
}

export interface IcsCalendarResult {
  years: CalendarYear[];
  warnings: string[];
  /** Events that were not read as rest or working days (other festivals, timed events…). */
  ignoredEvents: number;
}

export function parseCalendarIcs(text: string, options: IcsCalendarOptions = {}): IcsCalendarResult {
  const { days, calName, warnings, ignored, unrelated, timed, recurring, examples } = readIcsDays(text);

  // Consecutive rest days make one period, filed under the year it ends in.
  const restDays = [...days.entries()].filter(([, m]) => m.kind === 'rest').sort((a, b) => a[0] - b[0]);
  const periods: { from: number; to: number; names: Set<HolidayName> }[] = [];
  for (const [n, m] of restDays) {
    const last = periods.at(-1);
    if (last && last.to === n - 1) {
      last.to = n;
      for (const nm of m.names) last.names.add(nm);
    } else periods.push({ from: n, to: n, names: new Set(m.names) });
  }

  const source = [options.source, calName].filter(Boolean).join(' — ') || 'iCalendar';
  const byYear = new Map<number, CalendarYear>();
  const yearEntry = (year: number): CalendarYear => {
    let y = byYear.get(year);
    if (!y) byYear.set(year, (y = { year, source, holidays: [], adjustedWorkdays: [] }));
    return y;
  };

  for (const p of periods) {
    const named = HOLIDAY_NAMES.filter((h) => p.names.has(h));
    const { name, nameEn } = named.length > 0 ? joinHolidayNames(named) : { name: '法定节假日', nameEn: 'Public holiday' };
    const to = fromDayNumber(p.to);
    yearEntry(to.year).holidays.push({ name, nameEn, from: formatCivilDate(fromDayNumber(p.from)), to: formatCivilDate(to) });
  }

  for (const [n, m] of days) {
    if (m.kind !== 'work') continue;
    const own = fromDayNumber(n).year;
    let nearest: { distance: number; year: number } | undefined;
    for (const p of periods) {
      const distance = n < p.from ? p.from - n : n - p.to;
      if (!nearest || distance < nearest.distance) nearest = { distance, year: fromDayNumber(p.to).year };
    }
    const year = nearest && nearest.year === own + 1 ? own + 1 : own;
    yearEntry(year).adjustedWorkdays.push(formatCivilDate(fromDayNumber(n)));
  }

  const years = [...byYear.values()].sort((a, b) => a.year - b.year);
  for (const y of years) {
    // YYYY-MM-DD strings sort as dates.
    y.holidays.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
    y.adjustedWorkdays.sort();
  }

  if (years.length === 0) {
    throw new InputFileError(undefined, [
      report('', `文件中没有可识别的放假或调休上班事件（忽略了 ${ignored} 个事件）`, `no rest-day or working-day events found (${ignored} event(s) ignored)`),
    ]);
  }

  // A last check with the same rules as a JSON calendar file (inside the year, on weekends…).
  const late: IssueReport[] = [];
  for (const y of years) {
    const checked = CalendarYearSchema.safeParse(y);
    if (!checked.success) {
      for (const issue of checked.error.issues) {
        late.push(splitBilingual(report(`${y.year}: ${formatJsonPath(issue.path)}`, issue.message, issue.message)));
      }
    }
  }
  if (late.length > 0) throw new InputFileError(undefined, late, 'iCalendar 文件有错误 / the iCalendar file has errors:');

  const skipped = unrelated + timed + recurring;
  if (skipped > 0) {
    const zh: string[] = [];
    const en: string[] = [];
    if (timed > 0) {
      zh.push(`${timed} 个非全天事件`);
      en.push(`${timed} timed`);
    }
    if (recurring > 0) {
      zh.push(`${recurring} 个重复事件`);
      en.push(`${recurring} recurring`);
    }
    const shown = examples.map((s) => `“${s}”`).join('、');
    warnings.unshift(
      `忽略了 ${skipped} 个不是放假或调休上班的事件${zh.length ? `（含 ${zh.join('、')}）` : ''}${shown ? `，如 ${shown}` : ''} / ` +
        `ignored ${skipped} event(s) that are not all-day rest or working days${en.length ? ` (${en.join(', ')})` : ''}`,
    );
  }
  warnings.push(...calendarYearWarnings(years));
  return { years, warnings, ignoredEvents: ignored };
}
