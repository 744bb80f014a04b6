import { useTranslation } from 'react-i18next';
import { messageText } from '../projector/projector-model';
import { ProjectorScreen } from '../projector/ProjectorScreen';
import { useLive, useServices, useUi } from '../shared/app-context';
import { KEY_HELP } from './keymap';
import { ShellSummary } from './ShellSummary';

/**
 * A live preview of exactly what the projector shows (the same component, scaled by container
 * units), what is on it besides the clock, the chime setting and the keys at a glance.
 */
export function SidePanel() {
  const { t } = useTranslation();
  const { ui } = useServices();
  const volume = useUi((s) => s.chimeVolume);
  const lang = useUi((s) => s.lang);
  const message = useLive((s) => messageText(s.snapshot?.engine?.message ?? null, lang));
  const blackout = useLive((s) => s.snapshot?.engine?.blackout ?? false);
  return (
    <aside className="cs-side">
      <h2 className="cs-section-title">{t('preview.title')}</h2>
      <div className="cs-preview" data-testid="preview">
        <ProjectorScreen chime={false} />
      </div>
      {message || blackout ? (
        <div className="cs-side-status">
          {blackout ? <span className="cs-chip cs-chip-warn">{t('controls.blackout')}</span> : null}
          {message ? (
            <span className="cs-chip cs-chip-warn" title={message}>
              {t('messages.onScreen')} {message}
            </span>
          ) : null}
        </div>
      ) : null}
      <label className="cs-setting">
        <span>{t('settings.chime')}</span>
        <input type="range" min={0} max={100} step={10} value={Math.round(volume * 100)} onChange={(e) => ui.getState().setChimeVolume(Number(e.target.value) / 100)} />
        <span className="num cs-setting-value">{volume > 0 ? `${Math.round(volume * 100)}%` : t('settings.chimeOff')}</span>
      </label>
      <ShellSummary />
      <div className="cs-side-keys">
        <h2 className="cs-section-title">{t('help.title')}</h2>
        <table>
          <tbody>
            {KEY_HELP.filter((k) => !k.clicker && !k.agenda).map((k) => (
              <tr key={k.what}>
                <td>
                  {k.keys.map((key) => (
                    <kbd key={key} className="cs-kbd">
                      {key}
                    </kbd>
                  ))}
                </td>
                <td>{t(`help.keys.${k.what}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </aside>
  );
}
