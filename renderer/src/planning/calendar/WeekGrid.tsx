import type { DragEvent } from 'react';
import { dateLabel, hhmm } from '../shared/format';
import { useLang, usePT } from '../shared/planning-context';
import { GridProps, HOUR_PX, meetingsByDate, minuteToY, WEEK_FIRST_HOUR, WEEK_LAST_HOUR, weekDays, yToMinute } from './calendar-model';
import { dayClasses, DayMarks } from './DayMarks';
import { MEETING_DRAG_TYPE, MeetingChip } from './MeetingChip';

const HOURS = Array.from({ length: WEEK_LAST_HOUR - WEEK_FIRST_HOUR }, (_, i) => WEEK_FIRST_HOUR + i);

export function WeekGrid(props: GridProps) {
  const t = usePT();
  const lang = useLang();
  const days = weekDays(props.cursor);
  const info = new Map((props.overview?.days ?? []).map((d) => [d.date, d]));
  const byDate = meetingsByDate(props.overview);
  const [eh, em] = (props.overview?.eveningStart ?? '18:00').split(':').map(Number);
  const evening = (eh ?? 18) * 60 + (em ?? 0);
  const height = HOURS.length * HOUR_PX;

  const onDrop = (date: string) => (e: DragEvent<HTMLDivElement>) => {
    const id = e.dataTransfer.getData(MEETING_DRAG_TYPE);
    if (!id) return;
    e.preventDefault();
    const rect = e.currentTarget.getBoundingClientRect();
    props.onDropMeeting(id, date, yToMinute(e.clientY - rect.top));
  };

  return (
    <div className="pl-week">
      <div className="pl-week-heads">
        <div className="pl-week-corner" />
        {days.map((date) => {
          const day = info.get(date);
          return (
            <div key={date} className={dayClasses(day, ['pl-week-head', date === props.today ? 'pl-day-today' : ''].filter(Boolean))} data-date={date}>
              <span>{dateLabel(date, lang)}</span>
              {day && <DayMarks day={day} />}
              {day?.restrictedDaytime && <span className="pl-mark pl-mark-nm">{t('calendar.noMeeting')}</span>}
            </div>
          );
        })}
      </div>
      <div className="pl-week-body">
        <div className="pl-week-hours" style={{ height }}>
          {HOURS.map((h) => (
            <div key={h} className="pl-week-hour num" style={{ top: (h - WEEK_FIRST_HOUR) * HOUR_PX }}>
              {hhmm(h * 60)}
            </div>
          ))}
        </div>
        {days.map((date) => {
          const day = info.get(date);
          return (
            <div
              key={date}
              className={dayClasses(day, ['pl-week-col'])}
              style={{ height }}
              data-date={date}
              onDragOver={(e) => {
                if (e.dataTransfer.types.includes(MEETING_DRAG_TYPE)) e.preventDefault();
              }}
              onDrop={onDrop(date)}
              onDoubleClick={() => props.onNew(date)}
            >
              {day?.restrictedDaytime && <div className="pl-week-restricted" style={{ height: minuteToY(evening) }} title={t('calendar.legendNoMeeting', { evening: props.overview?.eveningStart ?? '18:00' })} />}
              <div className="pl-week-evening" style={{ top: minuteToY(evening) }} title={t('calendar.evening', { time: props.overview?.eveningStart ?? '18:00' })} />
              {HOURS.map((h) => (
                <div key={h} className="pl-week-line" style={{ top: (h - WEEK_FIRST_HOUR) * HOUR_PX }} />
              ))}
              {(byDate.get(date) ?? []).map((m) => (
                <MeetingChip
                  key={m.id}
                  meeting={m}
                  onOpen={props.onOpen}
                  style={{
                    position: 'absolute',
                    top: minuteToY(m.minuteOfDay),
                    height: Math.max(HOUR_PX / 2, (m.durationMinutes / 60) * HOUR_PX) - 2,
                    left: 3,
                    right: 3,
                  }}
                />
              ))}
            </div>
          );
        })}
      </div>
    </div>
  );
}
