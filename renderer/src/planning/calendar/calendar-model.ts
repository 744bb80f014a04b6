import type { MeetingSummary, Overview } from '../../../../electron/services/planning/planning-types';
import { addDays, parseCivilDate, weekdayOf } from '../../../../electron/core/calendar/civil-date';

/** Calendar arithmetic for the month and week views: Monday-first weeks, civil dates only. */

const pad = (n: number) => String(n).padStart(2, '0');

/** Monday of the week holding `date`. */
export function mondayOf(date: string): string {
  const wd = weekdayOf(parseCivilDate(date)!);
  return addDays(date, -((wd + 6) % 7));
}

export const firstOfMonth = (date: string) => `${date.slice(0, 7)}-01`;

export function shiftMonth(date: string, n: number): string {
  const { year, month } = parseCivilDate(date)!;
  const index = year * 12 + (month - 1) + n;
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}-01`;
}

/** The weeks a month view shows: from the Monday on or before the 1st to the Sunday on or after the last day. */
export function monthWeeks(date: string): string[][] {
  const first = firstOfMonth(date);
  const last = addDays(shiftMonth(first, 1), -1);
  const weeks: string[][] = [];
  for (let monday = mondayOf(first); monday <= last; monday = addDays(monday, 7)) {
    weeks.push(Array.from({ length: 7 }, (_, i) => addDays(monday, i)));
  }
  return weeks;
}

export function weekDays(date: string): string[] {
  const monday = mondayOf(date);
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

/** The date range (inclusive) a view needs from the service. */
export function viewRange(date: string, mode: 'month' | 'week'): { from: string; to: string } {
  if (mode === 'week') {
    const days = weekDays(date);
    return { from: days[0]!, to: days[6]! };
  }
  const weeks = monthWeeks(date);
  return { from: weeks[0]![0]!, to: weeks[weeks.length - 1]![6]! };
}

/** Week view: the hours drawn, and where a minute of the day sits. */
export const WEEK_FIRST_HOUR = 7;
export const WEEK_LAST_HOUR = 22;
export const HOUR_PX = 38;

export const minuteToY = (minuteOfDay: number) =>
  Math.max(0, ((minuteOfDay - WEEK_FIRST_HOUR * 60) / 60) * HOUR_PX);

/** The minute a drop at `y` pixels means, snapped to half hours and kept inside the grid. */
export function yToMinute(y: number): number {
  const raw = WEEK_FIRST_HOUR * 60 + (y / HOUR_PX) * 60;
  const snapped = Math.round(raw / 30) * 30;
  return Math.min((WEEK_LAST_HOUR - 1) * 60, Math.max(WEEK_FIRST_HOUR * 60, snapped));
}

/** What the month and the week grid both take. */
export interface GridProps {
  cursor: string;
  today: string;
  overview: Overview | null;
  onOpen: (id: string) => void;
  onNew: (date: string) => void;
  onDropMeeting: (id: string, date: string, minuteOfDay: number | null) => void;
}

/** The overview's meetings grouped by civil date, in the overview's order. */
export function meetingsByDate(overview: Overview | null): Map<string, MeetingSummary[]> {
  const byDate = new Map<string, MeetingSummary[]>();
  for (const m of overview?.meetings ?? []) byDate.set(m.date, [...(byDate.get(m.date) ?? []), m]);
  return byDate;
}
