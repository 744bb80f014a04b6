import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonicalTimeZone, civilFromEpoch, isValidTimeZone, parseCivil } from '../../../electron/core/time/civil-time';

// civil-time memoises zone checks and keeps offsets per zone at whole UTC hours. These tests
// compare it with Intl asked afresh at the exact instant, and with the uncached search it
// replaced, so that the memo can only change speed, never an answer.

const HOUR = 3_600_000;

/** The zone's offset at an instant from Intl's "GMT+08:05:43" text, in ms; no cache involved. */
function intlOffsetMs(zone: string, epochMs: number): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
    .formatToParts(new Date(epochMs))
    .find((p) => p.type === 'timeZoneName')!.value;
  const m = /^GMT(?:([+-])(\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(name);
  if (!m) throw new Error(`unexpected offset text ${name}`);
  if (m[1] === undefined) return 0;
  return (m[1] === '-' ? -1 : 1) * ((Number(m[2]) * 60 + Number(m[3])) * 60 + Number(m[4] ?? 0)) * 1000;
}

/** Wall-clock fields in the zone, from Intl. */
function intlFields(zone: string, epochMs: number): number[] {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(epochMs))
      .map((p) => [p.type, p.value]),
  );
  return [+parts.year!, +parts.month!, +parts.day!, +parts.hour!, +parts.minute!, +parts.second!];
}

const fields = (c: { year: number; month: number; day: number; hour: number; minute: number; second: number }) => [
  c.year,
  c.month,
  c.day,
  c.hour,
  c.minute,
  c.second,
];

/** Offset changes that do not fall on a whole UTC hour, and ones that do. */
const TRANSITIONS: readonly (readonly [string, number])[] = [
  ['Asia/Shanghai', Date.UTC(1900, 11, 31, 15, 54, 17)], // LMT +08:05:43 → CST
  ['Asia/Kathmandu', Date.UTC(1985, 11, 31, 18, 30)], // +05:30 → +05:45
  ['America/New_York', Date.UTC(2026, 2, 8, 7)], // spring forward
  ['America/New_York', Date.UTC(2026, 10, 1, 6)], // fall back
  ['Australia/Lord_Howe', Date.UTC(2026, 9, 3, 15, 30)], // half-hour DST
  ['Pacific/Chatham', Date.UTC(2026, 8, 26, 14)], // +12:45 → +13:45
  ['Pacific/Apia', Date.UTC(2011, 11, 30, 10)], // skipped 30 December 2011
  ['Asia/Shanghai', Date.UTC(1988, 3, 16, 18)], // China DST 1988
];

describe('offsets kept per hour', () => {
  it.each(TRANSITIONS)('%s around %d: every instant as Intl says, whichever was asked first', (zone, at) => {
    // Fill the hours around the change first, from their starts, so that a wrong "the whole hour
    // has one offset" would show at the instants next to the change.
    for (let h = Math.floor(at / HOUR) - 2; h <= Math.floor(at / HOUR) + 2; h++) civilFromEpoch(h * HOUR, zone);
    for (const d of [-HOUR, -60_000, -1000, -1, 0, 1, 1000, 60_000, HOUR]) {
      const t = at + d;
      const c = civilFromEpoch(t, zone);
      expect(c.offsetMinutes).toBe(intlOffsetMs(zone, t) / 60_000);
      expect(fields(c)).toEqual(intlFields(zone, t));
    }
  });

  it('the change is really inside the hour for the first two (the cases the memo must not smooth over)', () => {
    for (const [zone, at] of TRANSITIONS.slice(0, 2)) {
      expect(at % HOUR).not.toBe(0);
      expect(intlOffsetMs(zone, at - 1)).not.toBe(intlOffsetMs(zone, at));
    }
  });

  it('matches Intl for any instant in any zone the runtime knows (property)', () => {
    const zones = Intl.supportedValuesOf('timeZone');
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1850, 0, 1), max: Date.UTC(2100, 0, 1) }),
        fc.constantFrom(...zones),
        (ms, zone) => {
          const c = civilFromEpoch(ms, zone);
          expect(c.offsetMinutes).toBe(intlOffsetMs(zone, ms) / 60_000);
          expect(fields(c)).toEqual(intlFields(zone, ms));
          expect(c.weekday).toBe(new Date(Date.UTC(c.year, c.month - 1, c.day)).getUTCDay());
        },
      ),
      { numRuns: 3000 },
    );
  });
});

// The search parseCivil did before offsets were cached, asking Intl afresh at every sample.
function uncachedInstant(localAsUtc: number, zone: string) {
  const off = (t: number) => intlOffsetMs(zone, t);
  const samples = new Set([off(localAsUtc - 36 * HOUR), off(localAsUtc), off(localAsUtc + 36 * HOUR)]);
  samples.add(off(localAsUtc - off(localAsUtc)));
  const valid = [...samples]
    .map((o) => localAsUtc - o)
    .filter((t) => off(t) === localAsUtc - t)
    .sort((a, b) => a - b);
  if (valid.length > 0) return { epochMs: valid[0]!, adjusted: false, ambiguous: new Set(valid).size > 1 };
  return { epochMs: localAsUtc - off(localAsUtc - 36 * HOUR), adjusted: true, ambiguous: false };
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

describe('parseCivil with cached offsets', () => {
  it('reads an offset between −1 h and 0 as negative (Monrovia −00:44:30 until 1972, Abidjan LMT)', () => {
    const c = parseCivil('1970-06-01T12:00', 'Africa/Monrovia');
    expect(c).toMatchObject({ ok: true, value: { hour: 12, minute: 0, second: 0, offsetMinutes: -44.5 } });
    expect(c.ok && c.value.epochMs).toBe(Date.UTC(1970, 5, 1, 12, 44, 30));
    expect(civilFromEpoch(Date.UTC(1900, 0, 1, 12), 'Africa/Abidjan')).toMatchObject({ hour: 11, minute: 43, second: 52, offsetMinutes: -968 / 60 });
  });

  const zones = ['Africa/Monrovia', 'Asia/Shanghai', 'America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Pacific/Apia', 'Asia/Kathmandu', 'Pacific/Chatham', 'America/Sao_Paulo', 'Africa/Casablanca', 'UTC'];
  it('finds the same instant, gap and fold as the uncached search (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1890, max: 2060 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        fc.constantFrom(...zones),
        (y, mo, d, h, mi, zone) => {
          const text = `${pad(y, 4)}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}`;
          const r = parseCivil(text, zone);
          if (!r.ok) throw new Error(r.message);
          const want = uncachedInstant(Date.UTC(y, mo - 1, d, h, mi), zone);
          expect({ epochMs: r.value.epochMs, adjusted: r.value.adjusted, ambiguous: r.value.ambiguous }).toEqual(want);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('still rolls a gap forward and takes the earlier of a fold after the hours are cached', () => {
    for (let k = 0; k < 3; k++) {
      expect(parseCivil('2026-03-08T02:30', 'America/New_York')).toMatchObject({ ok: true, value: { hour: 3, minute: 30, adjusted: true } });
      expect(parseCivil('2026-11-01T01:30', 'America/New_York')).toMatchObject({
        ok: true,
        value: { epochMs: Date.UTC(2026, 10, 1, 5, 30), ambiguous: true },
      });
    }
  });
});

describe('zone names, memoised', () => {
  it('answers the same on every call, and keeps answering past the memo bound', () => {
    for (let k = 0; k < 600; k++) expect(isValidTimeZone(`Nowhere/Place_${k}`)).toBe(false);
    for (let k = 0; k < 3; k++) {
      expect(isValidTimeZone('Asia/Shanghai')).toBe(true);
      expect(isValidTimeZone('asia/shanghai')).toBe(true);
      expect(isValidTimeZone('+08:00')).toBe(false);
      expect(isValidTimeZone(' ')).toBe(false);
      expect(isValidTimeZone(42)).toBe(false);
      expect(canonicalTimeZone('asia/shanghai')).toBe('Asia/Shanghai');
      expect(canonicalTimeZone('Mars/Olympus')).toBeUndefined();
      expect(parseCivil('2026-03-05T09:00', 'Mars/Olympus')).toMatchObject({ ok: false, reason: 'zone' });
    }
  });
});
