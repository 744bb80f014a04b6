import type { CivilDate, DayType, OfficialCalendar } from '../calendar/calendar-types';
import { addDays, daysBetween, parseCivilDate, weekdayOf } from '../calendar/civil-date';
import { eveningStartMinutes, type Policy } from '../policy/policy';

/**
 * How the planning screens see a day: its official type, and whether it lies in a no-meeting
 * period (policy.md: a no-meeting month, or on/after the half-month start day).
 */
export interface PlanningDay {
  date: CivilDate;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
  dayType: DayType;
  /** The holiday's name, when the date is in a statutory holiday period. */
  holiday?: { zh: string; en: string };
  /** In a no-meeting month or the second half of a month. */
  noMeetingPeriod: boolean;
  /** `noMeetingPeriod` and a working day: daytime meetings are not allowed. */
  restrictedDaytime: boolean;
  /** The calendar has the year; otherwise rest days are judged by weekday alone. */
  covered: boolean;
}

const isWorking = (t: DayType) => t === 'workday' || t === 'adjusted-workday';

/**
 * The same judgement as the rules engine's judgeDay: a year the calendar lacks, or a date it
 * fails on, is judged by weekday alone (calendar-coverage warns about that year).
 */
export function dayTypeOf(calendar: OfficialCalendar, date: CivilDate): DayType {
  const ymd = parseCivilDate(date);
  if (!ymd) throw new RangeError(`not a date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  const weekday = weekdayOf(ymd);
  const byWeekday: DayType = weekday === 0 || weekday === 6 ? 'weekend' : 'workday';
  if (!calendar.covers(ymd.year)) return byWeekday;
  try {
    return calendar.dayType(date);
  } catch {
    return byWeekday;
  }
}

export function inNoMeetingPeriod(policy: Policy, date: CivilDate): boolean {
  const ymd = parseCivilDate(date);
  if (!ymd) return false;
  return policy.noMeetingMonths.includes(ymd.month) || (policy.halfMonthStartDay !== null && ymd.day >= policy.halfMonthStartDay);
}

export function planningDay(policy: Policy, calendar: OfficialCalendar, date: CivilDate): PlanningDay {
  const ymd = parseCivilDate(date);
  if (!ymd) throw new RangeError(`not a date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  const dayType = dayTypeOf(calendar, date);
  const noMeetingPeriod = inNoMeetingPeriod(policy, date);
  let holiday: PlanningDay['holiday'];
  if (dayType === 'holiday') {
    try {
      holiday = calendar.holidayName(date);
    } catch {
      holiday = undefined;
    }
  }
  return {
    date,
    weekday: weekdayOf(ymd),
    dayType,
    ...(holiday ? { holiday } : {}),
    noMeetingPeriod,
    restrictedDaytime: noMeetingPeriod && isWorking(dayType),
    covered: calendar.covers(ymd.year),
  };
}

/** Every day from `from` to `to` (both included); at most 400 days, so a bad range cannot hang. */
export function planningDays(policy: Policy, calendar: OfficialCalendar, from: CivilDate, to: CivilDate): PlanningDay[] {
  const span = daysBetween(from, to);
  if (span < 0) return [];
  if (span > 400) throw new RangeError(`range too long (${span + 1} days, at most 401)`);
  const out: PlanningDay[] = [];
  for (let i = 0; i <= span; i++) out.push(planningDay(policy, calendar, addDays(from, i)));
  return out;
}

/** Whether a meeting starting at `minuteOfDay` on `date` keeps clear of the no-meeting rule. */
export function startAllowed(policy: Policy, calendar: OfficialCalendar, date: CivilDate, minuteOfDay: number): boolean {
  if (!inNoMeetingPeriod(policy, date)) return true;
  if (minuteOfDay >= eveningStartMinutes(policy)) return true;
  return !isWorking(dayTypeOf(calendar, date));
}
