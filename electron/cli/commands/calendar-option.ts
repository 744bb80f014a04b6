import type { OfficialCalendar } from '../../core/calendar/calendar-types';
import { BUNDLED_YEARS, createOfficialCalendar, mergeCalendars } from '../../core/calendar';
import { loadCalendarFile } from '../../services/calendar/calendar-file';

/**
 * `--calendar FILE`: a newer holiday calendar (JSON or .ics). Its years replace the bundled
 * ones and the other bundled years stay, so importing the 2027 notice does not forget 2026.
 */
export async function loadCalendarForCli(file: string): Promise<{ calendar: OfficialCalendar; warnings: string[] }> {
  const loaded = await loadCalendarFile(file);
  return { calendar: createOfficialCalendar(mergeCalendars(BUNDLED_YEARS, loaded.years)), warnings: loaded.warnings };
}
