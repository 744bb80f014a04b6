/**
 * Schedule date-times and the civil time they stand for in the schedule's IANA zone.
 *
 * A schedule writes `2026-03-05T09:00` (civil time in the schedule zone) or an instant with an
 * explicit offset, `2026-03-05T09:00+08:00` / `…Z`. Rules look at the civil date and time AS SEEN
 * IN THE SCHEDULE ZONE, so an instant with an offset is first converted into that zone.
 *
 * Nothing here reads the machine's time zone: offsets come from Intl (`timeZoneName:
 * 'longOffset'`), civil → instant searches them, and instant → civil reads the UTC fields of the
 * instant shifted by the zone's offset (a local-time `Date` would go through the host's zone).
 *
 * Daylight saving (China has none since 1991, but a schedule may use any zone):
 * - a civil time that does not exist (spring-forward gap, e.g. 02:30 on 2026-03-08 in New York)
 *   rolls forward by the length of the gap (→ 03:30 EDT), `adjusted` is set;
 * - a civil time that occurs twice (fall-back) means the earlier instant, `ambiguous` is set.
 * This is Temporal's `disambiguation: 'compatible'`. Historical offsets with seconds (LMT) are
 * kept to the second.
 */

export interface CivilDateTime {
  /** The instant, ms since 1970 UTC. */
  epochMs: number;
  /** The civil date in the schedule zone, `YYYY-MM-DD`. */
  date: string;
  /** Minutes since midnight in the schedule zone (0–1439). */
  minuteOfDay: number;
  /** Seconds since midnight in the schedule zone, for comparisons finer than a minute. */
  secondOfDay: number;
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
  /** The zone's UTC offset at that instant, minutes (e.g. 480 for Asia/Shanghai). */
  offsetMinutes: number;
  timeZone: string;
  /** The text had an explicit offset or `Z`. */
  hadOffset: boolean;
  /** The civil time fell in a DST gap and was rolled forward. */
  adjusted: boolean;
  /** The civil time occurs twice in the zone; the earlier instant was taken. */
  ambiguous: boolean;
}

export type CivilParseResult =
  | { ok: true; value: CivilDateTime }
  | { ok: false; reason: 'format' | 'date' | 'zone'; message: string };

const PARSE =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|([+-])(\d{2}):?(\d{2}))?$/;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * True for an IANA zone name the runtime knows (`Asia/Shanghai`, `UTC`, `Etc/GMT-8`; the match
 * is case-insensitive, as Intl's). A bare offset such as `+08:00` is refused: a schedule names a
 * place, whose rules (DST) an offset cannot carry.
 */
export function isValidTimeZone(tz: unknown): tz is string {
  if (typeof tz !== 'string') return false;
  return zoneInfo(tz) !== undefined;
}

/**
 * Stricter than isValidTimeZone, for zones typed into files: an IANA Area/Location name or UTC.
 * Legacy abbreviations are refused even where the runtime maps them: "CST" would silently
 * become America/Chicago, where a Chinese clerk means China Standard Time.
 */
export function isIanaTimeZone(zone: string): boolean {
  if (zone !== 'UTC' && !/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)+$/.test(zone)) return false;
  return isValidTimeZone(zone);
}

/** The zone's canonical spelling (`asia/shanghai` → `Asia/Shanghai`), or undefined if invalid. */
export function canonicalTimeZone(tz: string): string | undefined {
  return zoneInfo(tz)?.canonical;
}

/**
 * What the runtime knows of a zone name, asked once per name: its canonical spelling, one
 * formatter that writes the offset ("GMT+08:05:43"), and the offsets of the UTC days read so far
 * (days since 1970 → offset ms, NaN for a day with a change). Undefined for a name that is no zone.
 */
interface ZoneInfo {
  canonical: string;
  formatOffset: (date: Date) => string;
  dayOffsets: Map<number, number>;
}

const zoneInfos = new Map<string, ZoneInfo | undefined>();
/** Bounds the memo when a fuzzer or a bad file sends many different names. */
const MAX_ZONE_NAMES = 256;
/** About 270 years of days per zone; past that the zone's map is dropped and refilled. */
const MAX_DAYS_PER_ZONE = 100_000;

function zoneInfo(tz: string): ZoneInfo | undefined {
  let info = zoneInfos.get(tz);
  if (info === undefined && !zoneInfos.has(tz)) {
    info = readZone(tz);
    if (zoneInfos.size >= MAX_ZONE_NAMES) zoneInfos.clear();
    zoneInfos.set(tz, info);
  }
  return info;
}

function readZone(tz: string): ZoneInfo | undefined {
  if (tz.trim() === '' || /^[+-]/.test(tz)) return undefined;
  try {
    const format = new Intl.DateTimeFormat('en-US', { timeZone: tz, timeZoneName: 'longOffset' });
    return { canonical: format.resolvedOptions().timeZone, formatOffset: format.format, dayOffsets: new Map() };
  } catch {
    return undefined;
  }
}

const OFFSET_TEXT = /GMT(?:([+-])(\d{2}):(\d{2})(?::(\d{2}))?)?$/;
const offsetTexts = new Map<string, number>();

/**
 * UTC offset of the zone at `epochMs`, whole milliseconds, straight from Intl: "GMT-00:16:08"
 * (Abidjan's LMT) is −968 s. (@date-fns/tz's tzOffset, used before, read the sign of a "-00"
 * hour as plus.) NaN outside Date's range.
 */
function offsetFromIntl(info: ZoneInfo, epochMs: number): number {
  const date = new Date(epochMs);
  if (Number.isNaN(date.getTime())) return Number.NaN;
  const text = info.formatOffset(date);
  const gmt = text.slice(text.lastIndexOf('GMT'));
  let off = offsetTexts.get(gmt);
  if (off === undefined) {
    const m = OFFSET_TEXT.exec(gmt);
    if (!m) return Number.NaN;
    off = m[1] === undefined ? 0 : (m[1] === '-' ? -1 : 1) * ((Number(m[2]) * 60 + Number(m[3])) * 60 + Number(m[4] ?? 0)) * 1000;
    offsetTexts.set(gmt, off);
  }
  return off;
}

/**
 * The zone's UTC offset at `epochMs`, memoised. Asking Intl costs microseconds and a date-time is
 * converted with up to a dozen offsets, so they are kept per zone and UTC day: a day whose 25
 * whole hours (00:00 to the next 00:00) all have the same offset has it throughout, as no offset
 * in the tz database lasts less than an hour (the shortest lasted about four days: Africa/Freetown,
 * 1939). A day with a change in it is answered by Intl at the exact instant. The memo changes no
 * result, only how often Intl is asked; the core stays pure (nothing reads the clock).
 */
function offsetMs(zone: string, epochMs: number): number {
  const info = zoneInfo(zone);
  if (info === undefined) return Number.NaN;
  const day = Math.floor(epochMs / DAY);
  let off = info.dayOffsets.get(day);
  if (off === undefined) {
    // A long-lived process checking dates over centuries must not grow without bound.
    if (info.dayOffsets.size >= MAX_DAYS_PER_ZONE) info.dayOffsets.clear();
    off = steadyOffset(info, day);
    info.dayOffsets.set(day, off);
  }
  // NaN: the offset changes that day (or the day is outside Date's range).
  return Number.isNaN(off) ? offsetFromIntl(info, epochMs) : off;
}

/** The offset of a UTC day if it is the same at each of its whole hours, else NaN. */
function steadyOffset(info: ZoneInfo, day: number): number {
  const start = day * DAY;
  const first = offsetFromIntl(info, start);
  for (let h = 1; h <= 24; h++) {
    if (offsetFromIntl(info, start + h * HOUR) !== first) return Number.NaN;
  }
  return first;
}

/** Date.UTC without its 0–99 → 1900s quirk. */
function utcMs(y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number): number {
  if (y >= 100) return Date.UTC(y, mo - 1, d, h, mi, s, ms);
  const date = new Date(Date.UTC(2000, mo - 1, d, h, mi, s, ms));
  date.setUTCFullYear(y);
  return date.getTime();
}

const daysInMonth = (y: number, m: number): number => {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
};

/** True when year-month-day names a real day (rejects 2026-02-30). */
export const isRealDate = (y: number, m: number, d: number): boolean =>
  Number.isInteger(y) && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);

/**
 * The instant of a civil time in `zone`. Offsets are sampled a day and a half either side, which
 * covers every transition the tz database has (the largest jump, Samoa 2011, skipped 24 hours).
 */
function civilToInstant(localAsUtc: number, zone: string): { epochMs: number; adjusted: boolean; ambiguous: boolean } {
  const before = offsetMs(zone, localAsUtc - 36 * HOUR);
  const at = offsetMs(zone, localAsUtc);
  const after = offsetMs(zone, localAsUtc + 36 * HOUR);
  const atCandidate = offsetMs(zone, localAsUtc - at);
  // Nearly always one offset for three days around: the general search below would find the
  // same single instant, only slower.
  if (before === at && after === at && atCandidate === at) {
    return { epochMs: localAsUtc - at, adjusted: false, ambiguous: false };
  }
  const samples = new Set<number>([before, at, after, atCandidate]);
  const valid = [...samples]
    .map((off) => localAsUtc - off)
    .filter((t) => offsetMs(zone, t) === localAsUtc - t)
    .sort((a, b) => a - b);
  if (valid.length > 0) {
    return { epochMs: valid[0] as number, adjusted: false, ambiguous: new Set(valid).size > 1 };
  }
  // In a gap: read the clock with the offset in force before the gap, which lands after it.
  return { epochMs: localAsUtc - offsetMs(zone, localAsUtc - 36 * HOUR), adjusted: true, ambiguous: false };
}

/** What `new Date(t).getTime()` gives (whole ms, NaN outside Date's range), without the Date. */
const clipTime = (t: number): number => (Math.abs(t) <= 8.64e15 ? Math.trunc(t) + 0 : Number.NaN);

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const formatYear = (y: number) => (y < 0 ? `-${pad(-y, 6)}` : y > 9999 ? `+${pad(y, 6)}` : pad(y, 4));

/** The civil view of an instant in `zone`. The zone must be valid. */
export function civilFromEpoch(
  epochMs: number,
  timeZone: string,
  flags: { hadOffset?: boolean; adjusted?: boolean; ambiguous?: boolean } = {},
): CivilDateTime {
  // The zone's wall clock read off a UTC Date shifted by the offset: what TZDate does inside,
  // without its second offset lookup and object set-up.
  const offset = offsetMs(timeZone, epochMs);
  const z = new Date(clipTime(epochMs) + offset);
  const year = z.getUTCFullYear();
  const month = z.getUTCMonth() + 1;
  const day = z.getUTCDate();
  const hour = z.getUTCHours();
  const minute = z.getUTCMinutes();
  const second = z.getUTCSeconds();
  return {
    epochMs,
    date: `${formatYear(year)}-${pad(month)}-${pad(day)}`,
    minuteOfDay: hour * 60 + minute,
    secondOfDay: hour * 3600 + minute * 60 + second,
    year,
    month,
    day,
    hour,
    minute,
    second,
    weekday: z.getUTCDay(),
    offsetMinutes: offset / MINUTE,
    timeZone,
    hadOffset: flags.hadOffset ?? false,
    adjusted: flags.adjusted ?? false,
    ambiguous: flags.ambiguous ?? false,
  };
}

/** The number written by `count` ASCII digits of `text` from `at`. */
function digits(text: string, at: number, count: number): number {
  let n = 0;
  for (let i = at; i < at + count; i++) n = n * 10 + (text.charCodeAt(i) - 48);
  return n;
}

/**
 * Parse a schedule date-time (schedule-schema's DATE_TIME_PATTERN) in `timeZone`. Never throws:
 * a text the pattern accepts can still name no date (`2026-02-30`), and the zone may be invalid.
 */
export function parseCivil(text: string, timeZone: string): CivilParseResult {
  const m = PARSE.exec(text);
  if (!m) {
    return { ok: false, reason: 'format', message: `not a date-time like 2026-03-05T09:00: ${JSON.stringify(text)}` };
  }
  // The pattern fixes where the first five fields are: read their digits in place.
  const y = digits(text, 0, 4);
  const mo = digits(text, 5, 2);
  const d = digits(text, 8, 2);
  const h = digits(text, 11, 2);
  const mi = digits(text, 14, 2);
  const s = Number(m[6] ?? 0);
  const ms = Number((m[7] ?? '0').padEnd(3, '0'));
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 23 || mi > 59 || s > 59) {
    return { ok: false, reason: 'date', message: `no such date or time: ${text}` };
  }
  if (!isValidTimeZone(timeZone)) {
    return { ok: false, reason: 'zone', message: `unknown time zone: ${JSON.stringify(timeZone)}` };
  }
  const localAsUtc = utcMs(y, mo, d, h, mi, s, ms);
  if (m[8] !== undefined) {
    const offset = m[8] === 'Z' ? 0 : (m[9] === '-' ? -1 : 1) * (Number(m[10]) * 60 + Number(m[11]));
    if (Math.abs(offset) >= 24 * 60) return { ok: false, reason: 'date', message: `offset out of range: ${text}` };
    return { ok: true, value: civilFromEpoch(localAsUtc - offset * MINUTE, timeZone, { hadOffset: true }) };
  }
  const { epochMs, adjusted, ambiguous } = civilToInstant(localAsUtc, timeZone);
  return { ok: true, value: civilFromEpoch(epochMs, timeZone, { adjusted, ambiguous }) };
}

/** The instant of a schedule date-time, or null when it names no date or the zone is unknown. */
export function civilToEpoch(text: string, timeZone: string): number | null {
  const r = parseCivil(text, timeZone);
  return r.ok ? r.value.epochMs : null;
}

/** Wall-clock fields (month 1–12), as an .ics reader has them. */
export interface CivilFields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The instant at which the wall clock in `zone` shows `f` (DST as in parseCivil). */
export function civilFieldsToEpoch(f: CivilFields, zone: string): number {
  return civilToInstant(utcMs(f.year, f.month, f.day, f.hour, f.minute, f.second, 0), zone).epochMs;
}

/** Like parseCivil, but throws a plain Error on a bad text or zone. */
export function parseCivilOrThrow(text: string, timeZone: string): CivilDateTime {
  const r = parseCivil(text, timeZone);
  if (!r.ok) throw new Error(r.message);
  return r.value;
}

/**
 * `YYYY-MM-DDTHH:MM` (seconds added when not zero) of an instant in `timeZone`; parseCivil of
 * the result gives the instant back, except inside a fall-back hour's second pass.
 */
export function formatCivil(epochMs: number, timeZone: string): string {
  const c = civilFromEpoch(epochMs, timeZone);
  const ms = ((epochMs % 1000) + 1000) % 1000;
  const secs = c.second !== 0 || ms !== 0 ? `:${pad(c.second)}${ms !== 0 ? `.${pad(ms, 3)}` : ''}` : '';
  return `${c.date}T${pad(c.hour)}:${pad(c.minute)}${secs}`;
}

/** `YYYY-MM-DD` → weekday, 0 = Sunday; independent of any zone. */
export function weekdayOfDate(date: string): number {
  const m = /^(-?\d+)-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return Number.NaN;
  return new Date(utcMs(Number(m[1]), Number(m[2]), Number(m[3]), 0, 0, 0, 0)).getUTCDay();
}
