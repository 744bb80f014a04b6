import { TZDate } from '@date-fns/tz';

/** Wall-clock fields, month 1–12. */
export interface CivilFields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/**
 * True when `zone` is an IANA Area/Location name the runtime knows (e.g. Asia/Shanghai), or UTC.
 * Legacy abbreviations are refused even where the runtime maps them: "CST" would silently
 * become America/Chicago, where a Chinese clerk means China Standard Time.
 */
export function isIanaTimeZone(zone: string): boolean {
  if (zone !== 'UTC' && !/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)+$/.test(zone)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** True when year-month-day names a real day (rejects 2026-02-30). */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= last;
}

/** The instant at which the wall clock in `zone` shows `f`. */
export function civilToInstant(f: CivilFields, zone: string): number {
  return new TZDate(f.year, f.month - 1, f.day, f.hour, f.minute, f.second, zone).getTime();
}

/** The schedule's form: `YYYY-MM-DDTHH:MM`, with `:SS` only when the seconds are not zero. */
export function formatCivil(f: CivilFields): string {
  const base = `${pad(f.year, 4)}-${pad(f.month)}-${pad(f.day)}T${pad(f.hour)}:${pad(f.minute)}`;
  return f.second ? `${base}:${pad(f.second)}` : base;
}

/** What the wall clock in `zone` shows at `instant`, in the schedule's form. */
export function instantToCivil(instant: number, zone: string): string {
  const d = new TZDate(instant, zone);
  return formatCivil({
    year: d.getFullYear(),
    month: d.getMonth() + 1,
    day: d.getDate(),
    hour: d.getHours(),
    minute: d.getMinutes(),
    second: d.getSeconds(),
  });
}
