import { allowedMs, itemElapsed, itemThresholds } from './item-timing';
import { meetingElapsed } from './meeting-timing';
import type { ItemState, MeetingState, SessionSnapshot } from './session-state';

/**
 * What a screen shows at `now`. Every screen (chair console, projector, browser) calls these,
 * so all of them agree to the second: remaining time is `ceil` of the remaining ms while time
 * remains (8:00 is shown for the whole first second), overtime is `floor`, counting up from +0:00.
 */

export type ItemPhase = 'ready' | 'running' | 'warning' | 'extended' | 'overtime' | 'paused' | 'done' | 'skipped';

export type MeetingPhase =
  | 'not-started'
  | 'running'
  | `warning-${number}`
  | 'over-cap'
  | 'recess'
  | 'ended'
  | 'uncapped';

export interface ClockFace {
  /** Whole seconds left, rounded up; 0 once time is up. */
  remainingSeconds: number;
  /** Whole seconds past the limit, rounded down; 0 while time remains. */
  overtimeSeconds: number;
  /** Whole seconds elapsed, rounded down. */
  elapsedSeconds: number;
  /** '7:59', '+0:05', '1:59:59'. */
  text: string;
  /** When `text` or `phase` next changes on its own; null when frozen. Repaint then. */
  nextChangeAt: number | null;
}

export interface ItemClock extends ClockFace {
  id: string;
  phase: ItemPhase;
  /** True while the text shows overtime (also when paused or done in overtime). */
  overtime: boolean;
}

export interface MeetingClock extends ClockFace {
  phase: MeetingPhase;
  overCap: boolean;
}

export interface Display {
  meeting: MeetingClock;
  /** The running or paused item. */
  current: (ItemClock & { index: number }) | null;
  items: ItemClock[];
  message: SessionSnapshot['message'];
  blackout: boolean;
  /** Earliest of the meeting's and the current item's nextChangeAt. */
  nextChangeAt: number | null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** 480 → '8:00', 3599 → '59:59', 7199 → '1:59:59'. */
export function formatClock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return h > 0 ? `${h}:${pad(m)}:${pad(s % 60)}` : `${m}:${pad(s % 60)}`;
}

/** The face of a count-down towards `remainingMs` (negative: past it). */
function countdown(remainingMs: number, elapsedMs: number, now: number, live: boolean): ClockFace {
  const over = remainingMs <= 0;
  const remainingSeconds = over ? 0 : Math.ceil(remainingMs / 1000);
  const overtimeSeconds = over ? Math.max(0, Math.floor(-remainingMs / 1000)) : 0; // max: no -0
  const deadline = now + remainingMs;
  // The shown second changes when the remaining ms cross the next whole-second boundary.
  const nextChangeAt = !live
    ? null
    : over
      ? deadline + (overtimeSeconds + 1) * 1000
      : deadline - (remainingSeconds - 1) * 1000;
  return {
    remainingSeconds,
    overtimeSeconds,
    elapsedSeconds: Math.floor(elapsedMs / 1000),
    text: over ? `+${formatClock(overtimeSeconds)}` : formatClock(remainingSeconds),
    nextChangeAt,
  };
}

const earliest = (...ts: (number | null | undefined)[]): number | null => {
  const xs = ts.filter((t): t is number => typeof t === 'number');
  return xs.length ? Math.min(...xs) : null;
};

const STATIC_PHASE: Partial<Record<ItemState['status'], ItemPhase>> = {
  pending: 'ready',
  paused: 'paused',
  done: 'done',
  skipped: 'skipped',
};

/** The phase a running item is in after `elapsed` ms. */
export function runningPhase(item: ItemState, elapsed: number): ItemPhase {
  const t = itemThresholds(item);
  if (elapsed >= t.timeUp) return 'overtime';
  if (t.warning !== null && elapsed >= t.warning) return 'warning';
  if (item.grantedExtensionMs > 0 && elapsed >= item.limitMs) return 'extended';
  return 'running';
}

export function itemClock(item: ItemState, now: number): ItemClock {
  const live = item.status === 'running' && item.runningSince !== null;
  const elapsed = itemElapsed(item, now);
  const remaining = allowedMs(item) - elapsed;
  const face = countdown(remaining, elapsed, now, live);
  const phase = live ? runningPhase(item, elapsed) : (STATIC_PHASE[item.status] ?? 'ready');
  if (live) {
    const upcoming = [item.extendedAt, item.warningAt, item.deadline].filter((t) => t !== null && t > now);
    face.nextChangeAt = earliest(face.nextChangeAt, ...upcoming);
  }
  return { id: item.id, phase, overtime: remaining <= 0 && item.status !== 'pending', ...face };
}

export function meetingClock(m: MeetingState, now: number): MeetingClock {
  const elapsed = meetingElapsed(m, now);
  const live = m.status === 'running';
  if (m.capMs === null) {
    // Exempt kinds have no cap: the clock counts up.
    const phase = m.status === 'running' ? 'uncapped' : m.status;
    return {
      phase,
      overCap: false,
      remainingSeconds: 0,
      overtimeSeconds: 0,
      elapsedSeconds: Math.floor(elapsed / 1000),
      text: formatClock(elapsed / 1000),
      nextChangeAt: live ? now + (1000 - (elapsed % 1000)) : null,
    };
  }
  const remaining = m.capMs - elapsed;
  const face = countdown(remaining, elapsed, now, live);
  let phase: MeetingPhase = m.status;
  if (live) {
    const stage = m.stagesMs.filter((left) => remaining <= left).length;
    phase = remaining <= 0 ? 'over-cap' : stage > 0 ? `warning-${stage}` : 'running';
    face.nextChangeAt = earliest(face.nextChangeAt, ...m.stageAt.filter((t) => t > now));
  }
  return { phase, overCap: remaining <= 0 && m.status !== 'not-started', ...face };
}

/** The subset of a snapshot the clocks need; a SessionState fits too. */
export type ClockSource = Pick<SessionSnapshot, 'meeting' | 'items' | 'currentId' | 'message' | 'blackout'>;

export function display(snap: ClockSource, now: number): Display {
  const items = snap.items.map((i) => itemClock(i, now));
  const meeting = meetingClock(snap.meeting, now);
  const index = snap.items.findIndex((i) => i.id === snap.currentId);
  const current = index >= 0 ? { ...items[index]!, index } : null;
  return {
    meeting,
    current,
    items,
    message: snap.message,
    blackout: snap.blackout,
    nextChangeAt: earliest(meeting.nextChangeAt, current?.nextChangeAt),
  };
}
