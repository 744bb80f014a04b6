import type { LiveSnapshot } from '../shared/ipc-contract';

/**
 * Whether a meeting is in session (running, or in a recess that will resume): the laptop and
 * the projector must not dim or sleep then. Not started and ended meetings let them sleep.
 */
export function isMeetingInSession(snapshot: LiveSnapshot | null | undefined): boolean {
  // Optional chaining all the way: a snapshot is data from another module, not worth a crash.
  const status: unknown = snapshot?.engine?.meeting?.status;
  return status === 'running' || status === 'recess';
}
