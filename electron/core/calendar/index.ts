export type { CalendarYear, CivilDate, DayType, OfficialCalendar } from './calendar-types';
export { BUNDLED_YEARS } from './data';
export { bundledCalendar, createOfficialCalendar, mergeCalendars } from './official-calendar';
export {
  CALENDAR_FILE_FORMAT,
  CALENDAR_FILE_VERSION,
  CalendarFileSchema,
  CalendarYearSchema,
  CivilDateSchema,
  HolidayPeriodSchema,
  MAX_HOLIDAY_DAYS,
  toCalendarFile,
  type CalendarFile,
} from './calendar-file-schema';
export { calendarYearsFromJson } from './calendar-json';
export { calendarYearWarnings } from './calendar-warnings';
export { classifyIcsSummary, parseCalendarIcs, type IcsCalendarOptions, type IcsCalendarResult } from './ics-calendar';
export { HOLIDAY_NAMES, type HolidayName } from './holiday-names';
export { addDays, isCivilDate, parseCivilDate, weekdayOf } from './civil-date';
