import type { SessionState } from './session-state';

/** Deep copy of plain JSON data; several times faster than structuredClone on these small objects. */
export function cloneJson<T>(value: T): T {
  if (Array.isArray(value)) return value.map(cloneJson) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = cloneJson(v);
    return out as T;
  }
  return value;
}

/**
 * A copy the engine may mutate. The policy and the undo slot are shared, not copied: the
 * engine never mutates either, and copying the undo slot would copy a second state each time.
 */
export function draftOf(state: SessionState): SessionState {
  const { policy, undo, ...rest } = state;
  return { ...cloneJson(rest), policy, undo };
}

/** `now` as the engine uses it: never earlier than the last event (a clock must not run back). */
export const effectiveNow = (state: SessionState, now: number): number =>
  state.lastAt !== null && now < state.lastAt ? state.lastAt : now;

export const currentItem = (state: SessionState) =>
  state.currentId === null ? undefined : state.items.find((i) => i.id === state.currentId);
