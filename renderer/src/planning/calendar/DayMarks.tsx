import type { PlanningDay } from '../../../../electron/services/planning/planning-types';
import { useLang, usePT } from '../shared/planning-context';

/** The holiday name or 班 of a day, as wall calendars print them. */
export function DayMarks({ day }: { day: PlanningDay }) {
  const t = usePT();
  const lang = useLang();
  return (
    <>
      {day.dayType === 'holiday' && (
        <span className="pl-mark pl-mark-holiday" title={day.holiday ? (lang === 'zh-CN' ? day.holiday.zh : day.holiday.en) : t('calendar.legendHoliday')}>
          {t('calendar.holiday')}
          {day.holiday ? <span className="pl-mark-name">{lang === 'zh-CN' ? day.holiday.zh : day.holiday.en}</span> : null}
        </span>
      )}
      {day.dayType === 'adjusted-workday' && (
        <span className="pl-mark pl-mark-adjusted" title={t('calendar.adjustedTitle')}>
          {t('calendar.adjusted')}
        </span>
      )}
    </>
  );
}

/** The class names that shade a day: no-meeting period, rest days, outside the shown month. */
export function dayClasses(day: PlanningDay | undefined, extra: string[] = []): string {
  const c = ['pl-day', ...extra];
  if (!day) return c.join(' ');
  if (day.restrictedDaytime) c.push('pl-day-restricted');
  else if (day.noMeetingPeriod) c.push('pl-day-nm-rest');
  if (day.dayType === 'holiday') c.push('pl-day-holiday');
  if (day.dayType === 'weekend') c.push('pl-day-weekend');
  if (day.dayType === 'adjusted-workday') c.push('pl-day-adjusted');
  return c.join(' ');
}
