import type { ApprovalRole, ItemKind, MeetingKind } from '../policy/ids';
import type { Policy } from '../policy/policy';
import type { CommandType, MessagePreset } from './commands';

/**
 * The live session, as the engine keeps it. Plain JSON data (no undefined, no classes), so it
 * can be cloned, compared and sent to screens as is. Instants are epoch ms from the caller's
 * monotonic-corrected clock; nothing here is a count-down: remaining time is always
 * `deadline − now`, computed by clock-display.ts where it is shown.
 */

export type ItemStatus = 'pending' | 'running' | 'paused' | 'done' | 'skipped';

/**
 * Elapsed thresholds (ms into the item) whose phase event is already in the log. Keyed by the
 * threshold value rather than a flag, so a granted extension (which moves the thresholds)
 * re-arms the warning and time-up events, while pause/resume does not repeat them.
 */
export interface EmittedMarks {
  extended: number | null;
  warning: number | null;
  timeUp: number | null;
}

export interface ItemState {
  /** Stable id: the agenda item's id, `item-<n>` for agenda items without one, `extra-<n>` for added speakers. */
  id: string;
  /** Position in the meeting's agenda as scheduled; null for an unplanned speaker. */
  agendaIndex: number | null;
  unplanned: boolean;
  kind: ItemKind;
  title: string;
  speaker: string | null;
  unit: string | null;
  plannedMinutes: number | null;
  /** Time allowed before any extension. */
  limitMs: number;
  /** Length of the warning phase before time-up (policy.itemWarningSeconds). */
  warningMs: number;
  /** Extension declared in advance (事先申明), already capped at the policy maximum; 0: none. */
  declaredExtensionMs: number;
  /** When the declaration was changed during the session; null: as in the agenda. */
  declaredAt: number | null;
  grantedExtensionMs: number;
  extensionGrantedAt: number | null;
  status: ItemStatus;
  /** Elapsed time accumulated before the current run (all earlier runs). */
  elapsedBeforeMs: number;
  /** Start of the current run; null unless running. */
  runningSince: number | null;
  /** While running: when time is up (= runningSince + limit + granted − elapsedBefore). */
  deadline: number | null;
  /** While running: when the warning phase starts; null if there is none. */
  warningAt: number | null;
  /** While running with a granted extension: when the base limit is reached. */
  extendedAt: number | null;
  /** First start, last pause, finish/skip, first time-up. */
  startedAt: number | null;
  pausedAt: number | null;
  endedAt: number | null;
  timeUpAt: number | null;
  /** Paused by a recess of the meeting (resumes with the meeting), not by the chair. */
  pausedByRecess: boolean;
  emitted: EmittedMarks;
}

export type MeetingStatus = 'not-started' | 'running' | 'recess' | 'ended';

export interface Recess {
  from: number;
  to: number | null;
}

export interface ApprovalOverride {
  reason: string;
  missingRoles: ApprovalRole[];
  at: number;
}

export interface ApprovalInstant {
  role: ApprovalRole;
  /** approvedAt as an instant; null when it could not be read. */
  at: number | null;
}

/**
 * The meeting clock counts wall time since the start minus recesses: a recess (休会) stops the
 * clock against the cap, because the cap limits how long the room sits in session.
 */
export interface MeetingState {
  id: string;
  title: string;
  kind: MeetingKind;
  countyWide: boolean;
  exempt: boolean;
  plannedStart: number;
  plannedDurationMinutes: number;
  status: MeetingStatus;
  /** null: exempt kind, no cap. */
  capMs: number | null;
  /** Warning stages as time left before the cap, descending (policy.meetingWarningMinutes). */
  stagesMs: number[];
  startedAt: number | null;
  endedAt: number | null;
  recessSince: number | null;
  /** Total of the finished recesses. */
  recessBeforeMs: number;
  recesses: Recess[];
  /** While running and capped: when the cap is reached. */
  deadline: number | null;
  /** While running and capped: when each warning stage is reached (same order as stagesMs). */
  stageAt: number[];
  /** How many of the stages (warnings, then over-cap) are already in the log. */
  emittedStages: number;
  approvals: ApprovalInstant[];
  approvalOverride: ApprovalOverride | null;
}

export interface ChairMessage {
  /** The text the speaker sees (a preset's zh-CN wording, or the chair's own text). */
  text: string;
  preset: MessagePreset | null;
  at: number;
}

export interface UndoInfo {
  /** seq of the command event that undo would revert. */
  seq: number;
  command: CommandType;
  at: number;
  /** Last instant at which undo is accepted. */
  until: number;
}

export interface UndoSlot extends UndoInfo {
  /** The state just before that command (with `undo: null`). */
  prev: SessionState;
}

export interface SessionState {
  format: 'duanhui-session';
  version: 1;
  policy: Policy;
  undoWindowMs: number;
  meeting: MeetingState;
  /** In the session's current order (reorder and add-speaker change it). */
  items: ItemState[];
  /** The running or paused item. */
  currentId: string | null;
  message: ChairMessage | null;
  blackout: boolean;
  /** seq of the last event. */
  seq: number;
  /** Instant of the latest event; a `now` earlier than this is treated as this. */
  lastAt: number | null;
  /** Unplanned speakers added so far (including undone ones, so ids are never reused). */
  addedCount: number;
  undo: UndoSlot | null;
}

/** What screens receive: the state without the undo copy. */
export type SessionSnapshot = Omit<SessionState, 'undo'> & { undo: UndoInfo | null };

export interface SessionOptions {
  /** The meeting's scheduled start as an instant (the caller converts meeting.start). */
  plannedStart: number;
  /** How long after a command `undo` is still accepted; default 10 s. */
  undoWindowMs?: number;
  /** Zone of civil approval times without an offset; default policy.timeZone. */
  timeZone?: string;
}

export const DEFAULT_UNDO_WINDOW_MS = 10_000;
