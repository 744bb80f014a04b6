import { TZDate } from '@date-fns/tz';

const CIVIL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|([+-])(\d{2}):?(\d{2}))?$/;

/**
 * A schedule date-time (`YYYY-MM-DDTHH:MM[:SS[.sss]]`, civil in `timeZone`, or with an offset
 * or Z) as epoch ms; null when it is not a real date-time or the zone is unknown.
 */
export function civilToEpoch(text: string, timeZone: string): number | null {
  const m = CIVIL.exec(text);
  if (!m) return null;
  const [y, mo, d, h, mi, s, frac] = [m[1], m[2], m[3], m[4], m[5], m[6] ?? '0', (m[7] ?? '0').padEnd(3, '0')].map(
    Number,
  ) as [number, number, number, number, number, number, number];
  // Date.UTC rolls 02-30 over to March: a round trip tells a real date from a typo.
  const probe = new Date(Date.UTC(y, mo - 1, d));
  if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== mo - 1 || probe.getUTCDate() !== d) return null;
  if (m[8] !== undefined) {
    const utc = Date.UTC(y, mo - 1, d, h, mi, s, frac);
    if (m[8] === 'Z') return utc;
    const offset = (Number(m[10]) * 60 + Number(m[11])) * 60_000;
    return m[9] === '-' ? utc + offset : utc - offset;
  }
  const t = new TZDate(y, mo - 1, d, h, mi, s, frac, timeZone).getTime();
  return Number.isFinite(t) ? t : null;
}
