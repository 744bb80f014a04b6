import { TZDate } from '@date-fns/tz';

const CIVIL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:?\d{2})?$/;

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** True when `zone` is an IANA zone (or offset) that Intl knows. */
export const isKnownTimeZone = (zone: string): boolean => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

/**
 * Epoch milliseconds of a schedule date-time: civil time in `timeZone`, unless the text carries
 * its own offset or Z. Returns null for text that is not a real date (e.g. 2026-02-30T09:00).
 */
export const civilToEpoch = (text: string, timeZone: string): number | null => {
  const m = CIVIL.exec(text);
  if (!m) return null;
  const num = (i: number) => (m[i] === undefined ? 0 : Number(m[i]));
  const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map(num) as [number, number, number, number, number, number];
  const ms = m[7] === undefined ? 0 : Number(m[7].padEnd(3, '0'));
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  const offset = m[8];
  if (offset !== undefined) {
    const iso = `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${pad(second)}.${pad(ms, 3)}${
      offset === 'Z' ? 'Z' : `${offset.slice(0, 3)}:${offset.slice(-2)}`
    }`;
    const t = Date.parse(iso);
    return Number.isNaN(t) ? null : t;
  }
  if (!isKnownTimeZone(timeZone)) return null;
  const t = new TZDate(year, month - 1, day, hour, minute, second, ms, timeZone).getTime();
  return Number.isNaN(t) ? null : t;
};

/** The schedule text `YYYY-MM-DDTHH:MM[:SS]` of an instant in `timeZone`. */
export const epochToCivil = (epoch: number, timeZone: string): string => {
  const t = new TZDate(epoch, timeZone);
  const base = `${t.getFullYear()}-${pad(t.getMonth() + 1)}-${pad(t.getDate())}T${pad(t.getHours())}:${pad(t.getMinutes())}`;
  return t.getSeconds() === 0 ? base : `${base}:${pad(t.getSeconds())}`;
};
