// The live meeting engine: pure functions of (state, command, now). Storage keeps the event
// log, MeetingService drives reduce/tick with its clock; screens call display().
export { CommandSchema, type Command, type CommandOf, type CommandType } from './commands';
export { MESSAGE_PRESETS, MESSAGE_PRESET_TEXT, type MessagePreset } from './message-presets';
export {
  CommandEventSchema,
  ITEM_PHASE_EVENT_TYPES,
  ItemPhaseEventSchema,
  MeetingOverCapEventSchema,
  MeetingWarningEventSchema,
  SessionEventSchema,
  type CommandEvent,
  type ItemPhaseEvent,
  type ItemPhaseEventType,
  type MeetingOverCapEvent,
  type MeetingWarningEvent,
  type PhaseEvent,
  type SessionEvent,
} from './events';
export { REFUSAL_CODES, type Refusal, type RefusalCode } from './refusals';
export { REFUSAL_MESSAGES, refusalMessage } from './refusal-messages';
export {
  DEFAULT_UNDO_WINDOW_MS,
  type ApprovalInstant,
  type ApprovalOverride,
  type ChairMessage,
  type EmittedMarks,
  type ItemState,
  type ItemStatus,
  type MeetingState,
  type MeetingStatus,
  type Recess,
  type SessionOptions,
  type SessionSnapshot,
  type SessionState,
  type UndoInfo,
  type UndoSlot,
} from './session-state';
export { createSession, declaredExtensionMinutes, itemLimitMinutes, isTimedKind } from './create-session';
export { reduce, type ReduceResult } from './reduce';
export { tick, nextTransitionAt, pendingTransitions, type PendingTransition, type TickResult } from './transitions';
export {
  display,
  formatClock,
  itemClock,
  meetingClock,
  type ClockFace,
  type ClockSource,
  type Display,
  type ItemClock,
  type ItemPhase,
  type MeetingClock,
  type MeetingPhase,
} from './clock-display';
export { itemElapsed, itemThresholds, type ItemThresholds } from './item-timing';
export { meetingElapsed } from './meeting-timing';
export { missingApprovals } from './meeting-commands';
export { civilToEpoch } from '../time/civil-time';
export { snapshot } from './snapshot';
export { replay, type ReplayIssue, type ReplayResult } from './replay';
export { overtimeRecord, type ItemRecord, type MeetingRecord } from './overtime-record';
