import type { DatabaseSync } from 'node:sqlite';
import type { z } from 'zod';
import type { MeetingSchema, Schedule, ScheduleInput } from '../../core/schedule/schedule-schema';
import type { PolicyInput } from '../../core/policy/policy';
import { type BackupInfo, isDailyBackupDue, listBackups, rotateBackups, takeBackup } from './backups';
import { pragmaNumber, pragmaValue, Statements } from './db-helpers';
import * as documents from './documents-repo';
import * as meetings from './meetings-repo';
import * as policies from './policies-repo';
import * as schedule from './schedule-transfer';
import * as sessions from './sessions-repo';
import type { StoreContext } from './store-context';
import { toStorageError } from './to-storage-error';
import type {
  CreateSessionInput,
  DocumentInput,
  DocumentRecord,
  ExportOptions,
  ImportOptions,
  ImportResult,
  LoadedSession,
  MeetingQuery,
  PolicyRecord,
  SavedPolicy,
  SessionEvent,
  SessionRecord,
  StorageLogEntry,
  StoredMeeting,
  StoreSettings,
  UpsertMeetingOptions,
} from './types';

export type MeetingInput = z.input<typeof MeetingSchema>;

/**
 * The database of one Duanhui installation. Every method is synchronous and either completes
 * durably or throws a StorageError having changed nothing.
 */
export interface Store {
  readonly file: string;
  readonly backupDir: string;
  readonly schemaVersion: number;
  settings(): StoreSettings;
  close(): void;

  upsertMeeting(meeting: MeetingInput, opts?: UpsertMeetingOptions): StoredMeeting;
  getMeeting(id: string): StoredMeeting | null;
  /** Ordered by start; `from` inclusive, `to` exclusive (epoch ms of the planned start). */
  listMeetings(query?: MeetingQuery): StoredMeeting[];
  deleteMeeting(id: string, opts?: { withRecords?: boolean }): boolean;

  /** `item`: the agenda item's id, or its 0-based position. */
  attachDocument(meetingId: string, item: string | number, doc: DocumentInput): DocumentRecord;
  listDocuments(meetingId: string): DocumentRecord[];

  savePolicy(policy: PolicyInput): SavedPolicy;
  getPolicy(version: number): PolicyRecord | null;
  currentPolicy(): PolicyRecord;
  listPolicies(): PolicyRecord[];

  createSession(input: CreateSessionInput): SessionRecord;
  /** One transaction, on disk when it returns; on error nothing of the batch is written. */
  appendEvents(sessionId: string, events: readonly SessionEvent[]): { lastSeq: number | null };
  getSession(id: string): SessionRecord | null;
  loadSession(id: string): LoadedSession | null;
  loadEvents(sessionId: string, afterSeq?: number): SessionEvent[];
  listLiveSessions(): SessionRecord[];
  loadLiveSessions(): LoadedSession[];
  listSessions(meetingId: string): SessionRecord[];
  endSession(id: string, endedAt?: number): SessionRecord;

  previewImport(schedule: ScheduleInput | unknown): ImportResult;
  importSchedule(schedule: ScheduleInput | unknown, opts?: ImportOptions): ImportResult;
  exportSchedule(opts?: ExportOptions): Schedule;

  /** A backup now (VACUUM INTO), then rotation; returns its path. */
  backupNow(reason?: string): string;
  /** The daily backup, when today's is missing; returns its path or null. */
  backupIfDue(): string | null;
  listBackups(): BackupInfo[];
  /** PRAGMA integrity_check: [] when the file is sound, else SQLite's findings. */
  integrityCheck(): string[];

  /**
   * The open connection, for the repositories of other rooms whose tables a migration here adds
   * (planning). Errors thrown inside become StorageErrors; writes use inTransaction themselves.
   */
  withDatabase<T>(fn: (db: DatabaseSync) => T): T;
}

export interface StoreOptions {
  now: () => number;
  backupDir: string;
  keepBackups: number;
  busyTimeoutMs: number;
  timeZone: string | undefined;
  log: (entry: StorageLogEntry) => void;
}

export class SqliteStore implements Store {
  private readonly ctx: StoreContext;

  constructor(
    private readonly db: DatabaseSync,
    readonly file: string,
    private readonly opts: StoreOptions,
  ) {
    this.ctx = { db, sql: new Statements(db), now: opts.now, file };
  }

  get backupDir(): string {
    return this.opts.backupDir;
  }

  get schemaVersion(): number {
    return this.guard(() => pragmaNumber(this.db, 'user_version'));
  }

  /** Every call goes through here so callers only ever see StorageErrors. */
  private guard<T>(fn: () => T): T {
    try {
      return fn();
    } catch (e) {
      throw toStorageError(e, this.file);
    }
  }

  settings(): StoreSettings {
    return this.guard(() => ({
      file: this.file,
      schemaVersion: pragmaNumber(this.db, 'user_version'),
      journalMode: String(pragmaValue(this.db, 'journal_mode')),
      synchronous: pragmaNumber(this.db, 'synchronous'),
      foreignKeys: pragmaNumber(this.db, 'foreign_keys') === 1,
      busyTimeoutMs: pragmaNumber(this.db, 'busy_timeout'),
      pageSize: pragmaNumber(this.db, 'page_size'),
      pageCount: pragmaNumber(this.db, 'page_count'),
      backupDir: this.opts.backupDir,
    }));
  }

  close(): void {
    if (this.db.isOpen) this.db.close();
  }

  upsertMeeting(meeting: MeetingInput, opts?: UpsertMeetingOptions) {
    return this.guard(() => meetings.upsertMeeting(this.ctx, meeting, opts));
  }
  getMeeting(id: string) {
    return this.guard(() => meetings.getMeeting(this.ctx, id));
  }
  listMeetings(query?: MeetingQuery) {
    return this.guard(() => meetings.listMeetings(this.ctx, query));
  }
  deleteMeeting(id: string, opts?: { withRecords?: boolean }) {
    return this.guard(() => meetings.deleteMeeting(this.ctx, id, opts));
  }

  attachDocument(meetingId: string, item: string | number, doc: DocumentInput) {
    return this.guard(() => documents.attachDocument(this.ctx, meetingId, item, doc));
  }
  listDocuments(meetingId: string) {
    return this.guard(() => documents.listDocuments(this.ctx, meetingId));
  }

  savePolicy(policy: PolicyInput) {
    return this.guard(() => policies.savePolicy(this.ctx, policy));
  }
  getPolicy(version: number) {
    return this.guard(() => policies.getPolicy(this.ctx, version));
  }
  currentPolicy() {
    return this.guard(() => policies.currentPolicy(this.ctx));
  }
  listPolicies() {
    return this.guard(() => policies.listPolicies(this.ctx));
  }

  createSession(input: CreateSessionInput) {
    return this.guard(() => sessions.createSession(this.ctx, input));
  }
  appendEvents(sessionId: string, events: readonly SessionEvent[]) {
    return this.guard(() => sessions.appendEvents(this.ctx, sessionId, events));
  }
  getSession(id: string) {
    return this.guard(() => sessions.getSession(this.ctx, id));
  }
  loadSession(id: string) {
    return this.guard(() => sessions.loadSession(this.ctx, id));
  }
  loadEvents(sessionId: string, afterSeq?: number) {
    return this.guard(() => sessions.loadEvents(this.ctx, sessionId, afterSeq));
  }
  listLiveSessions() {
    return this.guard(() => sessions.listLiveSessions(this.ctx));
  }
  loadLiveSessions() {
    return this.guard(() => sessions.loadLiveSessions(this.ctx));
  }
  listSessions(meetingId: string) {
    return this.guard(() => sessions.listSessions(this.ctx, meetingId));
  }
  endSession(id: string, endedAt?: number) {
    return this.guard(() => sessions.endSession(this.ctx, id, endedAt));
  }

  previewImport(input: unknown) {
    return this.guard(() => schedule.previewImport(this.ctx, input));
  }
  importSchedule(input: unknown, opts?: ImportOptions) {
    return this.guard(() => schedule.importSchedule(this.ctx, input, opts));
  }
  exportSchedule(opts?: ExportOptions) {
    return this.guard(() => schedule.exportSchedule(this.ctx, opts));
  }

  backupNow(reason = 'manual'): string {
    return this.guard(() => {
      const target = takeBackup(this.db, this.file, {
        backupDir: this.opts.backupDir,
        now: this.opts.now(),
        reason,
        ...(this.opts.timeZone ? { timeZone: this.opts.timeZone } : {}),
      });
      this.opts.log({
        level: 'info',
        event: 'backup',
        zh: `已备份数据库到 ${target}`,
        en: `Backed up the database to ${target}`,
        file: this.file,
        path: target,
      });
      const removed = rotateBackups(this.file, this.opts.backupDir, this.opts.keepBackups);
      if (removed.length > 0) {
        this.opts.log({
          level: 'info',
          event: 'backups-rotated',
          zh: `删除了 ${removed.length} 个旧备份，保留最新的 ${this.opts.keepBackups} 个`,
          en: `Deleted ${removed.length} old backup(s), keeping the newest ${this.opts.keepBackups}`,
          file: this.file,
        });
      }
      return target;
    });
  }

  backupIfDue(): string | null {
    return this.guard(() =>
      isDailyBackupDue(this.file, this.opts.backupDir, this.opts.now(), this.opts.timeZone) ? this.backupNow('daily') : null,
    );
  }

  listBackups(): BackupInfo[] {
    return this.guard(() => listBackups(this.file, this.opts.backupDir));
  }

  withDatabase<T>(fn: (db: DatabaseSync) => T): T {
    return this.guard(() => fn(this.db));
  }

  integrityCheck(): string[] {
    return this.guard(() => {
      const rows = this.db.prepare('PRAGMA integrity_check').all() as { integrity_check: string }[];
      const findings = rows.map((r) => r.integrity_check);
      return findings.length === 1 && findings[0] === 'ok' ? [] : findings;
    });
  }
}
