import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingSummary } from '../api/meeting-summary';
import { sortForToday } from '../api/meeting-summary';
import { useServices } from '../shared/app-context';
import { useConsoleActions } from './use-console-actions';

/**
 * Shown when no meeting is loaded (or the chair wants another one): today's meetings first.
 * With nothing stored at all, it offers the sample meeting, so a newcomer can try the timer at once.
 */
export function MeetingPicker({ today, onDone }: { today: string; onDone: (() => void) | null }) {
  const { t } = useTranslation();
  const { api } = useServices();
  const { send } = useConsoleActions();
  const [meetings, setMeetings] = useState<MeetingSummary[] | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let alive = true;
    api
      .listMeetings()
      .then((list) => alive && setMeetings(sortForToday(list, today)))
      .catch(() => alive && setMeetings([]));
    return () => {
      alive = false;
    };
  }, [api, today]);

  const load = async (command: { type: 'load-sample' } | { type: 'load-meeting'; meetingId: string }) => {
    setBusy(true);
    const result = await send(command);
    setBusy(false);
    if (result.ok) onDone?.();
  };

  return (
    <section className="cs-picker" data-testid="meeting-picker">
      {meetings !== null && meetings.length === 0 ? (
        <div className="cs-first-start" data-testid="first-start">
          <h2>{t('firstStart.title')}</h2>
          <p>{t('firstStart.body')}</p>
          <button type="button" className="cs-button cs-button-primary cs-button-large" disabled={busy} onClick={() => void load({ type: 'load-sample' })} data-testid="load-sample">
            {busy ? t('firstStart.loading') : t('firstStart.loadSample')}
          </button>
        </div>
      ) : (
        <>
          <h2 className="cs-section-title">{t('firstStart.chooseTitle')}</h2>
          {meetings === null ? <p className="cs-muted">{t('firstStart.loading')}</p> : null}
          <ul className="cs-picker-list">
            {(meetings ?? []).map((m) => (
              <li key={m.id} className={m.start.startsWith(today) ? 'cs-picker-today' : ''}>
                <span className="cs-picker-when num">
                  {m.start.startsWith(today) ? <span className="cs-chip cs-chip-good">{t('firstStart.today')}</span> : null}
                  {m.start.replace('T', ' ')}
                </span>
                <span className="cs-picker-title">{m.title}</span>
                <span className="cs-picker-kind cs-muted">
                  {t(`meetingKind.${m.kind}`, { defaultValue: m.kind })}
                  {m.countyWide ? ` · ${t('meeting.countyWide')}` : ''}
                </span>
                <button type="button" className="cs-button" disabled={busy} onClick={() => void load({ type: 'load-meeting', meetingId: m.id })}>
                  {t('firstStart.load')}
                </button>
              </li>
            ))}
          </ul>
          <div className="cs-modal-actions">
            <button type="button" className="cs-button" disabled={busy} onClick={() => void load({ type: 'load-sample' })}>
              {t('firstStart.loadSample')}
            </button>
            {onDone ? (
              <button type="button" className="cs-button" onClick={onDone}>
                {t('messages.cancel')}
              </button>
            ) : null}
          </div>
        </>
      )}
    </section>
  );
}
