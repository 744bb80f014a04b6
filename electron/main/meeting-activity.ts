import type { LiveSnapshot } from '../shared/ipc-contract';

/**
 * Whether a meeting is in session (running or in recess): the displays must stay awake then.
 * `snapshot.engine` is opaque to the shell (the engine's SessionState), so read it defensively:
 * an unexpected shape means "not in session" rather than an exception in the main process.
 */
export function isMeetingInSession(snapshot: LiveSnapshot | null | undefined): boolean {
  const engine: unknown = snapshot?.engine;
  if (typeof engine !== 'object' || engine === null) return false;
  const meeting: unknown = (engine as { meeting?: unknown }).meeting;
  if (typeof meeting !== 'object' || meeting === null) return false;
  const status: unknown = (meeting as { status?: unknown }).status;
  return status === 'running' || status === 'recess';
}
