import { useTranslation } from 'react-i18next';
import { useShellState } from './shell-context';
import { displayName, displayResolution, placementText } from './shell-format';
import { useShellActions } from './use-shell-actions';

/** The displays with where the projector is; choose one, open, preview or close the projector. */
export function ProjectorPicker() {
  const { t } = useTranslation();
  const displays = useShellState((s) => s.displays);
  const busy = useShellState((s) => s.busy);
  const actions = useShellActions();
  if (!displays) return null;
  const { placement, preferred } = displays.projector;
  const onDisplay = placement.kind === 'fullscreen' ? placement.displayId : null;
  return (
    <section className="cs-shell-section" aria-label={t('shell.projector')} data-testid="projector-picker">
      <h3 className="cs-shell-title">{t('shell.projector')}</h3>
      <p className={`cs-placement cs-placement-${placement.kind}`} role="status" data-testid="projector-placement">
        {placementText(t, placement, true)}
      </p>
      {displays.displays.length === 0 ? <p className="cs-muted">{t('shell.noDisplays')}</p> : null}
      <ul className="cs-display-list" aria-label={t('shell.displays')}>
        {displays.displays.map((display) => {
          const here = onDisplay === display.id;
          const chosen = preferred?.id === display.id;
          const facts = [
            displayResolution(t, display),
            t(display.internal ? 'shell.internal' : 'shell.external'),
            ...(display.primary ? [t('shell.primary')] : []),
            ...(display.scaleFactor !== 1 ? [t('shell.scale', { percent: Math.round(display.scaleFactor * 100) })] : []),
          ];
          return (
            <li key={display.id}>
              <button
                type="button"
                className={`cs-display ${here ? 'cs-display-here' : ''}`}
                aria-pressed={chosen || here}
                disabled={busy}
                data-display={display.id}
                onClick={() => void actions.choose(display.id)}
              >
                <span className="cs-display-name">{displayName(t, display)}</span>
                <span className="cs-display-facts">{facts.join(' · ')}</span>
                <span className="cs-display-state">
                  {here ? (
                    <span className="cs-chip cs-chip-good">{t('shell.projectorHere')}</span>
                  ) : chosen ? (
                    <span className="cs-chip cs-chip-plain">{t('shell.preferred')}</span>
                  ) : (
                    <span className="cs-display-action">{t('shell.choose')}</span>
                  )}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      <p className="cs-muted cs-dialog-hint">{t('shell.chooseHint')}</p>
      <div className="cs-shell-buttons">
        <button type="button" className="cs-button cs-button-primary" disabled={busy || placement.kind === 'fullscreen'} onClick={() => void actions.open()} data-testid="projector-open">
          {t('shell.openProjector')}
        </button>
        <button type="button" className="cs-button" disabled={busy || placement.kind === 'preview'} onClick={() => void actions.preview()} data-testid="projector-preview">
          {t('shell.previewProjector')}
        </button>
        <button type="button" className="cs-button" disabled={busy || placement.kind === 'off'} onClick={() => void actions.close()} data-testid="projector-close">
          {t('shell.closeProjector')}
        </button>
      </div>
      <p className="cs-muted cs-dialog-hint">{t('shell.previewHint')}</p>
    </section>
  );
}
