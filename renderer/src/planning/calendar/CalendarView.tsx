import { useCallback, useEffect, useState } from 'react';
import type { Overview } from '../../../../electron/services/planning/planning-types';
import { findingText, hhmm, MONTHS_EN, startLabel } from '../shared/format';
import { usePlanning, usePlanningState, usePT, useReportError } from '../shared/planning-context';
import { firstOfMonth, shiftMonth, viewRange, weekDays } from './calendar-model';
import { addDays } from '../../../../electron/core/calendar/civil-date';
import { MonthGrid } from './MonthGrid';
import { WeekGrid } from './WeekGrid';

/** The schedule: a month or a week, no-meeting periods shaded, each meeting with its worst finding. */
export function CalendarView({ date, mode }: { date: string | null; mode: 'month' | 'week' }) {
  const t = usePT();
  const { api, store, today } = usePlanning();
  const revision = usePlanningState((s) => s.revision);
  const report = useReportError();
  const cursor = date ?? today();
  const [overview, setOverview] = useState<Overview | null>(null);
  const range = viewRange(cursor, mode);

  const load = useCallback(() => {
    api.overview(range.from, range.to).then(setOverview, report);
  }, [api, range.from, range.to]);
  useEffect(load, [load, revision]);

  const go = (d: string, m = mode) => store.getState().navigate({ view: 'calendar', date: d, mode: m });
  const open = (id: string) => store.getState().navigate({ view: 'editor', id, date: null });
  const create = (d: string) => store.getState().navigate({ view: 'editor', id: null, date: d });

  const move = async (id: string, day: string, minuteOfDay: number | null) => {
    const current = overview?.meetings.find((m) => m.id === id);
    if (!current) return;
    const time = minuteOfDay === null ? hhmm(current.minuteOfDay) : hhmm(minuteOfDay);
    const start = `${day}T${time}`;
    if (start === current.start) return;
    try {
      const v = await api.moveMeeting(id, start);
      const worst = v.findings[0];
      store.getState().notify(worst?.severity === 'error' ? 'error' : 'info', {
        'zh-CN': `“${v.meeting.title}”${t('calendar.moved', { start: startLabel(start, 'zh-CN'), lng: 'zh-CN' })}${worst ? `。${findingText(worst, 'zh-CN')}` : ''}`,
        en: `“${v.meeting.title}”: ${t('calendar.moved', { start: startLabel(start, 'en'), lng: 'en' })}${worst ? `. ${findingText(worst, 'en')}` : ''}`,
      });
      load();
    } catch (e) {
      report(e);
    }
  };

  const { year, month } = { year: Number(cursor.slice(0, 4)), month: Number(cursor.slice(5, 7)) };
  const days = weekDays(cursor);
  const title =
    mode === 'month'
      ? t('calendar.title', { year, month, monthName: MONTHS_EN[month - 1] })
      : t('calendar.weekTitle', { from: days[0], to: days[6] });
  const unit = t(mode === 'month' ? 'calendar.month' : 'calendar.week');
  const uncovered = (overview?.days ?? []).find((d) => !d.covered);

  return (
    <section className="pl-calendar" aria-label={t('nav.calendar')}>
      <div className="pl-toolbar">
        <div className="pl-toolbar-group">
          <button type="button" className="pl-btn" onClick={() => go(mode === 'month' ? shiftMonth(cursor, -1) : addDays(cursor, -7))} aria-label={t('calendar.prev', { unit })}>
            ‹
          </button>
          <h1 className="pl-cal-title">{title}</h1>
          <button type="button" className="pl-btn" onClick={() => go(mode === 'month' ? shiftMonth(cursor, 1) : addDays(cursor, 7))} aria-label={t('calendar.next', { unit })}>
            ›
          </button>
          <button type="button" className="pl-btn pl-btn-quiet" onClick={() => go(today())}>
            {t('calendar.today')}
          </button>
        </div>
        <div className="pl-toolbar-group">
          <div className="pl-segmented" role="group">
            <button type="button" aria-pressed={mode === 'month'} onClick={() => go(mode === 'month' ? cursor : firstOfMonth(cursor), 'month')}>
              {t('calendar.month')}
            </button>
            <button type="button" aria-pressed={mode === 'week'} onClick={() => go(cursor, 'week')}>
              {t('calendar.week')}
            </button>
          </div>
          <button type="button" className="pl-btn pl-btn-primary" onClick={() => create(mode === 'month' && cursor.slice(0, 7) !== today().slice(0, 7) ? firstOfMonth(cursor) : today())}>
            {t('calendar.newMeeting')}
          </button>
        </div>
      </div>
      <div className="pl-legend" aria-label="legend">
        <span className="pl-legend-item"><span className="pl-swatch pl-swatch-restricted" />{t('calendar.legendNoMeeting', { evening: overview?.eveningStart ?? '18:00' })}</span>
        <span className="pl-legend-item"><span className="pl-mark pl-mark-holiday">{t('calendar.holiday')}</span>{t('calendar.legendHoliday')}</span>
        <span className="pl-legend-item"><span className="pl-mark pl-mark-adjusted">{t('calendar.adjusted')}</span>{t('calendar.legendAdjusted')}</span>
        <span className="pl-legend-item">
          <span className="pl-dot pl-sev-error" />{t('severity.error')}
          <span className="pl-dot pl-sev-warning" />{t('severity.warning')}
          <span className="pl-dot pl-sev-info" />{t('severity.info')}
          <span className="pl-dot pl-sev-ok" />{t('severity.ok')}
        </span>
        <span className="pl-legend-hint">{t('calendar.dragHint')}</span>
      </div>
      {uncovered && <p className="pl-warning-line">{t('calendar.uncovered', { year: uncovered.date.slice(0, 4) })}</p>}
      {mode === 'month' ? (
        <MonthGrid cursor={cursor} today={today()} overview={overview} onOpen={open} onNew={create} onDropMeeting={move} />
      ) : (
        <WeekGrid cursor={cursor} today={today()} overview={overview} onOpen={open} onNew={create} onDropMeeting={move} />
      )}
      <span className="visually-hidden" aria-live="polite">{overview ? `${overview.meetings.length}` : t('common.loading')}</span>
    </section>
  );
}
