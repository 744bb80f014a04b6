import { useTranslation } from 'react-i18next';
import { useServices } from '../shared/app-context';
import { useShellState } from './shell-context';
import { placementText } from './shell-format';

/**
 * Stays while the projector's display is gone (the notice's toast goes away by itself): the
 * countdown is on no screen, and the chair must know until the cable is back.
 */
export function ShellBanner() {
  const { t } = useTranslation();
  const { ui } = useServices();
  const placement = useShellState((s) => s.displays?.projector.placement ?? null);
  if (placement?.kind !== 'hidden') return null;
  return (
    <div className="cs-banner" role="alert" data-testid="shell-banner">
      <span>{placementText(t, placement, true)}</span>
      <button type="button" className="cs-button" onClick={() => ui.getState().open('shell')}>
        {t('shell.chooseDisplay')}
      </button>
    </div>
  );
}

/** Whether the banner shows (the console's grid gets a row for it). */
export const useBannerShown = (): boolean => useShellState((s) => s.displays?.projector.placement.kind === 'hidden');
