import { addDays, formatCivilDate, parseCivilDate, weekdayOf } from '../calendar/civil-date';
import { civilFromEpoch, parseCivil } from '../time/civil-time';

export type ReportPeriodKind = 'month' | 'quarter' | 'year';

export interface ReportRange {
  period: ReportPeriodKind;
  /** `2026-04`, `2026-Q2` or `2026`. */
  key: string;
  /** Epoch ms: from inclusive, to exclusive. */
  from: number;
  to: number;
  /** Civil dates in the zone, both included. */
  firstDate: string;
  lastDate: string;
  label: { 'zh-CN': string; en: string };
}

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const pad = (n: number) => String(n).padStart(2, '0');

/** Civil midnight of `date` in `timeZone`, as an instant. */
export function startOfDate(date: string, timeZone: string): number {
  const r = parseCivil(`${date}T00:00`, timeZone);
  if (!r.ok) throw new RangeError(r.message);
  return r.value.epochMs;
}

/**
 * The instants a month (`2026-04`), quarter (`2026-Q2`) or year (`2026`) spans in `timeZone`.
 * Throws a RangeError that names the expected form for a key that is not one.
 */
export function reportRange(period: ReportPeriodKind, key: string, timeZone: string): ReportRange {
  const bad = () =>
    new RangeError(
      `统计期“${key}”无效：按月应为 2026-04，按季度应为 2026-Q2，按年应为 2026 / ` +
        `period "${key}" is not valid: a month is written 2026-04, a quarter 2026-Q2, a year 2026`,
    );
  let year: number;
  let firstMonth: number;
  let months: number;
  if (period === 'month') {
    const m = /^(\d{4})-(\d{2})$/.exec(key);
    if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) throw bad();
    [year, firstMonth, months] = [Number(m[1]), Number(m[2]), 1];
  } else if (period === 'quarter') {
    const m = /^(\d{4})-?Q([1-4])$/i.exec(key);
    if (!m) throw bad();
    [year, firstMonth, months] = [Number(m[1]), (Number(m[2]) - 1) * 3 + 1, 3];
  } else {
    if (!/^\d{4}$/.test(key)) throw bad();
    [year, firstMonth, months] = [Number(key), 1, 12];
  }
  const firstDate = `${year}-${pad(firstMonth)}-01`;
  const endMonth = firstMonth + months;
  const nextFirst = endMonth > 12 ? `${year + 1}-01-01` : `${year}-${pad(endMonth)}-01`;
  const q = (firstMonth - 1) / 3 + 1;
  const label =
    period === 'month'
      ? { 'zh-CN': `${year}年${firstMonth}月`, en: `${MONTHS_EN[firstMonth - 1]} ${year}` }
      : period === 'quarter'
        ? { 'zh-CN': `${year}年第${'一二三四'[q - 1]}季度`, en: `Q${q} ${year}` }
        : { 'zh-CN': `${year}年`, en: `${year}` };
  return {
    period,
    key: period === 'quarter' ? `${year}-Q${q}` : key,
    from: startOfDate(firstDate, timeZone),
    to: startOfDate(nextFirst, timeZone),
    firstDate,
    lastDate: addDays(nextFirst, -1),
    label,
  };
}

/** The civil date of an instant in the zone. */
export const civilDateOf = (epochMs: number, timeZone: string): string => civilFromEpoch(epochMs, timeZone).date;

/** The Monday on or before a civil date (weeks run Monday to Sunday, as in Chinese calendars). */
export function mondayOf(date: string): string {
  const ymd = parseCivilDate(date);
  if (!ymd) throw new RangeError(`not a date: ${date}`);
  return addDays(date, -((weekdayOf(ymd) + 6) % 7));
}

/** The Mondays of every week that overlaps firstDate…lastDate. */
export function weeksOf(firstDate: string, lastDate: string): string[] {
  const out: string[] = [];
  for (let d = mondayOf(firstDate); d <= lastDate; d = addDays(d, 7)) out.push(d);
  return out;
}

/** `YYYY-MM` of every month overlapping firstDate…lastDate. */
export function monthsOf(firstDate: string, lastDate: string): string[] {
  const out: string[] = [];
  let y = Number(firstDate.slice(0, 4));
  let m = Number(firstDate.slice(5, 7));
  const last = lastDate.slice(0, 7);
  for (;;) {
    const key = formatCivilDate({ year: y, month: m, day: 1 }).slice(0, 7);
    if (key > last) break;
    out.push(key);
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
  }
  return out;
}
