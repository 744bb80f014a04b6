import type { SessionState } from './session-state';

/**
 * A copy the engine may mutate. The undo slot is shared, not copied: it is never mutated,
 * and copying it on every tick would copy a whole second state each time.
 */
export function draftOf(state: SessionState): SessionState {
  const copy: SessionState = structuredClone({ ...state, undo: null });
  copy.undo = state.undo;
  return copy;
}

/** `now` as the engine uses it: never earlier than the last event (a clock must not run back). */
export const effectiveNow = (state: SessionState, now: number): number =>
  state.lastAt !== null && now < state.lastAt ? state.lastAt : now;

export const currentItem = (state: SessionState) =>
  state.currentId === null ? undefined : state.items.find((i) => i.id === state.currentId);
