import type { CalendarYear } from './calendar-types';

/**
 * Doubts about data that is valid but looks incomplete. A notice has seven holidays, six when
 * 中秋 and 国庆 are joined; fewer usually means a feed cut off mid-year or a notice not yet out.
 */
export function calendarYearWarnings(years: readonly CalendarYear[]): string[] {
  const out: string[] = [];
  for (const y of years) {
    if (y.holidays.length < 6) {
      out.push(
        `${y.year} 年只有 ${y.holidays.length} 个假期（国务院通知一般有 6–7 个），数据可能不完整 / ` +
          `${y.year} has only ${y.holidays.length} holiday period(s) (a State Council notice usually has 6–7); the data may be incomplete`,
      );
    }
  }
  return out;
}
