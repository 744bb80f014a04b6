/**
 * Which console controls work right now and, when one does not, why. Mirrors the engine's own
 * checks so a button is greyed out with the reason (未事先申明 / 已延时一次 …) instead of being
 * refused after a click; the engine still decides, and a refusal is shown as a toast.
 */
import type { ApprovalRole } from '../../../electron/core/policy/ids';
import type { ItemState, SessionSnapshot } from '../../../electron/core/engine/session-state';
import type { ServiceCommand } from '../api/duanhui-api';

export type WhyKey =
  | 'notStarted'
  | 'ended'
  | 'recess'
  | 'noCurrent'
  | 'notDeclared'
  | 'alreadyExtended'
  | 'kindNotAllowed'
  | 'nothingToUndo'
  | 'undoExpired'
  | 'noPending'
  | 'noMessage';

export type ControlId =
  | 'primary'
  | 'next'
  | 'skip'
  | 'extend'
  | 'message'
  | 'clear-message'
  | 'blackout'
  | 'recess'
  | 'end-meeting'
  | 'undo';

export interface ControlState {
  enabled: boolean;
  /** i18n key under `why.` when disabled. */
  why: WhyKey | null;
  /** i18n key of the button's label (under `controls.`). */
  label: string;
  /** What the button sends; null when it opens a dialog or is disabled. */
  command: ServiceCommand | null;
  /** Extra values for the label (extension minutes, undo seconds…). */
  params?: Record<string, string | number>;
}

const off = (label: string, why: WhyKey): ControlState => ({ enabled: false, why, label, command: null });
const on = (label: string, command: ServiceCommand | null, params?: ControlState['params']): ControlState => ({
  enabled: true,
  why: null,
  label,
  command,
  ...(params ? { params } : {}),
});

export const currentItem = (engine: SessionSnapshot): ItemState | null =>
  engine.items.find((i) => i.id === engine.currentId) ?? null;

/** Index of the first pending item after the current one (or from the top). */
export function nextPendingIndex(engine: SessionSnapshot): number {
  const from = engine.items.findIndex((i) => i.id === engine.currentId);
  return engine.items.findIndex((item, i) => i > from && item.status === 'pending');
}

/** Approval roles lacking an approval dated before the meeting starts (as the engine checks). */
export function missingApprovals(engine: SessionSnapshot, now: number): ApprovalRole[] {
  const m = engine.meeting;
  if (!m.countyWide) return [];
  const startAt = Math.min(m.plannedStart, now);
  return engine.policy.approvalRoles.filter((role) => !m.approvals.some((a) => a.role === role && a.at !== null && a.at < startAt));
}

export type ExtensionCheck = { enabled: true; minutes: number } | { enabled: false; why: WhyKey };

export function extensionCheck(engine: SessionSnapshot): ExtensionCheck {
  const status = engine.meeting.status;
  if (status === 'not-started') return { enabled: false, why: 'notStarted' };
  if (status === 'ended') return { enabled: false, why: 'ended' };
  const item = currentItem(engine);
  if (!item) return { enabled: false, why: 'noCurrent' };
  if (!engine.policy.timedItemKinds.includes(item.kind)) return { enabled: false, why: 'kindNotAllowed' };
  if (item.grantedExtensionMs > 0) return { enabled: false, why: 'alreadyExtended' };
  if (item.declaredExtensionMs <= 0) return { enabled: false, why: 'notDeclared' };
  const minutes = Math.min(item.declaredExtensionMs / 60_000, engine.policy.extensionMaxMinutes);
  return { enabled: true, minutes };
}

function primary(engine: SessionSnapshot): ControlState {
  const status = engine.meeting.status;
  if (status === 'not-started') return on('startMeeting', { type: 'start-meeting' });
  if (status === 'ended') return off('startItem', 'ended');
  if (status === 'recess') return on('resumeMeeting', { type: 'resume-meeting' });
  const item = currentItem(engine);
  if (item?.status === 'running') return on('pause', { type: 'pause-item' });
  if (item?.status === 'paused') return on('resume', { type: 'resume-item' });
  return engine.items.some((i) => i.status === 'pending') ? on('startItem', { type: 'start-item' }) : off('startItem', 'noPending');
}

export function controlStates(engine: SessionSnapshot | null, now: number): Record<ControlId, ControlState> {
  if (!engine) {
    const none = (label: string) => off(label, 'notStarted');
    return {
      primary: none('startMeeting'),
      next: none('next'),
      skip: none('skip'),
      extend: none('extend'),
      message: none('message'),
      'clear-message': none('clearMessage'),
      blackout: none('blackout'),
      recess: none('recess'),
      'end-meeting': none('endMeeting'),
      undo: off('undo', 'nothingToUndo'),
    };
  }
  const status = engine.meeting.status;
  const ended = status === 'ended';
  const started = status !== 'not-started';
  const pendingIndex = nextPendingIndex(engine);
  const current = currentItem(engine);

  const next: ControlState = !started
    ? off('next', 'notStarted')
    : ended
      ? off('next', 'ended')
      : status === 'recess'
        ? off('next', 'recess')
        : current || pendingIndex >= 0
          ? on('next', { type: 'next' })
          : off('next', 'noPending');

  const skip: ControlState = ended
    ? off('skip', 'ended')
    : pendingIndex >= 0
      ? on('skip', { type: 'skip-item', index: pendingIndex })
      : off('skip', 'noPending');

  const ext = extensionCheck(engine);
  const extend: ControlState = ext.enabled
    ? on('extendMinutes', { type: 'grant-extension' }, { minutes: ext.minutes })
    : off('extend', ext.why);

  const undo = engine.undo;
  const undoState: ControlState = !undo
    ? off('undo', 'nothingToUndo')
    : now > undo.until
      ? off('undo', 'undoExpired')
      : on('undo', { type: 'undo' }, { what: undo.command, seconds: Math.max(1, Math.ceil((undo.until - now) / 1000)) });

  return {
    primary: primary(engine),
    next,
    skip,
    extend,
    message: ended ? off('message', 'ended') : on('message', null),
    'clear-message': engine.message && !ended ? on('clearMessage', { type: 'clear-message' }) : off('clearMessage', ended ? 'ended' : 'noMessage'),
    blackout: on(engine.blackout ? 'blackoutOff' : 'blackout', { type: 'blackout', on: !engine.blackout }),
    recess: !started
      ? off('recess', 'notStarted')
      : ended
        ? off('recess', 'ended')
        : status === 'recess'
          ? on('resumeMeeting', { type: 'resume-meeting' })
          : on('recess', { type: 'pause-meeting' }),
    'end-meeting': !started ? off('endMeeting', 'notStarted') : ended ? off('endMeeting', 'ended') : on('endMeeting', null),
    undo: undoState,
  };
}

/** When the console must repaint for the undo button to grey out, beyond the clocks' changes. */
export function undoChangeAt(engine: SessionSnapshot | null, now: number): number | null {
  const until = engine?.undo?.until;
  if (until === undefined || until === null) return null;
  if (until >= now) return until + 1;
  return null;
}
