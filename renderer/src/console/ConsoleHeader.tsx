import { useTranslation } from 'react-i18next';
import { PageLinks } from '../shared/PageLinks';
import type { SessionSnapshot } from '../../../electron/core/engine/session-state';
import { LANGS, type Lang } from '../i18n';
import { useLive, useServices, useUi } from '../shared/app-context';
import { missingApprovals } from './control-state';
import { useShell } from './shell-context';
import { civilTime } from './format';

export function ConsoleHeader({ engine, now, onChangeMeeting }: { engine: SessionSnapshot | null; now: number; onChangeMeeting: () => void }) {
  const { t } = useTranslation();
  const { ui } = useServices();
  const lang = useUi((s) => s.lang);
  const hasShell = useShell() !== null;
  return (
    <header className="cs-header">
      <div className="cs-brand">{t('app.name')}</div>
      <div className="cs-meeting">{engine ? <MeetingSummaryLine engine={engine} now={now} /> : <span className="cs-muted">{t('app.console')}</span>}</div>
      <div className="cs-header-tools">
        <PageLinks current="console" className="cs-pages" />
        <ConnectionBadge />
        {engine ? (
          <button type="button" className="cs-link" onClick={onChangeMeeting}>
            {t('firstStart.change')}
          </button>
        ) : null}
        {hasShell ? (
          <button type="button" className="cs-link" onClick={() => ui.getState().open('shell')} data-testid="shell-open">
            {t('shell.open')}
          </button>
        ) : null}
        <label className="cs-lang">
          <span className="visually-hidden">{t('lang.switch')}</span>
          <select value={lang} onChange={(e) => ui.getState().setLang(e.target.value as Lang)} aria-label={t('lang.switch')}>
            {LANGS.map((l) => (
              <option key={l} value={l}>
                {t(`lang.${l}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="cs-help-button" onClick={() => ui.getState().open('help')} title={t('controls.help')} aria-label={t('controls.help')}>
          ?
        </button>
      </div>
    </header>
  );
}

function MeetingSummaryLine({ engine, now }: { engine: SessionSnapshot; now: number }) {
  const { t, i18n } = useTranslation();
  const m = engine.meeting;
  const missing = missingApprovals(engine, now);
  const approval = !m.countyWide
    ? { cls: 'cs-chip-plain', text: t('meeting.approvalNotNeeded') }
    : m.approvalOverride
      ? { cls: 'cs-chip-warn', text: t('meeting.approvalOverridden', { reason: m.approvalOverride.reason }) }
      : missing.length > 0 && m.status === 'not-started'
        ? { cls: 'cs-chip-bad', text: t('meeting.approvalMissing', { roles: missing.map((r) => t(`role.${r}`)).join(i18n.language === 'en' ? ', ' : '、') }) }
        : { cls: 'cs-chip-good', text: t('meeting.approved') };
  return (
    <>
      <h1 className="cs-meeting-title" title={m.title}>
        {m.title}
      </h1>
      <div className="cs-chips">
        <span className="cs-chip cs-chip-plain">{civilTime(m.plannedStart, engine.policy.timeZone, i18n.language, true)}</span>
        <span className="cs-chip cs-chip-plain">{t(`meetingKind.${m.kind}`)}</span>
        {m.countyWide ? <span className="cs-chip cs-chip-plain">{t('meeting.countyWide')}</span> : null}
        <span className={`cs-chip ${approval.cls}`} data-testid="approval-state" title={approval.text}>
          {approval.text}
        </span>
        <span className={`cs-chip cs-status-${m.status}`} data-testid="meeting-status">
          {t(`meetingStatus.${m.status}`)}
        </span>
      </div>
    </>
  );
}

export function ConnectionBadge() {
  const { t } = useTranslation();
  const connected = useLive((s) => s.connected);
  const revoked = useLive((s) => s.revoked);
  if (connected) return null;
  return (
    <span className="cs-connection" role="status" data-testid="connection-badge" title={revoked ? t('connection.revokedHint') : t('connection.lostHint')}>
      {revoked ? t('connection.revoked') : t('connection.lost')}
    </span>
  );
}
