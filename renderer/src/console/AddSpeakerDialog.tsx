import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../shared/app-context';
import { Modal } from './Modal';
import type { useConsoleActions } from './use-console-actions';

type Actions = ReturnType<typeof useConsoleActions>;

/** 临时发言: a name (and optionally unit and topic); the engine adds it at the end as a speech. */
export function AddSpeakerDialog({ minutes, actions }: { minutes: number; actions: Actions }) {
  const { t } = useTranslation();
  const { ui } = useServices();
  const [name, setName] = useState('');
  const [unit, setUnit] = useState('');
  const [title, setTitle] = useState('');
  const submit = async () => {
    const trimmed = name.trim();
    if (!trimmed) return;
    const result = await actions.send({
      type: 'add-speaker',
      name: trimmed,
      ...(unit.trim() ? { unit: unit.trim() } : {}),
      ...(title.trim() ? { title: title.trim() } : {}),
    });
    if (!result.ok) return;
    ui.getState().close();
    // Selected, so Alt+↑/↓ can move it into place at once.
    const added = result.snapshot.engine?.items.at(-1);
    if (added) ui.getState().select(added.id);
  };
  return (
    <Modal title={t('addSpeaker.title')} testId="add-speaker">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <label className="cs-field-label" htmlFor="add-speaker-name">
          {t('addSpeaker.name')}
        </label>
        <input id="add-speaker-name" className="cs-input" maxLength={100} value={name} autoFocus onChange={(e) => setName(e.target.value)} />
        <label className="cs-field-label" htmlFor="add-speaker-unit">
          {t('addSpeaker.unit')}
        </label>
        <input id="add-speaker-unit" className="cs-input" maxLength={200} value={unit} onChange={(e) => setUnit(e.target.value)} />
        <label className="cs-field-label" htmlFor="add-speaker-title">
          {t('addSpeaker.topic')}
        </label>
        <input id="add-speaker-title" className="cs-input" maxLength={500} value={title} onChange={(e) => setTitle(e.target.value)} />
        <p className="cs-muted cs-dialog-hint">{name.trim() ? t('addSpeaker.hint', { minutes }) : t('addSpeaker.nameRequired')}</p>
        <div className="cs-modal-actions">
          <button type="button" className="cs-button" onClick={() => ui.getState().close()}>
            {t('addSpeaker.cancel')}
          </button>
          <button type="submit" className="cs-button cs-button-primary" disabled={!name.trim()} data-testid="add-speaker-submit">
            {t('addSpeaker.add')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
