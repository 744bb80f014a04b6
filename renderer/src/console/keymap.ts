/**
 * Keyboard and presentation-clicker keys → console actions. A clicker sends PageDown/PageUp for
 * its arrows, F5 (or Shift+F5) and Esc for its start/stop button, and "." or B for "black screen".
 *
 * PageUp is Undo: the engine has no "previous speaker" (time used is on record), and a chair who
 * pressed forward once too often wants exactly the last step taken back, within the undo window.
 */
export type KeyAction =
  | 'primary'
  | 'start'
  | 'next'
  | 'skip'
  | 'extend'
  | 'message'
  | 'blackout'
  | 'undo'
  | 'escape'
  | 'help'
  | 'add-speaker'
  | 'move-up'
  | 'move-down';

export interface KeyLike {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  repeat?: boolean;
  target?: EventTarget | null;
}

/** The help overlay's list, in order: the keys shown and the i18n key of what they do. */
export const KEY_HELP: readonly { keys: string[]; what: string; clicker?: boolean; agenda?: boolean }[] = [
  { keys: ['Space'], what: 'space' },
  { keys: ['N', '→'], what: 'next' },
  { keys: ['E'], what: 'extend' },
  { keys: ['M'], what: 'message' },
  { keys: ['B', '.'], what: 'blackout' },
  { keys: ['Ctrl+Z'], what: 'undo' },
  { keys: ['S'], what: 'skip' },
  // Agenda changes: in the help overlay; the side panel's short list leaves them to the agenda's own buttons.
  { keys: ['A'], what: 'addSpeaker', agenda: true },
  { keys: ['Alt+↑', 'Alt+↓'], what: 'reorder', agenda: true },
  { keys: ['Esc'], what: 'escape' },
  { keys: ['?'], what: 'help' },
  { keys: ['PageDown'], what: 'pageDown', clicker: true },
  { keys: ['PageUp'], what: 'pageUp', clicker: true },
  { keys: ['F5'], what: 'f5', clicker: true },
  { keys: ['B', '.'], what: 'blackout', clicker: true },
  { keys: ['Esc'], what: 'escape', clicker: true },
];

const PLAIN: Record<string, KeyAction> = {
  ' ': 'primary',
  Spacebar: 'primary',
  n: 'next',
  N: 'next',
  ArrowRight: 'next',
  PageDown: 'next',
  PageUp: 'undo',
  e: 'extend',
  E: 'extend',
  m: 'message',
  M: 'message',
  b: 'blackout',
  B: 'blackout',
  '.': 'blackout',
  s: 'skip',
  S: 'skip',
  a: 'add-speaker',
  A: 'add-speaker',
  F5: 'start',
  Escape: 'escape',
  Esc: 'escape',
  '?': 'help',
};

/** Holding a key down must not toggle pause or blackout over and over. */
const NO_REPEAT = new Set<KeyAction>(['primary', 'start', 'blackout', 'extend', 'undo', 'skip', 'next']);

export function isTypingTarget(target: EventTarget | null | undefined): boolean {
  if (!target || typeof (target as Element).tagName !== 'string') return false;
  const el = target as HTMLElement;
  const tag = el.tagName.toLowerCase();
  return tag === 'input' || tag === 'textarea' || tag === 'select' || el.isContentEditable === true;
}

export function keyAction(event: KeyLike): KeyAction | null {
  // Text fields keep their keys (a space in a message is a space), except Esc to close.
  if (isTypingTarget(event.target) && event.key !== 'Escape') return null;
  if ((event.ctrlKey || event.metaKey) && !event.altKey && (event.key === 'z' || event.key === 'Z')) {
    return event.repeat ? null : 'undo';
  }
  // Alt+↑/↓ moves the selected agenda row (as in the planning screen's agenda editor).
  if (event.altKey && !event.ctrlKey && !event.metaKey) {
    if (event.key === 'ArrowUp') return 'move-up';
    if (event.key === 'ArrowDown') return 'move-down';
  }
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  const action = PLAIN[event.key] ?? null;
  if (action && event.repeat && NO_REPEAT.has(action)) return null;
  return action;
}
