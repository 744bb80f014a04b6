import type { DatabaseSync } from 'node:sqlite';
import type { CalendarYear } from '../../core/calendar/calendar-types';
import type { ApprovalStatus, PlanningException } from '../../core/planning';
import type { RuleId } from '../../core/policy/ids';
import { inTransaction } from '../storage/db-helpers';
import type { Store } from '../storage';

/**
 * The planning tables of schema version 3 (storage/migrations/v3-planning-workflow.ts), reached
 * through the Store's connection. Every write is one transaction.
 */

export interface HistoryEntry {
  id: number;
  at: number;
  action: string;
  from: ApprovalStatus | null;
  to: ApprovalStatus | null;
  actor: string | null;
  note: string | null;
}

export interface ImportedCalendarYear {
  year: number;
  data: CalendarYear;
  fileName: string | null;
  importedAt: number;
}

interface ExceptionRow {
  id: number;
  rule: string;
  reason: string;
  recorded_by: string | null;
  recorded_at: number;
}

interface HistoryRow {
  id: number;
  at: number;
  action: string;
  from_status: string | null;
  to_status: string | null;
  actor: string | null;
  note: string | null;
}

export interface PlanningRepo {
  status(meetingId: string): ApprovalStatus;
  /** Every meeting's status that is not a draft (a meeting without a row is a draft). */
  statuses(): Map<string, ApprovalStatus>;
  setStatus(meetingId: string, status: ApprovalStatus, entry: Omit<HistoryEntry, 'id' | 'at' | 'from' | 'to'>): void;
  exceptions(meetingId: string): PlanningException[];
  addException(meetingId: string, rule: RuleId, reason: string, recordedBy: string | null): PlanningException;
  removeException(meetingId: string, id: number): boolean;
  history(meetingId: string): HistoryEntry[];
  log(meetingId: string, entry: Omit<HistoryEntry, 'id' | 'at'>): void;
  calendarYears(): ImportedCalendarYear[];
  saveCalendarYears(years: readonly CalendarYear[], fileName: string | null): void;
  removeCalendarYear(year: number): boolean;
}

export function createPlanningRepo(store: Store, now: () => number): PlanningRepo {
  const use = <T>(fn: (db: DatabaseSync) => T): T => store.withDatabase(fn);
  const write = <T>(fn: (db: DatabaseSync) => T): T => store.withDatabase((db) => inTransaction(db, () => fn(db)));

  const currentStatus = (db: DatabaseSync, meetingId: string): ApprovalStatus =>
    ((db.prepare('SELECT status FROM planning_status WHERE meeting_id = ?').get(meetingId) as { status: ApprovalStatus } | undefined)
      ?.status ?? 'draft');

  const insertHistory = (db: DatabaseSync, meetingId: string, e: Omit<HistoryEntry, 'id' | 'at'>, at: number) =>
    db
      .prepare('INSERT INTO planning_history (meeting_id, at, action, from_status, to_status, actor, note) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(meetingId, at, e.action, e.from, e.to, e.actor, e.note);

  return {
    status: (meetingId) => use((db) => currentStatus(db, meetingId)),

    statuses: () =>
      use(
        (db) =>
          new Map(
            (db.prepare('SELECT meeting_id, status FROM planning_status').all() as { meeting_id: string; status: ApprovalStatus }[]).map(
              (r) => [r.meeting_id, r.status],
            ),
          ),
      ),

    setStatus: (meetingId, status, entry) =>
      write((db) => {
        const from = currentStatus(db, meetingId);
        const at = now();
        db.prepare(
          `INSERT INTO planning_status (meeting_id, status, updated_at) VALUES (?, ?, ?)
           ON CONFLICT (meeting_id) DO UPDATE SET status = excluded.status, updated_at = excluded.updated_at`,
        ).run(meetingId, status, at);
        insertHistory(db, meetingId, { ...entry, from, to: status }, at);
      }),

    exceptions: (meetingId) =>
      use((db) =>
        (db.prepare('SELECT * FROM planning_exceptions WHERE meeting_id = ? ORDER BY id').all(meetingId) as unknown as ExceptionRow[]).map(
          (r) => ({ id: r.id, rule: r.rule as RuleId, reason: r.reason, recordedBy: r.recorded_by, recordedAt: r.recorded_at }),
        ),
      ),

    addException: (meetingId, rule, reason, recordedBy) =>
      write((db) => {
        const at = now();
        const result = db
          .prepare('INSERT INTO planning_exceptions (meeting_id, rule, reason, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?)')
          .run(meetingId, rule, reason, recordedBy, at);
        const status = currentStatus(db, meetingId);
        insertHistory(db, meetingId, { action: 'exception', from: status, to: status, actor: recordedBy, note: `${rule}: ${reason}` }, at);
        return { id: Number(result.lastInsertRowid), rule, reason, recordedBy, recordedAt: at };
      }),

    removeException: (meetingId, id) =>
      write((db) => {
        const row = db.prepare('SELECT rule FROM planning_exceptions WHERE meeting_id = ? AND id = ?').get(meetingId, id) as
          | { rule: string }
          | undefined;
        if (!row) return false;
        db.prepare('DELETE FROM planning_exceptions WHERE id = ?').run(id);
        const status = currentStatus(db, meetingId);
        insertHistory(db, meetingId, { action: 'exception-removed', from: status, to: status, actor: null, note: row.rule }, now());
        return true;
      }),

    history: (meetingId) =>
      use((db) =>
        (db.prepare('SELECT * FROM planning_history WHERE meeting_id = ? ORDER BY id').all(meetingId) as unknown as HistoryRow[]).map((r) => ({
          id: r.id,
          at: r.at,
          action: r.action,
          from: r.from_status as ApprovalStatus | null,
          to: r.to_status as ApprovalStatus | null,
          actor: r.actor,
          note: r.note,
        })),
      ),

    log: (meetingId, entry) => write((db) => insertHistory(db, meetingId, entry, now())),

    calendarYears: () =>
      use((db) =>
        (
          db.prepare('SELECT year, json, file_name, imported_at FROM calendar_years ORDER BY year').all() as {
            year: number;
            json: string;
            file_name: string | null;
            imported_at: number;
          }[]
        ).map((r) => ({ year: r.year, data: JSON.parse(r.json) as CalendarYear, fileName: r.file_name, importedAt: r.imported_at })),
      ),

    saveCalendarYears: (years, fileName) =>
      write((db) => {
        const at = now();
        const stmt = db.prepare(
          `INSERT INTO calendar_years (year, json, file_name, imported_at) VALUES (?, ?, ?, ?)
           ON CONFLICT (year) DO UPDATE SET json = excluded.json, file_name = excluded.file_name, imported_at = excluded.imported_at`,
        );
        for (const y of years) stmt.run(y.year, JSON.stringify(y), fileName, at);
      }),

    removeCalendarYear: (year) => write((db) => Number(db.prepare('DELETE FROM calendar_years WHERE year = ?').run(year).changes) > 0),
  };
}
