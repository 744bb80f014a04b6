import { useTranslation } from 'react-i18next';
import type { SessionSnapshot } from '../../../electron/core/engine/session-state';
import { controlStates, type ControlId, type ControlState } from './control-state';

const LAYOUT: { id: ControlId; keys: string; tone?: string }[] = [
  { id: 'primary', keys: 'Space', tone: 'primary' },
  { id: 'next', keys: 'N / →', tone: 'primary' },
  { id: 'extend', keys: 'E', tone: 'extend' },
  { id: 'message', keys: 'M' },
  { id: 'blackout', keys: 'B' },
  { id: 'clear-message', keys: 'Esc' },
  { id: 'undo', keys: 'Ctrl+Z' },
  { id: 'skip', keys: 'S' },
  { id: 'recess', keys: '' },
  { id: 'end-meeting', keys: '', tone: 'danger' },
];

/** The chair's buttons; a disabled one says why instead of failing after a click. */
export function Controls({ engine, now, onControl }: { engine: SessionSnapshot | null; now: number; onControl: (id: ControlId) => void }) {
  const { t } = useTranslation();
  const states = controlStates(engine, now);
  return (
    <section className="cs-controls" aria-label={t('controls.help')}>
      {LAYOUT.map(({ id, keys, tone }) => (
        <ControlButton
          key={id}
          id={id}
          keys={keys}
          tone={tone}
          state={states[id]}
          label={t(`controls.${states[id].label}`, states[id].params)}
          note={noteOf(t, states[id])}
          why={states[id].why ? t(`why.${states[id].why}`) : null}
          onControl={onControl}
        />
      ))}
    </section>
  );
}

/** A neutral second line: what Undo would take back, and for how long still. */
function noteOf(t: (key: string, params?: Record<string, unknown>) => string, state: ControlState): string | null {
  const what = state.params?.what;
  if (!state.enabled || typeof what !== 'string') return null;
  return t('controls.undoNote', { what: t(`command.${what}`), seconds: state.params?.seconds });
}

interface ControlButtonProps {
  id: ControlId;
  keys: string;
  tone: string | undefined;
  state: ControlState;
  label: string;
  note: string | null;
  why: string | null;
  onControl: (id: ControlId) => void;
}

function ControlButton({ id, keys, tone, state, label, note, why, onControl }: ControlButtonProps) {
  return (
    <button
      type="button"
      className={`cs-control ${tone ? `cs-control-${tone}` : ''}`}
      data-control={id}
      disabled={!state.enabled}
      aria-describedby={why ? `why-${id}` : undefined}
      onClick={(e) => {
        // Give focus back to the page, so Space means "start/pause", not "press this button again".
        e.currentTarget.blur();
        onControl(id);
      }}
    >
      <span className="cs-control-label">{label}</span>
      {keys ? <kbd className="cs-kbd">{keys}</kbd> : null}
      {note ? (
        <span className="cs-control-note" data-testid={`note-${id}`}>
          {note}
        </span>
      ) : null}
      {why ? (
        <span className="cs-control-why" id={`why-${id}`} data-testid={`why-${id}`}>
          {why}
        </span>
      ) : null}
    </button>
  );
}
