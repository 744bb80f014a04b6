import type { MeetingState } from './session-state';

/** Meeting time in session at `now`: wall time since the start minus recesses. */
export function meetingElapsed(m: MeetingState, now: number): number {
  if (m.startedAt === null) return 0;
  const until = m.status === 'ended' ? (m.endedAt ?? now) : m.status === 'recess' ? (m.recessSince ?? now) : now;
  return Math.max(0, until - m.startedAt - m.recessBeforeMs);
}

/**
 * Elapsed thresholds of the meeting's stages in order: each warning stage, then over-cap.
 * Stage k (1-based) of the warnings is reached when stagesMs[k-1] or less is left.
 */
export function meetingThresholds(m: MeetingState): number[] {
  if (m.capMs === null) return [];
  const cap = m.capMs;
  return [...m.stagesMs.map((left) => Math.max(0, cap - left)), cap];
}

/** Stages reached at `now` (by elapsed time, whatever is logged). */
export function stagesReached(m: MeetingState, now: number): number {
  const e = meetingElapsed(m, now);
  return meetingThresholds(m).filter((t) => t <= e).length;
}

export function refreshMeetingInstants(m: MeetingState): void {
  if (m.status !== 'running' || m.startedAt === null || m.capMs === null) {
    m.deadline = null;
    m.stageAt = [];
    return;
  }
  const base = m.startedAt + m.recessBeforeMs;
  const cap = m.capMs;
  m.deadline = base + cap;
  m.stageAt = m.stagesMs.map((left) => base + Math.max(0, cap - left));
}
