import type { DragEvent } from 'react';
import { dateLabel } from '../shared/format';
import { useLang, usePT } from '../shared/planning-context';
import { GridProps, meetingsByDate, monthWeeks } from './calendar-model';
import { dayClasses, DayMarks } from './DayMarks';
import { MEETING_DRAG_TYPE, MeetingChip } from './MeetingChip';

const SHOWN = 3;

export function MonthGrid(props: GridProps) {
  const t = usePT();
  const lang = useLang();
  const weeks = monthWeeks(props.cursor);
  const month = props.cursor.slice(0, 7);
  const days = new Map((props.overview?.days ?? []).map((d) => [d.date, d]));
  const byDate = meetingsByDate(props.overview);
  const weekdays = t('calendar.weekdays', { returnObjects: true }) as string[];

  const onDrop = (date: string) => (e: DragEvent) => {
    const id = e.dataTransfer.getData(MEETING_DRAG_TYPE);
    if (!id) return;
    e.preventDefault();
    e.currentTarget.classList.remove('pl-drop-target');
    props.onDropMeeting(id, date, null);
  };

  return (
    <div className="pl-month" role="grid" aria-label={month} style={{ gridTemplateRows: `auto repeat(${weeks.length}, 1fr)` }}>
      {weekdays.map((w, i) => (
        <div key={w} role="columnheader" className={`pl-month-head${i >= 5 ? ' pl-weekend-head' : ''}`}>
          {w}
        </div>
      ))}
      {weeks.flat().map((date) => {
        const day = days.get(date);
        const meetings = byDate.get(date) ?? [];
        const outside = date.slice(0, 7) !== month;
        return (
          <div
            key={date}
            role="gridcell"
            aria-label={dateLabel(date, lang)}
            data-date={date}
            className={dayClasses(day, [outside ? 'pl-day-outside' : '', date === props.today ? 'pl-day-today' : ''].filter(Boolean))}
            onDragOver={(e) => {
              if (e.dataTransfer.types.includes(MEETING_DRAG_TYPE)) {
                e.preventDefault();
                e.currentTarget.classList.add('pl-drop-target');
              }
            }}
            onDragLeave={(e) => e.currentTarget.classList.remove('pl-drop-target')}
            onDrop={onDrop(date)}
            onDoubleClick={() => props.onNew(date)}
          >
            <div className="pl-day-top">
              <span className="pl-day-num num">{Number(date.slice(8))}</span>
              {day && <DayMarks day={day} />}
              <button type="button" className="pl-day-add" title={t('calendar.newOnDay', { date: dateLabel(date, lang) })} aria-label={t('calendar.newOnDay', { date: dateLabel(date, lang) })} onClick={() => props.onNew(date)}>
                +
              </button>
            </div>
            <div className="pl-day-meetings">
              {meetings.slice(0, SHOWN).map((m) => (
                <MeetingChip key={m.id} meeting={m} onOpen={props.onOpen} compact />
              ))}
              {meetings.length > SHOWN && <span className="pl-more">{t('calendar.more', { count: meetings.length - SHOWN })}</span>}
            </div>
          </div>
        );
      })}
    </div>
  );
}
