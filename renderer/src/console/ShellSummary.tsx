import { useTranslation } from 'react-i18next';
import { useServices, useUi } from '../shared/app-context';
import { LanSwitch } from './LanSwitch';
import { useShell, useShellState } from './shell-context';
import { placementText } from './shell-format';

/** The side panel's line on the projector and LAN sharing (desktop app only); details in the dialog. */
export function ShellSummary() {
  const { t } = useTranslation();
  const { ui } = useServices();
  const lang = useUi((s) => s.lang);
  const placement = useShellState((s) => s.displays?.projector.placement ?? null);
  const lan = useShellState((s) => s.lan);
  if (!useShell()) return null;
  const viewer = lan?.enabled ? lan.urls[0] : undefined;
  const openDialog = () => ui.getState().open('shell');
  return (
    <section className="cs-shell-summary" aria-label={t('shell.open')} data-testid="shell-summary">
      <div className="cs-shell-line">
        <span className="cs-shell-key">{t('shell.projector')}</span>
        <span className={`cs-shell-value cs-placement-${placement?.kind ?? 'off'}`} data-testid="projector-summary">
          {placement ? placementText(t, placement, false) : ''}
        </span>
        <button type="button" className="cs-link cs-shell-more" onClick={openDialog} data-testid="shell-settings">
          {t('shell.settings')}
        </button>
      </div>
      {lan ? (
        <div className="cs-shell-line">
          <LanSwitch />
          {viewer ? (
            <button type="button" className="cs-link cs-shell-more" onClick={openDialog}>
              {t('lan.showQr')}
            </button>
          ) : null}
        </div>
      ) : null}
      {viewer ? (
        <div className="cs-shell-url num" title={viewer}>
          {viewer}
        </div>
      ) : null}
      {lan?.problem ? <p className="cs-problem">{lan.problem[lang]}</p> : null}
    </section>
  );
}
