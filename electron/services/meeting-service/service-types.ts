import type { SessionEvent } from '../../core/engine';
import type { OfficialCalendar } from '../../core/calendar';
import type { Finding } from '../../core/rules';
import type { Schedule } from '../../core/schedule/schedule-schema';
import type { ImportResult, Store, StoredMeeting } from '../storage';
import type { ServiceClock } from '../clock';
import type { CommandResult, Lang, MeetingServiceApi, Refusal } from './meeting-service-api';
import type { Timers } from './scheduler';

export interface ServiceLogEntry {
  level: 'info' | 'warn' | 'error';
  event: 'recovered' | 'replay-issues' | 'caught-up' | 'session-ended' | 'tick-failed' | 'listener-failed' | 'recovery-failed' | 'command-failed';
  /** The message in the service's `lang`. */
  text: string;
  zh: string;
  en: string;
  meetingId?: string;
  sessionId?: string;
}

export interface MeetingServiceOptions {
  store: Store;
  /** Default: createServiceClock() (the real wall + monotonic clocks). */
  clock?: Pick<ServiceClock, 'now'> & Partial<Pick<ServiceClock, 'onAdvance'>>;
  /** Default: the global setTimeout/clearTimeout. */
  timers?: Timers;
  /** Language of log lines (refusals always carry both). Default zh-CN. */
  lang?: Lang;
  /** Default: warnings and errors to stderr. */
  log?: (entry: ServiceLogEntry) => void;
  /** The sample schedule (parsed JSON) that `load-sample` uses; without it load-sample is refused. */
  sample?: unknown;
  /** How long undo stays possible; must stay the same across restarts (replay depends on it). Default 10 s. */
  undoWindowMs?: number;
  /** For checkMeeting; default the bundled official calendar. */
  calendar?: OfficialCalendar;
  /** close() also closes the store (set by openMeetingService, which opened it). */
  ownsStore?: boolean;
}

export type ImportOutcome = ({ ok: true; preview: boolean } & ImportResult) | { ok: false; refusal: Refusal };

export interface CheckedFinding extends Finding {
  message: { 'zh-CN': string; en: string };
}

export interface MeetingCheck {
  meetingId: string;
  /** The policy version the meeting was checked against (the current one). */
  policyVersion: number;
  findings: CheckedFinding[];
}

export interface SessionLog {
  sessionId: string;
  meetingId: string;
  events: SessionEvent[];
}

export interface MeetingService extends MeetingServiceApi {
  /** Engine commands and the service's own (load-meeting, load-sample, close-meeting). Never rejects. */
  execute(command: unknown): Promise<CommandResult>;
  /** Stored meetings ordered by start; `from` inclusive, `to` exclusive (epoch ms). */
  listMeetings(range?: { from?: number; to?: number }): StoredMeeting[];
  getMeeting(id: string): StoredMeeting | null;
  importSchedule(schedule: unknown, opts?: { preview?: boolean }): ImportOutcome;
  exportSchedule(): Schedule;
  /** policy.md's rules on one stored meeting, under the current policy; null when there is no such meeting. */
  checkMeeting(meetingId: string): MeetingCheck | null;
  /** The open meeting's log as stored (its record); null before its first command. */
  sessionLog(): SessionLog | null;
  /** Stops the scheduler (and closes the store when the service opened it). Idempotent. */
  close(): void;
}
