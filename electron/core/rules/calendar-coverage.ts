import type { Finding } from './finding';
import type { RuleInput } from './rule-context';

/** "2020–2026", or "2020, 2022–2023" when there are holes. */
export function yearRanges(years: readonly number[]): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] as number) + 1) j++;
    parts.push(i === j ? String(sorted[i]) : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  return parts.join(', ');
}

/**
 * policy.md: the meeting's year (of its start, in the schedule zone) is not covered by the
 * official calendar, so rest days were judged by weekday alone.
 */
export function calendarCoverage({ start, calendar }: RuleInput): Finding[] {
  if (!start.ok || calendar.covers(start.value.year)) return [];
  return [
    {
      rule: 'calendar-coverage',
      severity: 'warning',
      code: 'year-not-covered',
      params: { year: start.value.year, years: yearRanges(calendar.years) },
    },
  ];
}
