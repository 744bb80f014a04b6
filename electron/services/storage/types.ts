import type { MeetingKind } from '../../core/policy/ids';
import type { Policy, PolicyInput } from '../../core/policy/policy';
import type { Meeting, Schedule } from '../../core/schedule/schedule-schema';

export type MeetingStatus = 'planned' | 'live' | 'ended';

/** A meeting as stored: the schedule's meeting plus what the database knows about it. */
export interface StoredMeeting {
  /** The meeting; items with an attached document carry that document's 字数 and pages. */
  meeting: Meeting;
  /** IANA zone of the meeting's civil times. */
  timeZone: string;
  /** Planned start and end, epoch ms. */
  startAt: number;
  endAt: number;
  status: MeetingStatus;
  /** The policy version the meeting was last checked under. */
  policyVersion: number | null;
  createdAt: number;
  updatedAt: number;
}

export interface MeetingQuery {
  /** Meetings starting at or after this instant (epoch ms). */
  from?: number;
  /** Meetings starting before this instant (epoch ms). */
  to?: number;
  status?: MeetingStatus;
  kind?: MeetingKind;
  organiser?: string;
}

export interface UpsertMeetingOptions {
  /** Zone of the meeting's civil times; default: the zone it had, else the current policy's. */
  timeZone?: string;
  /** The policy version it was checked under; default: the current policy. */
  policyVersion?: number;
}

export interface PolicyRecord {
  version: number;
  name: string;
  policy: Policy;
  createdAt: number;
}

export interface SavedPolicy extends PolicyRecord {
  /** False when the policy equals the current one, which is then returned unchanged. */
  created: boolean;
}

export type { PolicyInput };

export interface DocumentInput {
  /** The file's name as the clerk chose it, e.g. 发言稿.docx. */
  fileName: string;
  /** Word 字数, when counted. */
  chars: number | null;
  /** Page count (a PDF's real count or the GB/T 9704 estimate), when known. */
  pages: number | null;
  /** The text, when it is to be kept in the database. */
  text?: string | null;
}

export interface DocumentRecord {
  id: number;
  meetingId: string;
  /** The agenda item's id, or `#<position>` (0-based) for an item without an id. */
  itemKey: string;
  fileName: string;
  chars: number | null;
  pages: number | null;
  text: string | null;
  textKept: boolean;
  attachedAt: number;
}

/** One entry of a live meeting's log. The engine owns its shape; storage needs these three. */
export interface SessionEvent {
  seq: number;
  /** Epoch ms. */
  at: number;
  type: string;
  [key: string]: unknown;
}

export interface CreateSessionInput {
  meetingId: string;
  /** Default: a random UUID. */
  id?: string;
  /** The policy version the meeting runs under; default: the meeting's, else the current one. */
  policyVersion?: number;
  /** Epoch ms; default: now. */
  startedAt?: number;
}

export interface SessionRecord {
  id: string;
  meetingId: string;
  /** The plan as it was when the session started. */
  meeting: Meeting;
  timeZone: string;
  policyVersion: number;
  startedAt: number;
  endedAt: number | null;
  /** Highest stored seq, or null before the first event. */
  lastSeq: number | null;
  eventCount: number;
}

export interface LoadedSession {
  session: SessionRecord;
  /** In seq order. */
  events: SessionEvent[];
}

export interface ImportResult {
  /** Meeting ids new to the database. */
  added: string[];
  /** Meeting ids whose stored plan differs from the schedule's. */
  changed: string[];
  /** Meeting ids stored exactly as the schedule has them. */
  unchanged: string[];
}

export interface ImportOptions {
  /** The policy version the schedule was checked under; default: the current policy. */
  policyVersion?: number;
}

export interface ExportOptions {
  from?: number;
  to?: number;
  /** Zone of the exported civil times; default: the current policy's. */
  timeZone?: string;
  /** Put attached documents' 字数 and pages into the items (default false: the plan as imported). */
  includeAttachedCounts?: boolean;
}

export interface StorageLogEntry {
  level: 'info' | 'warn';
  event: 'created' | 'migrated' | 'backup' | 'backup-failed' | 'backups-rotated';
  zh: string;
  en: string;
  file: string;
  path?: string;
}

export interface OpenOptions {
  /** The clock (epoch ms), injected by tests; default Date.now. */
  now?: () => number;
  /** Zone of the dates in backup and moved-aside file names; default: the computer's zone. */
  timeZone?: string;
  /** Default: `backups/` beside the database. */
  backupDir?: string;
  log?: (entry: StorageLogEntry) => void;
  /** How long a write waits for another process's lock, ms; default 5000. */
  busyTimeoutMs?: number;
  /** How many backups to keep; default 14. */
  keepBackups?: number;
  /**
   * Caps the file at this many pages (PRAGMA max_page_count). A safety limit, and the way tests
   * make SQLITE_FULL happen without filling a disk.
   */
  maxPageCount?: number;
}

export interface StoreSettings {
  file: string;
  schemaVersion: number;
  journalMode: string;
  /** 2 = FULL. */
  synchronous: number;
  foreignKeys: boolean;
  busyTimeoutMs: number;
  pageSize: number;
  pageCount: number;
  backupDir: string;
}

export type { Schedule, Meeting, Policy };
