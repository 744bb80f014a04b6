import { useTranslation } from 'react-i18next';
import { useServices } from '../shared/app-context';
import { LanSharingPanel } from './LanSharingPanel';
import { Modal } from './Modal';
import { ProjectorPicker } from './ProjectorPicker';
import { useShell } from './shell-context';

/** 投影与共享: the display picker and the LAN sharing switch (desktop app only). */
export function ShellDialog() {
  const { t } = useTranslation();
  const { ui } = useServices();
  if (!useShell()) return null;
  return (
    <Modal title={t('shell.title')} testId="shell-dialog" wide>
      <div className="cs-shell-columns">
        <ProjectorPicker />
        <LanSharingPanel />
      </div>
      <div className="cs-modal-actions">
        <button type="button" className="cs-button" onClick={() => ui.getState().close()}>
          {t('shell.close')}
        </button>
      </div>
    </Modal>
  );
}
