import type { CalendarYear, OfficialCalendar } from '../../core/calendar/calendar-types';
import { bundledCalendar, createOfficialCalendar, mergeCalendars } from '../../core/calendar';

/**
 * The calendar the planning screens judge by: the base calendar (the bundled years unless the
 * caller gives another) with the years an administrator imported on top — an imported notice
 * wins over the bundled one for its year.
 */
export function composeCalendar(base: OfficialCalendar | undefined, imported: readonly CalendarYear[]): OfficialCalendar {
  const root = base ?? bundledCalendar();
  if (imported.length === 0) return root;
  if (root.data) return createOfficialCalendar(mergeCalendars(root.data, imported));
  // A base without its data (a test fake): ask the imported calendar for its years only.
  const extra = createOfficialCalendar(imported);
  const pick = (date: string) => (extra.covers(Number(date.slice(0, 4))) ? extra : root);
  const years = [...new Set([...root.years, ...extra.years])].sort((a, b) => a - b);
  return {
    years,
    covers: (year) => root.covers(year) || extra.covers(year),
    dayType: (date) => pick(date).dayType(date),
    isWorkingDay: (date) => pick(date).isWorkingDay(date),
    holidayName: (date) => pick(date).holidayName(date),
  };
}
