import { useTranslation } from 'react-i18next';
import { useShellState } from './shell-context';
import { useShellActions } from './use-shell-actions';

/** The 局域网共享 switch; disabled while a press is on its way or when this build has no server. */
export function LanSwitch({ labelHidden = false }: { labelHidden?: boolean }) {
  const { t } = useTranslation();
  const lan = useShellState((s) => s.lan);
  const busy = useShellState((s) => s.busy);
  const actions = useShellActions();
  const enabled = lan?.enabled ?? false;
  return (
    <button
      type="button"
      role="switch"
      aria-checked={enabled}
      className={`cs-switch ${enabled ? 'cs-switch-on' : ''}`}
      disabled={busy || !lan?.available}
      onClick={(e) => {
        // Space belongs to start/pause again once the switch has been pressed.
        e.currentTarget.blur();
        void actions.setLanSharing(!enabled);
      }}
      data-testid="lan-switch"
    >
      <span className="cs-switch-track" aria-hidden="true">
        <span className="cs-switch-thumb" />
      </span>
      <span className={labelHidden ? 'visually-hidden' : 'cs-switch-label'}>{t('lan.title')}</span>
      <span className="cs-switch-state" aria-hidden="true">
        {t(enabled ? 'lan.on' : 'lan.off')}
      </span>
    </button>
  );
}
