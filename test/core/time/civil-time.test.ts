import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  canonicalTimeZone,
  civilFromEpoch,
  formatCivil,
  isValidTimeZone,
  parseCivil,
  parseCivilOrThrow,
  weekdayOfDate,
} from '../../../electron/core/time/civil-time';
import { DATE_TIME_PATTERN } from '../../../electron/core/schedule/schedule-schema';

const SH = 'Asia/Shanghai';
const NY = 'America/New_York';

describe('parseCivil', () => {
  it('reads civil time in the schedule zone', () => {
    const c = parseCivilOrThrow('2026-03-05T09:00', SH);
    expect(c).toMatchObject({ date: '2026-03-05', minuteOfDay: 540, year: 2026, month: 3, day: 5, weekday: 4, offsetMinutes: 480, hadOffset: false });
    expect(c.epochMs).toBe(Date.UTC(2026, 2, 5, 1, 0));
  });

  it('converts an instant with an offset into the schedule zone', () => {
    // 17:30 UTC on the 15th is 01:30 on the 16th in China: the second half of the month.
    const c = parseCivilOrThrow('2026-04-15T17:30Z', SH);
    expect(c).toMatchObject({ date: '2026-04-16', minuteOfDay: 90, hadOffset: true });
    expect(parseCivilOrThrow('2026-04-16T01:30+0800', SH).epochMs).toBe(c.epochMs);
    expect(parseCivilOrThrow('2026-04-15T13:30-04:00', SH).epochMs).toBe(c.epochMs);
    expect(parseCivilOrThrow('2026-04-16T01:30+08:00', NY)).toMatchObject({ date: '2026-04-15', minuteOfDay: 13 * 60 + 30 });
  });

  it('keeps seconds and milliseconds', () => {
    const c = parseCivilOrThrow('2026-03-05T17:59:59.5', SH);
    expect(c).toMatchObject({ minuteOfDay: 17 * 60 + 59, secondOfDay: 17 * 3600 + 59 * 60 + 59, second: 59 });
    expect(c.epochMs % 1000).toBe(500);
  });

  it('refuses a date the pattern lets through but the calendar has not', () => {
    for (const t of ['2026-02-29T09:00', '2026-02-30T09:00', '2026-04-31T09:00']) {
      expect(DATE_TIME_PATTERN.test(t)).toBe(true);
      expect(parseCivil(t, SH)).toMatchObject({ ok: false, reason: 'date' });
    }
    expect(parseCivil('2024-02-29T09:00', SH).ok).toBe(true);
    expect(parseCivil('2000-02-29T09:00', SH).ok).toBe(true);
    expect(parseCivil('1900-02-29T09:00', SH)).toMatchObject({ ok: false });
  });

  it('refuses bad text and bad zones without throwing', () => {
    expect(parseCivil('2026-03-05 09:00', SH)).toMatchObject({ ok: false, reason: 'format' });
    expect(parseCivil('2026-03-05T09:00', 'Mars/Olympus')).toMatchObject({ ok: false, reason: 'zone' });
    expect(() => parseCivilOrThrow('x', SH)).toThrow(/not a date-time/);
  });

  it('handles years below 100 (no 1900s quirk)', () => {
    expect(parseCivilOrThrow('0050-06-01T12:00Z', 'UTC')).toMatchObject({ year: 50, date: '0050-06-01' });
    expect(formatCivil(parseCivilOrThrow('0000-01-01T00:00', 'UTC').epochMs, 'UTC')).toBe('0000-01-01T00:00');
  });

  describe('daylight saving', () => {
    it('rolls a nonexistent civil time forward by the gap (spring forward)', () => {
      const c = parseCivilOrThrow('2026-03-08T02:30', NY);
      expect(c).toMatchObject({ date: '2026-03-08', hour: 3, minute: 30, adjusted: true, offsetMinutes: -240 });
      expect(c.epochMs).toBe(Date.UTC(2026, 2, 8, 7, 30));
    });
    it('takes the earlier of a repeated civil time (fall back)', () => {
      const c = parseCivilOrThrow('2026-11-01T01:30', NY);
      expect(c).toMatchObject({ hour: 1, minute: 30, ambiguous: true, offsetMinutes: -240 });
      expect(c.epochMs).toBe(Date.UTC(2026, 10, 1, 5, 30));
    });
    it('handles half-hour DST (Lord Howe) and a skipped day (Samoa 2011)', () => {
      expect(parseCivilOrThrow('2026-10-04T02:15', 'Australia/Lord_Howe')).toMatchObject({ hour: 2, minute: 45, adjusted: true });
      const samoa = parseCivilOrThrow('2011-12-30T12:00', 'Pacific/Apia');
      expect(samoa).toMatchObject({ date: '2011-12-31', adjusted: true });
    });
    it('China had DST 1986–1991: 1988-04-17T02:30 did not exist', () => {
      expect(parseCivilOrThrow('1988-04-17T02:30', SH)).toMatchObject({ hour: 3, minute: 30, adjusted: true });
      expect(parseCivilOrThrow('2026-04-10T02:30', SH)).toMatchObject({ hour: 2, adjusted: false });
    });
    it('keeps historical offsets with seconds (Shanghai LMT, +08:05:43)', () => {
      const c = parseCivilOrThrow('1900-01-01T09:00', SH);
      expect(c).toMatchObject({ hour: 9, minute: 0, second: 0 });
      expect(formatCivil(c.epochMs, SH)).toBe('1900-01-01T09:00');
    });
  });
});

describe('formatCivil', () => {
  it('shows an instant in a zone', () => {
    expect(formatCivil(Date.UTC(2026, 2, 5, 1, 0), SH)).toBe('2026-03-05T09:00');
    expect(formatCivil(Date.UTC(2026, 2, 5, 1, 0, 7), SH)).toBe('2026-03-05T09:00:07');
    expect(formatCivil(Date.UTC(2026, 2, 5, 1, 0), NY)).toBe('2026-03-04T20:00');
  });

  const zones = ['Asia/Shanghai', 'America/New_York', 'Asia/Kathmandu', 'Pacific/Chatham', 'Australia/Lord_Howe', 'America/St_Johns', 'Pacific/Kiritimati', 'Europe/London', 'UTC'];
  it('round-trips through parseCivil for any instant and zone (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1950, 0, 1), max: Date.UTC(2100, 0, 1) }), fc.constantFrom(...zones), (ms, zone) => {
        const t = Math.floor(ms / 60_000) * 60_000;
        const text = formatCivil(t, zone);
        const back = parseCivilOrThrow(text, zone);
        // Inside a fall-back hour the civil text names two instants; the earlier one is taken.
        if (back.ambiguous) expect(back.epochMs).toBeLessThanOrEqual(t);
        else expect(back.epochMs).toBe(t);
        expect(formatCivil(back.epochMs, zone)).toBe(text);
      }),
    );
  });

  it('civilFromEpoch agrees with Intl', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2100, 0, 1) }), fc.constantFrom(...zones), (ms, zone) => {
        const c = civilFromEpoch(ms, zone);
        const parts = Object.fromEntries(
          new Intl.DateTimeFormat('en-US', { timeZone: zone, year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', hourCycle: 'h23' })
            .formatToParts(new Date(ms))
            .map((p) => [p.type, p.value]),
        );
        expect([c.year, c.month, c.day, c.hour, c.minute]).toEqual([+parts.year!, +parts.month!, +parts.day!, +parts.hour!, +parts.minute!]);
      }),
    );
  });
});

describe('time zones', () => {
  it.each([
    ['Asia/Shanghai', true],
    ['asia/shanghai', true],
    ['UTC', true],
    ['Etc/GMT-8', true],
    ['America/New_York', true],
    ['+08:00', false],
    ['GMT+8', false],
    ['Mars/Olympus', false],
    ['', false],
    ['  ', false],
  ])('%j valid: %s', (tz, ok) => {
    expect(isValidTimeZone(tz)).toBe(ok);
  });
  it('canonicalises', () => {
    expect(canonicalTimeZone('asia/shanghai')).toBe('Asia/Shanghai');
    expect(canonicalTimeZone('nope')).toBeUndefined();
  });
  it('weekdayOfDate', () => {
    expect(weekdayOfDate('2026-02-28')).toBe(6);
    expect(weekdayOfDate('2026-03-05')).toBe(4);
    expect(weekdayOfDate('0050-01-01')).toBe(new Date(Date.UTC(2000, 0, 1)).setUTCFullYear(50) && 6);
  });
});
