import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { LanSharingStatus, ProjectorStatus } from '../api/duanhui-api';
import { useServices } from '../shared/app-context';
import { bilingual } from './bilingual';
import { useShell } from './shell-context';

/**
 * The picker's and the switch's requests. One at a time (the buttons wait); a failed request
 * (the main process threw) becomes a toast saying what did not happen.
 */
export function useShellActions() {
  const context = useShell();
  const { ui } = useServices();
  const { i18n } = useTranslation();

  const run = useCallback(
    async <T,>(request: () => Promise<T>, apply: (result: T) => void): Promise<void> => {
      if (!context || context.store.getState().busy) return;
      context.store.getState().setBusy(true);
      try {
        apply(await request());
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        ui.getState().showToast(bilingual(i18n, 'shell.failed', { detail }));
      } finally {
        context.store.getState().setBusy(false);
      }
    },
    [context, i18n, ui],
  );

  const projector = useCallback(
    (request: () => Promise<ProjectorStatus>) => run(request, (status) => context?.store.getState().setProjector(status)),
    [context, run],
  );
  const lan = useCallback(
    (request: () => Promise<LanSharingStatus>) => run(request, (status) => context?.store.getState().setLan(status)),
    [context, run],
  );

  const shell = context?.shell;
  return {
    choose: (displayId: number) => shell && projector(() => shell.chooseProjectorDisplay(displayId)),
    open: () => shell && projector(() => shell.openProjector()),
    close: () => shell && projector(() => shell.closeProjector()),
    preview: () => shell && projector(() => shell.previewProjector()),
    setLanSharing: (enabled: boolean) => shell && lan(() => shell.setLanSharing(enabled)),
  };
}
