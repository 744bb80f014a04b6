import type { DragEvent } from 'react';
import type { MeetingSummary } from '../../../../electron/services/planning/planning-types';
import { findingText, hhmm } from '../shared/format';
import { useLang, usePT } from '../shared/planning-context';

export const MEETING_DRAG_TYPE = 'application/x-duanhui-meeting';

/** One meeting on the calendar, coloured by its worst finding; drag it to move it. */
export function MeetingChip({ meeting, onOpen, style, compact = false }: { meeting: MeetingSummary; onOpen: (id: string) => void; style?: React.CSSProperties; compact?: boolean }) {
  const t = usePT();
  const lang = useLang();
  const worst = meeting.worst ?? 'ok';
  const tip = [
    `${hhmm(meeting.minuteOfDay)} ${meeting.title}`,
    meeting.worstFinding ? `${t(`severity.${worst}`)}：${findingText(meeting.worstFinding, lang)}` : t('severity.ok'),
    t(`status.${meeting.status}`),
  ].join('\n');
  const onDragStart = (e: DragEvent) => {
    e.dataTransfer.setData(MEETING_DRAG_TYPE, meeting.id);
    e.dataTransfer.setData('text/plain', meeting.id);
    e.dataTransfer.effectAllowed = 'move';
  };
  return (
    <button
      type="button"
      className={`pl-chip pl-sev-${worst}${compact ? ' pl-chip-compact' : ''}`}
      draggable
      onDragStart={onDragStart}
      onClick={(e) => {
        e.stopPropagation();
        onOpen(meeting.id);
      }}
      title={tip}
      style={style}
      data-meeting-id={meeting.id}
      data-worst={worst}
    >
      <span className="pl-chip-time num">{hhmm(meeting.minuteOfDay)}</span>
      <span className="pl-chip-title">{meeting.title}</span>
      {meeting.status !== 'draft' && <span className={`pl-chip-status pl-status-${meeting.status}`}>{t(`status.${meeting.status}`)}</span>}
    </button>
  );
}
