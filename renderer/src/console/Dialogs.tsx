import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MESSAGE_PRESETS, type MessagePreset } from '../../../electron/core/engine/message-presets';
import type { SessionSnapshot } from '../../../electron/core/engine/session-state';
import { messageText } from '../projector/projector-model';
import { useServices, useUi } from '../shared/app-context';
import { AddSpeakerDialog } from './AddSpeakerDialog';
import { missingApprovals } from './control-state';
import { KEY_HELP } from './keymap';
import { Modal } from './Modal';
import { ShellDialog } from './ShellDialog';
import type { useConsoleActions } from './use-console-actions';

type Actions = ReturnType<typeof useConsoleActions>;

/** The dialog open in the UI store, if any. */
export function Dialogs({ engine, now, actions }: { engine: SessionSnapshot | null; now: number; actions: Actions }) {
  const dialog = useUi((s) => s.dialog);
  if (dialog === 'help') return <HelpOverlay />;
  if (dialog === 'message' && engine) return <MessageComposer engine={engine} actions={actions} />;
  if (dialog === 'override' && engine) return <OverrideDialog engine={engine} now={now} actions={actions} />;
  if (dialog === 'confirm-end') return <ConfirmEnd actions={actions} />;
  if (dialog === 'add-speaker' && engine) return <AddSpeakerDialog minutes={engine.policy.speechLimitMinutes} actions={actions} />;
  if (dialog === 'shell') return <ShellDialog />;
  return null;
}

function HelpOverlay() {
  const { t } = useTranslation();
  const { ui } = useServices();
  const rows = (clicker: boolean) =>
    KEY_HELP.filter((k) => Boolean(k.clicker) === clicker).map((k) => (
      <tr key={`${k.what}-${k.keys.join()}`}>
        <td className="cs-help-keys">
          {k.keys.map((key) => (
            <kbd key={key} className="cs-kbd">
              {key}
            </kbd>
          ))}
        </td>
        <td>{t(`help.keys.${k.what}`)}</td>
      </tr>
    ));
  return (
    <Modal title={t('help.title')} testId="help-overlay" wide>
      <div className="cs-help-columns">
        <table className="cs-help-table">
          <tbody>{rows(false)}</tbody>
        </table>
        <div>
          <h3 className="cs-help-sub">{t('help.clicker')}</h3>
          <table className="cs-help-table">
            <tbody>{rows(true)}</tbody>
          </table>
          <p className="cs-muted cs-help-note">{t('help.keys.presets')}</p>
        </div>
      </div>
      <div className="cs-modal-actions">
        <button type="button" className="cs-button" onClick={() => ui.getState().close()}>
          {t('help.close')}
        </button>
      </div>
    </Modal>
  );
}

function MessageComposer({ engine, actions }: { engine: SessionSnapshot; actions: Actions }) {
  const { t } = useTranslation();
  const { ui } = useServices();
  const lang = useUi((s) => s.lang);
  const [text, setText] = useState('');
  const sendPreset = async (preset: MessagePreset) => {
    const result = await actions.send({ type: 'message', preset });
    if (result.ok) ui.getState().close();
  };
  const sendText = async () => {
    const trimmed = text.trim();
    if (!trimmed) return;
    const result = await actions.send({ type: 'message', text: trimmed });
    if (result.ok) ui.getState().close();
  };
  const shown = messageText(engine.message, lang);
  return (
    <Modal
      title={t('messages.title')}
      testId="message-composer"
      onKeyDown={(e) => {
        if (e.target instanceof HTMLInputElement) return;
        const preset = MESSAGE_PRESETS[Number(e.key) - 1];
        if (preset) {
          e.preventDefault();
          void sendPreset(preset);
        }
      }}
    >
      <div className="cs-presets">
        {MESSAGE_PRESETS.map((preset, i) => (
          <button key={preset} type="button" className="cs-button cs-preset" data-preset={preset} onClick={() => void sendPreset(preset)}>
            <kbd className="cs-kbd">{i + 1}</kbd> {t(`messages.${preset}`)}
          </button>
        ))}
      </div>
      <form
        className="cs-free-message"
        onSubmit={(e) => {
          e.preventDefault();
          void sendText();
        }}
      >
        <label className="cs-field-label" htmlFor="free-message">
          {t('messages.free')}
        </label>
        <div className="cs-free-row">
          <input id="free-message" className="cs-input" maxLength={200} value={text} placeholder={t('messages.placeholder')} onChange={(e) => setText(e.target.value)} />
          <button type="submit" className="cs-button cs-button-primary" disabled={!text.trim()}>
            {t('messages.send')}
          </button>
        </div>
      </form>
      {shown ? (
        <p className="cs-on-screen">
          {t('messages.onScreen')} <strong>{shown}</strong>
        </p>
      ) : null}
      <div className="cs-modal-actions">
        {engine.message ? (
          <button type="button" className="cs-button" onClick={() => void actions.send({ type: 'clear-message' }).then((r) => r.ok && ui.getState().close())}>
            {t('controls.clearMessage')}
          </button>
        ) : null}
        <button type="button" className="cs-button" onClick={() => ui.getState().close()}>
          {t('messages.cancel')}
        </button>
      </div>
    </Modal>
  );
}

function OverrideDialog({ engine, now, actions }: { engine: SessionSnapshot; now: number; actions: Actions }) {
  const { t, i18n } = useTranslation();
  const { ui } = useServices();
  const [reason, setReason] = useState('');
  const missing = missingApprovals(engine, now);
  const roles = (missing.length ? missing : engine.policy.approvalRoles).map((r) => t(`role.${r}`)).join(i18n.language === 'en' ? ', ' : '、');
  const confirm = async () => {
    const trimmed = reason.trim();
    if (!trimmed) return;
    const result = await actions.send({ type: 'start-meeting', overrideReason: trimmed });
    if (result.ok) ui.getState().close();
  };
  return (
    <Modal title={t('override.title')} testId="override-dialog">
      <p>{t('override.body', { roles })}</p>
      <label className="cs-field-label" htmlFor="override-reason">
        {t('override.reasonLabel')}
      </label>
      <textarea id="override-reason" className="cs-input cs-textarea" maxLength={1000} rows={3} value={reason} placeholder={t('override.reasonPlaceholder')} onChange={(e) => setReason(e.target.value)} />
      {!reason.trim() ? <p className="cs-muted">{t('override.reasonRequired')}</p> : null}
      <div className="cs-modal-actions">
        <button type="button" className="cs-button" onClick={() => ui.getState().close()}>
          {t('override.cancel')}
        </button>
        <button type="button" className="cs-button cs-button-danger" disabled={!reason.trim()} onClick={() => void confirm()} data-testid="override-confirm">
          {t('override.confirm')}
        </button>
      </div>
    </Modal>
  );
}

function ConfirmEnd({ actions }: { actions: Actions }) {
  const { t } = useTranslation();
  const { ui } = useServices();
  return (
    <Modal title={t('confirmEnd.title')} testId="confirm-end">
      <p>{t('confirmEnd.body')}</p>
      <div className="cs-modal-actions">
        <button type="button" className="cs-button" onClick={() => ui.getState().close()}>
          {t('confirmEnd.cancel')}
        </button>
        <button
          type="button"
          className="cs-button cs-button-danger"
          data-testid="confirm-end-button"
          onClick={() => void actions.send({ type: 'end-meeting' }).then((r) => r.ok && ui.getState().close())}
        >
          {t('confirmEnd.confirm')}
        </button>
      </div>
    </Modal>
  );
}
