import { cloneJson } from './clone';
import type { SessionSnapshot, SessionState } from './session-state';

/** What screens receive: the whole state minus the undo copy (they only need to know until when undo works). */
export function snapshot(state: SessionState): SessionSnapshot {
  const { undo, ...rest } = state;
  return {
    ...cloneJson(rest),
    undo: undo ? { seq: undo.seq, command: undo.command, at: undo.at, until: undo.until } : null,
  };
}
