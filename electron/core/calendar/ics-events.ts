import ICAL from 'ical.js';
import { InputFileError, type IssueReport } from '../validation/zod-issues';
import { MAX_HOLIDAY_DAYS } from './calendar-file-schema';
import { dayNumber, formatCivilDate, fromDayNumber, isWeekend, parseCivilDate } from './civil-date';
import { holidaysNamedIn, type HolidayName } from './holiday-names';

/**
 * First half of reading an .ics feed: the all-day VEVENTs, classified and spread into days.
 * The mapping is documented in ics-calendar.ts and docs/calendar-format.md.
 */

export type Kind = 'rest' | 'work';

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

export interface DayMark {
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

/** The line an ical.js ParserError quotes (its last quoted text: `no token ";" or ":" "LINE"`). */
function parserErrorLine(text: string, message: string): number | undefined {
  const quoted = [...message.matchAll(/"([^"]+)"|'([^']+)'/g)].at(-1);
  const needle = quoted?.[1] ?? quoted?.[2];
  if (!needle) return undefined;
  const i = text.split(/\r\n|\r|\n/).findIndex((l) => l.includes(needle));
  return i >= 0 ? i + 1 : undefined;
}

export const report = (path: string, zh: string, en: string, line?: number): IssueReport => ({
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

export interface IcsDays {
  /** Rest or working days by day number (dayNumber of the civil date). */
  days: Map<number, DayMark>;
  /** X-WR-CALNAME of the (first) calendar. */
  calName: string | undefined;
  warnings: string[];
  /** Events not read as rest or working days. */
  ignored: number;
  /** Of those: other festivals and cancelled events, timed events, recurring events. */
  unrelated: number;
  timed: number;
  recurring: number;
  /** A few SUMMARYs of unrelated events, to show in the warning. */
  examples: string[];
}

/** Throws InputFileError (without a file name) listing every bad event by line. */
export function readIcsDays(text: string): IcsDays {
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
  const examples: string[] = [];
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
        if (examples.length < 5 && summary && !examples.includes(summary)) examples.push(summary);
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
  return { days, calName, warnings, ignored, unrelated, timed, recurring, examples };
}
