import { useTranslation } from 'react-i18next';
import { ProjectorScreen } from '../projector/ProjectorScreen';
import { useServices, useUi } from '../shared/app-context';

/** A live preview of exactly what the projector shows (the same component), and the chime setting. */
export function SidePanel() {
  const { t } = useTranslation();
  const { ui } = useServices();
  const volume = useUi((s) => s.chimeVolume);
  return (
    <aside className="cs-side">
      <h2 className="cs-section-title">{t('preview.title')}</h2>
      <div className="cs-preview" data-testid="preview">
        <ProjectorScreen chime={false} />
      </div>
      <label className="cs-setting">
        <span>{t('settings.chime')}</span>
        <input type="range" min={0} max={100} step={10} value={Math.round(volume * 100)} onChange={(e) => ui.getState().setChimeVolume(Number(e.target.value) / 100)} />
        <span className="num cs-setting-value">{volume > 0 ? `${Math.round(volume * 100)}%` : t('settings.chimeOff')}</span>
      </label>
    </aside>
  );
}
