import type { CalendarYear, CivilDate, DayType, OfficialCalendar } from './calendar-types';
import { dayNumber, isWeekend, requireCivilDate } from './civil-date';
import { deepFreeze } from './deep-freeze';
import { BUNDLED_YEARS } from './data';

type Marked = { type: 'holiday'; zh: string; en: string } | { type: 'adjusted-workday' };

/**
 * The years of `extra` replace the same years of `base` (an imported notice wins over the bundled
 * one); within one list a later entry wins. Ascending by year.
 */
export function mergeCalendars(base: readonly CalendarYear[], extra: readonly CalendarYear[]): CalendarYear[] {
  const byYear = new Map<number, CalendarYear>();
  for (const y of base) byYear.set(y.year, y);
  for (const y of extra) byYear.set(y.year, y);
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

/**
 * A calendar over the given years. Pure: the weekday of a date comes from the date string by
 * integer arithmetic, never from the machine's clock or time zone. A date outside every notice is
 * judged by weekday alone (the caller warns through `covers`).
 *
 * Where two notices speak of the same day (the 元旦 of one year can start in the December of the
 * year before) the later year's notice wins. Throws a RangeError for a date that is not a real
 * `YYYY-MM-DD`; imported data is checked by CalendarFileSchema before it gets here.
 */
export function createOfficialCalendar(years: readonly CalendarYear[]): OfficialCalendar {
  const data = mergeCalendars([], years).map((y) => structuredClone(y));
  const marks = new Map<number, Marked>();

  for (const y of data) {
    for (const h of y.holidays) {
      const end = dayNumber(requireCivilDate(h.to));
      for (let n = dayNumber(requireCivilDate(h.from)); n <= end; n++) marks.set(n, { type: 'holiday', zh: h.name, en: h.nameEn });
    }
    for (const d of y.adjustedWorkdays) marks.set(dayNumber(requireCivilDate(d)), { type: 'adjusted-workday' });
  }

  const known = new Set(data.map((y) => y.year));
  const yearList = Object.freeze(data.map((y) => y.year));

  const dayType = (date: CivilDate): DayType => {
    const ymd = requireCivilDate(date);
    const mark = marks.get(dayNumber(ymd));
    if (mark) return mark.type;
    return isWeekend(ymd) ? 'weekend' : 'workday';
  };

  return {
    years: yearList,
    data: deepFreeze(data),
    covers: (year: number) => known.has(year),
    dayType,
    isWorkingDay: (date: CivilDate) => {
      const t = dayType(date);
      return t === 'workday' || t === 'adjusted-workday';
    },
    holidayName: (date: CivilDate) => {
      const mark = marks.get(dayNumber(requireCivilDate(date)));
      return mark?.type === 'holiday' ? { zh: mark.zh, en: mark.en } : undefined;
    },
  };
}

let bundled: OfficialCalendar | undefined;

/** The calendar of the years this release ships (BUNDLED_YEARS). */
export function bundledCalendar(): OfficialCalendar {
  bundled ??= createOfficialCalendar(BUNDLED_YEARS);
  return bundled;
}
