/** A civil date in the schedule's time zone, `YYYY-MM-DD`. */
export type CivilDate = string;

/** How the official calendar classes a day. */
export type DayType =
  | 'workday' // Monday–Friday, not a holiday
  | 'weekend' // Saturday or Sunday, not an adjusted working day
  | 'holiday' // a statutory holiday day (法定节假日 and its bridging rest days)
  | 'adjusted-workday'; // a weekend day the State Council makes a working day (调休上班)

/** One year of the State Council's notice (国务院办公厅关于××年部分节假日安排的通知). */
export interface CalendarYear {
  year: number;
  /** Where the data comes from: the notice's title and number. */
  source: string;
  /** Holiday periods; every day from `from` to `to` (inclusive) is a rest day. */
  holidays: { name: string; nameEn: string; from: CivilDate; to: CivilDate }[];
  /** Weekend days that are working days. */
  adjustedWorkdays: CivilDate[];
}

export interface OfficialCalendar {
  /** The years the calendar knows, ascending. */
  readonly years: readonly number[];
  covers(year: number): boolean;
  dayType(date: CivilDate): DayType;
  /** Working day by the official calendar (a weekday or an adjusted working day, not a holiday). */
  isWorkingDay(date: CivilDate): boolean;
  /** The holiday's zh-CN and English name, when the date is in a holiday period. */
  holidayName(date: CivilDate): { zh: string; en: string } | undefined;
  /**
   * The notices the calendar was built from, ascending by year (optional: added so a settings
   * page can show each year's source and an export can write the years back out).
   */
  readonly data?: readonly CalendarYear[];
}
