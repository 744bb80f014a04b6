import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundledCalendar, createOfficialCalendar } from '../../../electron/core/calendar';
import { addDays } from '../../../electron/core/calendar/civil-date';
import { suggestSlots, startAllowed } from '../../../electron/core/planning';
import { DEFAULT_POLICY, PolicySchema } from '../../../electron/core/policy/policy';
import { checkMeeting } from '../../../electron/core/rules';

const ctx = { policy: DEFAULT_POLICY, calendar: bundledCalendar(), timeZone: 'Asia/Shanghai' };
const starts = (start: string, c = ctx) => suggestSlots(start, c).map((s) => `${s.kind} ${s.start}`);

describe('suggestSlots', () => {
  it('offers that evening, the next weekend day and the first open working day of next month', () => {
    // Thursday in March, a no-meeting month.
    expect(starts('2026-03-05T09:00')).toEqual(['evening 2026-03-05T18:00', 'rest-day 2026-03-07T09:00', 'next-period 2026-04-01T09:00']);
  });

  it('offers nothing for a start that is allowed', () => {
    expect(suggestSlots('2026-04-08T09:00', ctx)).toEqual([]); // first half of April
    expect(suggestSlots('2026-03-05T18:00', ctx)).toEqual([]); // the evening start itself is allowed
    expect(suggestSlots('2026-03-07T09:00', ctx)).toEqual([]); // a Saturday
    expect(suggestSlots('not a date', ctx)).toEqual([]);
  });

  it('skips adjusted working days and statutory holidays when looking for a rest day', () => {
    // 2026-02-27 is a Friday in the second half; Saturday 02-28 is an adjusted working day (调休上班).
    const s = suggestSlots('2026-02-27T15:00', ctx);
    expect(s.map((x) => x.start)).toEqual(['2026-02-27T18:00', '2026-03-01T15:00', '2026-04-01T15:00']);
    expect(s[1]).toMatchObject({ weekday: 0, dayType: 'weekend' });
    // 2026-09-24: Mid-Autumn (09-25…27) and National Day (10-01…07) are holidays, 10-10 is worked.
    expect(starts('2026-09-24T10:00')).toEqual(['evening 2026-09-24T18:00', 'rest-day 2026-10-11T10:00', 'next-period 2026-10-08T10:00']);
  });

  it('moves past a whole no-meeting month to the next open first half', () => {
    // July 20 is in the second half; August is a no-meeting month; September 1 2026 is a Tuesday.
    expect(starts('2026-07-20T09:30').at(-1)).toBe('next-period 2026-09-01T09:30');
  });

  it('follows the policy: another evening start, no half-month rule', () => {
    const policy = PolicySchema.parse({ eveningStart: '19:30', halfMonthStartDay: null });
    expect(starts('2026-03-05T09:00', { ...ctx, policy })[0]).toBe('evening 2026-03-05T19:30');
    expect(suggestSlots('2026-04-20T09:00', { ...ctx, policy })).toEqual([]);
  });

  it('judges a year the calendar lacks by weekday alone', () => {
    const empty = { ...ctx, calendar: createOfficialCalendar([]) };
    expect(starts('2030-03-05T09:00', empty)).toEqual(['evening 2030-03-05T18:00', 'rest-day 2030-03-09T09:00', 'next-period 2030-04-01T09:00']);
  });

  it('every offer passes the no-meeting-period rule (property)', () => {
    const day0 = '2026-01-01';
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 364 }), fc.integer({ min: 0, max: 23 * 60 + 59 }), (offset, minute) => {
        const date = addDays(day0, offset);
        const hh = String(Math.floor(minute / 60)).padStart(2, '0');
        const mm = String(minute % 60).padStart(2, '0');
        const start = `${date}T${hh}:${mm}`;
        const offers = suggestSlots(start, ctx);
        const meeting = { id: 'x', title: 't', kind: 'working' as const, countyWide: false, start, durationMinutes: 60, approvals: [], agenda: [] };
        const breaks = checkMeeting(meeting, ctx).some((f) => f.rule === 'no-meeting-period');
        expect(offers.length > 0).toBe(breaks);
        for (const o of offers) {
          expect(checkMeeting({ ...meeting, start: o.start }, ctx).some((f) => f.rule === 'no-meeting-period')).toBe(false);
          expect(startAllowed(ctx.policy, ctx.calendar, o.date, Number(o.time.slice(0, 2)) * 60 + Number(o.time.slice(3)))).toBe(true);
          expect(o.date >= date).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
