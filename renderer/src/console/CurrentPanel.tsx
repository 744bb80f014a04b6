import { useTranslation } from 'react-i18next';
import type { Display } from '../../../electron/core/engine/clock-display';
import type { SessionSnapshot } from '../../../electron/core/engine/session-state';
import { ClockDigits } from '../projector/ClockDigits';
import { clockOf } from './format';
import { nextPendingIndex } from './control-state';

/** The current speaker, large, with the very countdown the projector shows; the meeting clock. */
export function CurrentPanel({ engine, view }: { engine: SessionSnapshot; view: Display }) {
  const { t } = useTranslation();
  const current = view.current;
  const item = current ? engine.items[current.index]! : null;
  const nextIndex = nextPendingIndex(engine);
  const next = nextIndex >= 0 ? engine.items[nextIndex]! : null;
  const phase = current ? (engine.meeting.status === 'recess' ? 'paused' : current.phase) : 'ready';
  return (
    <section className={`cs-current cs-phase-${phase}`} aria-label={t('current.title')} data-testid="current">
      <div className="cs-current-head">
        <h2 className="cs-section-title">{t('current.title')}</h2>
        {current ? (
          <span className={`cs-phase-chip cs-phase-chip-${phase}`} data-testid="console-phase">
            {t(`phase.${phase}`)}
          </span>
        ) : null}
      </div>
      {item && current ? (
        <div className="cs-current-body">
          <div className="cs-current-who">
            <span className="cs-current-name">{item.speaker ?? item.title}</span>
            {item.unit ? <span className="cs-current-unit">{item.unit}</span> : null}
          </div>
          <div className="cs-current-what">
            {t(`itemKind.${item.kind}`)}
            {item.speaker && item.title ? ` · ${item.title}` : ''}
          </div>
          <div className="cs-current-clock" data-testid="console-clock">
            <ClockDigits text={current.text} />
          </div>
        </div>
      ) : (
        <div className="cs-current-body cs-current-empty">
          <div className="cs-current-name cs-muted">{t('current.none')}</div>
          <div className="cs-current-what">
            {engine.meeting.status === 'ended' ? t('meeting.ended') : next ? t('current.nextUp', { name: `${next.speaker ?? next.title}${next.unit ? `（${next.unit}）` : ''}` }) : t('current.noneLeft')}
          </div>
        </div>
      )}
      <MeetingClockLine engine={engine} view={view} />
    </section>
  );
}

function MeetingClockLine({ engine, view }: { engine: SessionSnapshot; view: Display }) {
  const { t } = useTranslation();
  const m = engine.meeting;
  const clock = view.meeting;
  let label: string;
  if (m.status === 'not-started') label = t('meeting.notStarted');
  else if (m.status === 'ended') label = `${t('meeting.ended')} · ${t('meeting.used')}`;
  else if (m.capMs === null) label = t('meeting.elapsed');
  else if (clock.overCap) label = t('meeting.overCap');
  else label = t('meeting.timeLeft');
  const warn = clock.overCap || clock.phase.startsWith('warning-');
  return (
    <div className={`cs-meeting-clock ${warn ? 'cs-meeting-warn' : ''}`} data-testid="meeting-clock">
      <span>{label}</span>
      {m.status === 'ended' ? (
        <strong className="num">{clockOf(clock.elapsedSeconds * 1000)}</strong>
      ) : m.status !== 'not-started' ? (
        <strong className="num">{clock.text}</strong>
      ) : null}
      <span className="cs-muted">{m.capMs === null ? t('meeting.exempt') : t('meeting.cap', { cap: clockOf(m.capMs) })}</span>
      {m.status === 'recess' ? <span className="cs-chip cs-chip-warn">{t('meeting.recess')}</span> : null}
    </div>
  );
}
