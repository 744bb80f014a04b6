import type { CivilDate, DayType, OfficialCalendar } from '../calendar/calendar-types';
import { addDays, parseCivilDate, weekdayOf } from '../calendar/civil-date';
import type { Policy } from '../policy/policy';
import { parseCivil } from '../time/civil-time';
import { dayTypeOf, inNoMeetingPeriod, startAllowed } from './planning-days';

/**
 * Where a meeting that breaks `no-meeting-period` could go instead. The county's text says
 * "确需召开会议的，一律放在晚上或双休日举行", so the first two offers are that evening and the
 * next weekend day; the third moves the meeting out of the period altogether, to the first
 * working day of the next month's first half that is not in a no-meeting month.
 */
export type SlotKind = 'evening' | 'rest-day' | 'next-period';

export interface SlotSuggestion {
  kind: SlotKind;
  /** Civil start in the schedule zone, `YYYY-MM-DDTHH:MM`. */
  start: string;
  date: CivilDate;
  /** `HH:MM` */
  time: string;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
  dayType: DayType;
}

export interface SlotContext {
  policy: Policy;
  calendar: OfficialCalendar;
  timeZone: string;
}

/** How far ahead the search looks before giving up on an offer (a year covers any policy). */
const SEARCH_DAYS = 400;

const pad = (n: number) => String(n).padStart(2, '0');
const hhmm = (minuteOfDay: number) => `${pad(Math.floor(minuteOfDay / 60))}:${pad(minuteOfDay % 60)}`;

function slot(kind: SlotKind, calendar: OfficialCalendar, date: CivilDate, minuteOfDay: number): SlotSuggestion {
  const time = hhmm(minuteOfDay);
  return {
    kind,
    start: `${date}T${time}`,
    date,
    time,
    weekday: weekdayOf(parseCivilDate(date)!),
    dayType: dayTypeOf(calendar, date),
  };
}

/** The first of the month after `date`. */
function firstOfNextMonth(date: CivilDate): CivilDate {
  const { year, month } = parseCivilDate(date)!;
  return month === 12 ? `${year + 1}-01-01` : `${year}-${pad(month + 1)}-01`;
}

/**
 * The nearest compliant starts for a meeting whose start breaks the no-meeting rule, in date
 * order: that evening at the evening start, the next weekend day at the same time of day, and the
 * first working day outside every no-meeting period from next month on, at the same time.
 * Empty when the start is allowed (or cannot be read). Pure: every offer is re-checked with the
 * same judgement the rule uses.
 */
export function suggestSlots(start: string, ctx: SlotContext): SlotSuggestion[] {
  const parsed = parseCivil(start, ctx.timeZone);
  if (!parsed.ok) return [];
  const { date, minuteOfDay } = parsed.value;
  const { policy, calendar } = ctx;
  if (startAllowed(policy, calendar, date, minuteOfDay)) return [];

  const out: SlotSuggestion[] = [];
  const [eh, em] = policy.eveningStart.split(':').map(Number);
  const evening = (eh ?? 18) * 60 + (em ?? 0);
  if (startAllowed(policy, calendar, date, evening)) out.push(slot('evening', calendar, date, evening));

  // 双休日: a weekend day that is neither a statutory holiday nor an adjusted working day.
  for (let i = 1; i <= SEARCH_DAYS; i++) {
    const d = addDays(date, i);
    if (dayTypeOf(calendar, d) === 'weekend') {
      out.push(slot('rest-day', calendar, d, minuteOfDay));
      break;
    }
  }

  const first = firstOfNextMonth(date);
  for (let i = 0; i <= SEARCH_DAYS; i++) {
    const d = addDays(first, i);
    const t = dayTypeOf(calendar, d);
    if ((t === 'workday' || t === 'adjusted-workday') && !inNoMeetingPeriod(policy, d)) {
      out.push(slot('next-period', calendar, d, minuteOfDay));
      break;
    }
  }
  return out;
}
