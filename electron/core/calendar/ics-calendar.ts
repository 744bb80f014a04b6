import ICAL from 'ical.js';
import { formatJsonPath } from '../validation/json-position';
import { InputFileError, type IssueReport } from '../validation/zod-issues';
import type { CalendarYear } from './calendar-types';
import { CalendarYearSchema, MAX_HOLIDAY_DAYS } from './calendar-file-schema';
import { calendarYearWarnings } from './calendar-warnings';
import { dayNumber, formatCivilDate, fromDayNumber, isWeekend, parseCivilDate } from './civil-date';
import { splitBilingual } from './calendar-json';
import { HOLIDAY_NAMES, holidaysNamedIn, joinHolidayNames, type HolidayName } from './holiday-names';

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

type Kind = 'rest' | 'work';

const WORK = /班|working ?day|workday/i;
const REST = /休|假|day off|holiday/i;

/** What an event's SUMMARY (and CATEGORIES) say its days are. */
export function classifyIcsSummary(text: string): Kind | 'ambiguous' | 'other' {
  if (WORK.test(text)) return 'work';
  const withoutTiaoxiu = text.replace(/调休|調休/g, '');
  if (REST.test(withoutTiaoxiu)) return 'rest';
  if (withoutTiaoxiu !== text) return 'ambiguous';
  if (holidaysNamedIn(text.replace(/除夕/g, '')).length > 0) return 'rest';
  return 'other';
}

interface DayMark {
  kind: Kind;
  names: Set<HolidayName>;
  line: number | undefined;
  summary: string;
}

/** Line numbers (1-based) of each BEGIN:VEVENT, in document order, to point at bad events. */
function eventLines(text: string): number[] {
  const out: number[] = [];
  text.split(/\r\n|\r|\n/).forEach((line, i) => {
    if (/^BEGIN:VEVENT\s*$/i.test(line)) out.push(i + 1);
  });
  return out;
}

/** The line an ical.js ParserError quotes, if it quotes one. */
function parserErrorLine(text: string, message: string): number | undefined {
  const quoted = /"([^"]+)"|'([^']+)'/.exec(message);
  const needle = quoted?.[1] ?? quoted?.[2];
  if (!needle) return undefined;
  const i = text.split(/\r\n|\r|\n/).findIndex((l) => l.includes(needle));
  return i >= 0 ? i + 1 : undefined;
}

const report = (path: string, zh: string, en: string, line?: number): IssueReport => ({
  path,
  message: `${zh} / ${en}`,
  messageZh: zh,
  messageEn: en,
  ...(line === undefined ? {} : { line }),
});

/** The civil date of a DTSTART/DTEND property: a DATE, or ical.js's reading of `DTSTART:20260101`. */
function dateOf(prop: ICAL.Property): { date?: string; timed: boolean } {
  const raw: unknown = (prop.toJSON() as unknown[])[3];
  if (typeof raw !== 'string') return { timed: false };
  if (prop.type === 'date') return { date: raw, timed: false };
  // ical.js decodes an 8-digit value without VALUE=DATE as the date-time "YYYY-MM-DDT::".
  const bare = /^(\d{4}-\d{2}-\d{2})T::$/.exec(raw);
  if (bare) return { date: bare[1], timed: false };
  return { timed: true };
}

export function parseCalendarIcs(text: string, options: IcsCalendarOptions = {}): IcsCalendarResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!/^BEGIN:VCALENDAR\s*$/im.test(body)) {
    throw new InputFileError(undefined, [
      report('', '不是 iCalendar 文件（没有 BEGIN:VCALENDAR）', 'not an iCalendar file (no BEGIN:VCALENDAR)', 1),
    ]);
  }

  let jcal: unknown;
  try {
    jcal = ICAL.parse(body);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    throw new InputFileError(undefined, [report('', `iCalendar 语法错误：${msg}`, `iCalendar syntax error: ${msg}`, parserErrorLine(body, msg))]);
  }
  const roots = (Array.isArray(jcal) && Array.isArray(jcal[0]) ? jcal : [jcal]) as unknown[];
  const calendars = roots.map((r) => new ICAL.Component(r as unknown[])).filter((c) => c.name === 'vcalendar');

  const lines = eventLines(body);
  const errors: IssueReport[] = [];
  const warnings: string[] = [];
  const ignoredExamples: string[] = [];
  let ignored = 0; // every event not read as rest or work
  let unrelated = 0; // other festivals, cancelled events
  let timed = 0;
  let recurring = 0;
  const days = new Map<number, DayMark>();
  let calName: string | undefined;

  let index = -1;
  for (const cal of calendars) {
    const name = cal.getFirstPropertyValue('x-wr-calname');
    if (typeof name === 'string' && name.trim() && calName === undefined) calName = name.trim();

    for (const ev of cal.getAllSubcomponents('vevent')) {
      index++;
      const line = lines[index];
      const path = `VEVENT[${index}]`;
      const summary = String(ev.getFirstPropertyValue('summary') ?? '').trim();
      const categories = ev
        .getAllProperties('categories')
        .flatMap((p) => p.getValues())
        .map(String)
        .join(' ');
      const kind = classifyIcsSummary(`${summary} ${categories}`);
      const status = String(ev.getFirstPropertyValue('status') ?? '').toUpperCase();

      if (kind === 'other' || status === 'CANCELLED') {
        ignored++;
        unrelated++;
        if (ignoredExamples.length < 5 && summary && !ignoredExamples.includes(summary)) ignoredExamples.push(summary);
        continue;
      }
      if (kind === 'ambiguous') {
        ignored++;
        warnings.push(
          `第 ${line} 行的事件“${summary}”只写了“调休”，分不清是放假还是上班，已忽略 / ` +
            `line ${line}: event "${summary}" says only 调休 (could be a rest day or a working day); ignored`,
        );
        continue;
      }
      const startProp = ev.getFirstProperty('dtstart');
      if (!startProp) {
        errors.push(report(`${path}.DTSTART`, `事件“${summary}”没有 DTSTART`, `event "${summary}" has no DTSTART`, line));
        continue;
      }
      const start = dateOf(startProp);
      if (start.timed) {
        ignored++;
        timed++;
        continue;
      }
      if (ev.hasProperty('rrule')) {
        ignored++;
        recurring++;
        continue;
      }
      const startYmd = start.date ? parseCivilDate(start.date) : undefined;
      if (!startYmd) {
        errors.push(report(`${path}.DTSTART`, `事件“${summary}”的开始日期无效：${start.date ?? '?'}`, `event "${summary}" has an invalid start date: ${start.date ?? '?'}`, line));
        continue;
      }
      const first = dayNumber(startYmd);

      let count = 1;
      const endProp = ev.getFirstProperty('dtend');
      const durationValue = ev.getFirstPropertyValue('duration');
      if (endProp) {
        const end = dateOf(endProp);
        const endYmd = end.date ? parseCivilDate(end.date) : undefined;
        if (!endYmd) {
          errors.push(report(`${path}.DTEND`, `事件“${summary}”的结束日期无效：${end.date ?? '?'}`, `event "${summary}" has an invalid end date: ${end.date ?? '?'}`, line));
          continue;
        }
        const span = dayNumber(endYmd) - first;
        if (span < 0) {
          errors.push(report(`${path}.DTEND`, `事件“${summary}”的 DTEND 早于 DTSTART`, `event "${summary}": DTEND is before DTSTART`, line));
          continue;
        }
        // DTEND is exclusive; some writers repeat DTSTART for a one-day event.
        count = Math.max(span, 1);
      } else if (durationValue instanceof ICAL.Duration) {
        count = Math.max(durationValue.weeks * 7 + durationValue.days, 1);
      }
      if (count > MAX_HOLIDAY_DAYS) {
        ignored++;
        warnings.push(
          `第 ${line} 行的事件“${summary}”长 ${count} 天，超过任何法定假期，已忽略 / ` +
            `line ${line}: event "${summary}" lasts ${count} days, longer than any statutory holiday; ignored`,
        );
        continue;
      }

      const names = holidaysNamedIn(summary);
      for (let n = first; n < first + count; n++) {
        const date = formatCivilDate(fromDayNumber(n));
        if (kind === 'work' && !isWeekend(fromDayNumber(n))) {
          warnings.push(
            `第 ${line} 行：${date} 是工作日，标为上班不改变什么，已忽略 / ` +
              `line ${line}: ${date} is a weekday; marking it a working day changes nothing, ignored`,
          );
          continue;
        }
        const had = days.get(n);
        if (had && had.kind !== kind) {
          const [rest, work] = had.kind === 'rest' ? [had.summary, summary] : [summary, had.summary];
          errors.push(
            report(
              path,
              `${date} 既是假期（“${rest}”）又是上班日（“${work}”），见第 ${had.line} 行和第 ${line} 行`,
              `${date} is both a rest day ("${rest}") and a working day ("${work}"), lines ${had.line} and ${line}`,
              line,
            ),
          );
          continue;
        }
        if (had) for (const nm of names) had.names.add(nm);
        else days.set(n, { kind, names: new Set(names), line, summary });
      }
    }
  }

  if (errors.length > 0) throw new InputFileError(undefined, errors, 'iCalendar 文件有错误 / the iCalendar file has errors:');

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
    const examples = ignoredExamples.map((s) => `“${s}”`).join('、');
    warnings.unshift(
      `忽略了 ${skipped} 个不是放假或调休上班的事件${zh.length ? `（含${zh.join('、')}）` : ''}${examples ? `，如 ${examples}` : ''} / ` +
        `ignored ${skipped} event(s) that are not all-day rest or working days${en.length ? ` (${en.join(', ')})` : ''}`,
    );
  }
  warnings.push(...calendarYearWarnings(years));
  return { years, warnings, ignoredEvents: ignored };
}
