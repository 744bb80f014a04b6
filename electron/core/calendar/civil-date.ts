import type { CivilDate } from './calendar-types';

/**
 * Civil-date arithmetic on `YYYY-MM-DD` strings, done with integers only. A calendar day is not
 * an instant: going through `Date` in the machine's time zone would shift days for anyone west
 * of UTC, so nothing here touches the clock or the local time zone.
 */

export interface YMD {
  year: number;
  month: number; // 1–12
  day: number; // 1–31
}

const FORMAT = /^(\d{4})-(\d{2})-(\d{2})$/;

export const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The parts of a real date written `YYYY-MM-DD`; undefined for anything else (2026-02-30 included). */
export function parseCivilDate(date: string): YMD | undefined {
  const m = FORMAT.exec(date);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

export const isCivilDate = (date: string): boolean => parseCivilDate(date) !== undefined;

/** Like parseCivilDate, for dates that must be valid: throws a RangeError naming the bad input. */
export function requireCivilDate(date: string): YMD {
  const ymd = parseCivilDate(date);
  if (!ymd) throw new RangeError(`不是有效日期（应为 YYYY-MM-DD）/ not a valid date (expected YYYY-MM-DD): ${JSON.stringify(date)}`);
  return ymd;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
export function dayNumber({ year, month, day }: YMD): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12; // March = 0
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Inverse of dayNumber (civil_from_days). */
export function fromDayNumber(n: number): YMD {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

export const formatCivilDate = ({ year, month, day }: YMD): CivilDate => `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export const weekdayOf = (ymd: YMD): number => (((dayNumber(ymd) + 4) % 7) + 7) % 7;

export const isWeekend = (ymd: YMD): boolean => {
  const w = weekdayOf(ymd);
  return w === 0 || w === 6;
};

export const addDays = (date: CivilDate, days: number): CivilDate =>
  formatCivilDate(fromDayNumber(dayNumber(requireCivilDate(date)) + days));

/** Every date from `from` to `to`, both included; empty when `to` is before `from`. */
export function eachDate(from: CivilDate, to: CivilDate): CivilDate[] {
  const start = dayNumber(requireCivilDate(from));
  const end = dayNumber(requireCivilDate(to));
  const out: CivilDate[] = [];
  for (let n = start; n <= end; n++) out.push(formatCivilDate(fromDayNumber(n)));
  return out;
}

/** Days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: CivilDate, to: CivilDate): number =>
  dayNumber(requireCivilDate(to)) - dayNumber(requireCivilDate(from));

const WEEKDAY_ZH = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];
const WEEKDAY_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export const weekdayName = (ymd: YMD): { zh: string; en: string } => {
  const w = weekdayOf(ymd);
  return { zh: WEEKDAY_ZH[w] ?? '', en: WEEKDAY_EN[w] ?? '' };
};
