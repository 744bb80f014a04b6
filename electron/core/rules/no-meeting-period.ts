import type { DayType, OfficialCalendar } from '../calendar/calendar-types';
import { eveningStartMinutes } from '../policy/policy';
import type { CivilDateTime } from '../time/civil-time';
import type { Finding } from './finding';
import { clockText, type RuleInput } from './rule-context';

/**
 * How the official calendar classes the date. A year the calendar does not cover is judged by
 * weekday alone (calendar-coverage warns about it); a calendar that fails on a date is treated
 * the same way, so a rule check never throws.
 */
export function judgeDay(calendar: OfficialCalendar, start: CivilDateTime): DayType {
  const byWeekday: DayType = start.weekday === 0 || start.weekday === 6 ? 'weekend' : 'workday';
  if (!calendar.covers(start.year)) return byWeekday;
  try {
    return calendar.dayType(start.date);
  } catch {
    return byWeekday;
  }
}

const isWorking = (t: DayType) => t === 'workday' || t === 'adjusted-workday';

/**
 * policy.md: the meeting starts in a no-meeting period (a no-meeting month, or on or after the
 * half-month start day), on a working day by the official calendar, before the evening start.
 * "一律": no meeting kind is exempt.
 */
export function noMeetingPeriod({ start, meeting, policy, calendar, timeZone }: RuleInput): Finding[] {
  if (!start.ok) {
    return [
      {
        rule: 'no-meeting-period',
        severity: 'error',
        code: 'start-invalid',
        params: { start: meeting.start, reason: start.reason, timeZone },
      },
    ];
  }
  const s = start.value;
  const inMonth = policy.noMeetingMonths.includes(s.month);
  const inHalf = policy.halfMonthStartDay !== null && s.day >= policy.halfMonthStartDay;
  if (!inMonth && !inHalf) return [];
  // Compared to the second: 17:59:30 is before 18:00.
  if (s.secondOfDay >= eveningStartMinutes(policy) * 60) return [];
  const dayType = judgeDay(calendar, s);
  if (!isWorking(dayType)) return [];
  return [
    {
      rule: 'no-meeting-period',
      severity: 'error',
      code: inMonth ? 'month' : 'half-month',
      params: {
        date: s.date,
        time: clockText(s),
        weekday: s.weekday,
        month: s.month,
        day: s.day,
        startDay: policy.halfMonthStartDay ?? 0,
        eveningStart: policy.eveningStart,
        dayType,
      },
    },
  ];
}
