import { useTranslation } from 'react-i18next';
import { ClockDigits, clockWidthEm } from './ClockDigits';
import { ProgressBar } from './ProgressBar';
import type { PersonLine, ProjectorModel } from './projector-model';

/**
 * The projected screen, drawn only from a ProjectorModel. Sizes are container units (cqh/cqw),
 * so the same component fills a 1920×1080 wall and the console's small preview alike.
 *
 * Every phase has a second cue besides colour: a labelled badge with its own shape (延时,
 * 超时, 暂停, the last-minute warning), the "+" of overtime, and the bar.
 */
export function ProjectorView({ model, viewer = false }: { model: ProjectorModel; viewer?: boolean }) {
  const { t, i18n } = useTranslation();
  if (model.blackout && !viewer) {
    return (
      <div className="pj-frame">
        <div className="pj pj-blackout" data-phase="blackout" data-testid="projector" aria-label={t('controls.blackout')} />
      </div>
    );
  }
  const { phase } = model;
  const hasMessage = model.message !== null;
  const timed = model.current !== null;
  const className = ['pj', `pj-phase-${phase}`, hasMessage ? 'pj-has-message' : '', viewer ? 'pj-viewer' : ''].join(' ');

  return (
    <div className="pj-frame">
    <div className={className} data-phase={phase} data-testid="projector" lang={i18n.language}>
      <header className="pj-top">
        <div className="pj-top-item">
          {timed && model.current ? (
            <>
              <span className="pj-kind">{t(`itemKind.${model.current.kind}`)}</span>
              {model.current.title ? <span className="pj-title">{model.current.title}</span> : null}
            </>
          ) : phase === 'not-started' ? null : (
            <span className="pj-title">{model.meeting.title || t('projector.noMeeting')}</span>
          )}
        </div>
        <MeetingTime model={model} />
      </header>

      {hasMessage ? (
        <div className={`pj-message ${messageSize(model.message ?? '')}`} key={model.messageKey ?? ''} data-testid="pj-message" role="alert">
          {model.message}
        </div>
      ) : null}

      <main className="pj-main">
        {timed && model.current ? <Person person={model.current} /> : <Headline model={model} />}
        <Badges model={model} />
        {model.clockText ? (
          <div className={`pj-clock ${timed ? '' : 'pj-clock-preview'}`} data-testid="pj-clock" style={{ ['--clock-w' as string]: clockWidthEm(model.clockText) }}>
            <ClockDigits text={model.clockText} />
          </div>
        ) : null}
      </main>

      {model.progress ? <ProgressBar spec={model.progress} /> : <div className="pj-bar pj-bar-empty" aria-hidden="true" />}

      <footer className="pj-bottom">
        {model.next && phase !== 'between' ? (
          <div className="pj-next" data-testid="pj-next">
            <span className="pj-next-label">{t('projector.next')}</span>
            <span className="pj-next-name">{model.next.speaker ?? model.next.title}</span>
            {model.next.unit ? <span className="pj-next-unit">{model.next.unit}</span> : null}
          </div>
        ) : (
          <div className="pj-next" />
        )}
        {viewer ? <span className="pj-viewer-mark">{t('projector.viewer')}</span> : null}
      </footer>

      {model.flashKey ? <div className="pj-flash" key={model.flashKey} data-testid="pj-flash" aria-hidden="true" /> : null}
    </div>
    </div>
  );
}

function messageSize(text: string): string {
  const n = [...text].length;
  return n <= 8 ? 'pj-message-xl' : n <= 20 ? 'pj-message-l' : 'pj-message-m';
}

function MeetingTime({ model }: { model: ProjectorModel }) {
  const { t } = useTranslation();
  const { meeting } = model;
  if (meeting.mode === 'none') return <div className="pj-meeting" />;
  const label = meeting.mode === 'elapsed' ? t('projector.meetingElapsed') : meeting.mode === 'over' ? t('projector.meetingOver') : t('projector.meetingLeft');
  return (
    <div className={`pj-meeting ${meeting.warning ? 'pj-meeting-warn' : ''}`} data-testid="pj-meeting">
      <span className="pj-meeting-label">{label}</span>
      <span className="pj-meeting-time num">{meeting.text}</span>
    </div>
  );
}

function Person({ person }: { person: PersonLine }) {
  return (
    <div className="pj-person" data-testid="pj-person">
      <span className="pj-speaker">{person.speaker ?? person.title}</span>
      {person.unit ? <span className="pj-unit">{person.unit}</span> : null}
    </div>
  );
}

function startTime(startsAt: NonNullable<ProjectorModel['startsAt']>, lang: string): string {
  try {
    return new Intl.DateTimeFormat(lang, { timeZone: startsAt.timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(startsAt.at);
  } catch {
    return '';
  }
}

function Headline({ model }: { model: ProjectorModel }) {
  const { t, i18n } = useTranslation();
  if (model.phase === 'not-started') {
    return (
      <div className="pj-headline pj-headline-start" data-testid="pj-headline">
        <div className="pj-headline-title">{model.meeting.title}</div>
        <div className="pj-headline-text">
          {t('projector.notStarted')}
          {model.startsAt ? ` · ${t('projector.startsAt', { time: startTime(model.startsAt, i18n.language) })}` : ''}
        </div>
      </div>
    );
  }
  const line =
    model.phase === 'ended'
      ? t('projector.ended')
      : model.phase === 'recess'
        ? t('projector.recess')
        : model.phase === 'between'
          ? t('projector.between')
          : t('projector.noMeeting');
  const who = model.phase === 'between' ? model.next : null;
  return (
    <div className="pj-headline" data-testid="pj-headline">
      <div className="pj-headline-text">{line}</div>
      {who ? (
        <div className="pj-person pj-person-next">
          <span className="pj-speaker">{who.speaker ?? who.title}</span>
          {who.unit ? <span className="pj-unit">{who.unit}</span> : null}
        </div>
      ) : null}
    </div>
  );
}

function Badges({ model }: { model: ProjectorModel }) {
  const { t } = useTranslation();
  const badges: { id: string; text: string }[] = [];
  if (model.extensionMinutes > 0 && !model.overtime && (model.phase === 'extended' || model.phase === 'warning' || model.phase === 'running' || model.phase === 'paused')) {
    badges.push({ id: 'extended', text: `${t('phase.extended')} +${t('units.minutes', { count: model.extensionMinutes })}` });
  }
  if (model.phase === 'warning') {
    const s = model.warningSeconds;
    badges.push({
      id: 'warning',
      text: s > 0 && s % 60 === 0 ? t('phase.warningMinutes', { count: s / 60 }) : s > 0 ? t('phase.warningSeconds', { count: s }) : t('phase.warning'),
    });
  }
  if (model.overtime) badges.push({ id: 'overtime', text: t('phase.overtime') });
  if (model.phase === 'paused') badges.push({ id: 'paused', text: t('phase.paused') });
  if (model.phase === 'recess' && model.current) badges.push({ id: 'recess', text: t('projector.recess') });
  return (
    <div className="pj-badges" data-testid="pj-badges">
      {badges.map((b) => (
        <span key={b.id} className={`pj-badge pj-badge-${b.id}`} data-badge={b.id}>
          <span className="pj-badge-icon" aria-hidden="true" />
          {b.text}
        </span>
      ))}
    </div>
  );
}
