import { MeetingSchema, type AgendaItem, type Approval, type Meeting } from '../../core/schedule/schedule-schema';
import { civilToEpoch, isValidTimeZone as isKnownTimeZone } from '../../core/time/civil-time';
import { inTransaction } from './db-helpers';
import { listDocuments, overlayDocuments } from './documents-repo';
import { currentPolicy, requirePolicyVersion } from './policies-repo';
import type { StoreContext } from './store-context';
import { storageError } from './to-storage-error';
import type { MeetingQuery, MeetingStatus, StoredMeeting, UpsertMeetingOptions } from './types';
import { formatIssues } from './zod-issues';

interface MeetingRow {
  id: string;
  json: string;
  time_zone: string;
  start_at: number;
  end_at: number;
  status: MeetingStatus;
  policy_version: number | null;
  created_at: number;
  updated_at: number;
}

interface ApprovalRow {
  role: Approval['role'];
  name: string | null;
  approved_at: string;
  document_number: string | null;
}

const MINUTE = 60_000;

export const parseMeeting = (input: unknown, where = ''): Meeting => {
  const parsed = MeetingSchema.safeParse(input);
  if (!parsed.success) throw storageError('invalid-meeting', { detail: formatIssues(parsed.error, where) });
  return parsed.data;
};

const approvalFromRow = (r: ApprovalRow): Approval => ({
  role: r.role,
  ...(r.name === null ? {} : { name: r.name }),
  approvedAt: r.approved_at,
  ...(r.document_number === null ? {} : { documentNumber: r.document_number }),
});

/** The meeting exactly as it was saved (no attached-document counts applied). */
const rawMeeting = (ctx: StoreContext, row: MeetingRow): Meeting => {
  const approvals = (
    ctx.sql
      .get('SELECT role, name, approved_at, document_number FROM approvals WHERE meeting_id = ? ORDER BY position')
      .all(row.id) as unknown as ApprovalRow[]
  ).map(approvalFromRow);
  const agenda = (
    ctx.sql.get('SELECT json FROM agenda_items WHERE meeting_id = ? ORDER BY position').all(row.id) as unknown as {
      json: string;
    }[]
  ).map((r) => JSON.parse(r.json) as AgendaItem);
  return { ...(JSON.parse(row.json) as Omit<Meeting, 'approvals' | 'agenda'>), approvals, agenda };
};

const toStored = (ctx: StoreContext, row: MeetingRow, withDocuments: boolean): StoredMeeting => {
  const raw = rawMeeting(ctx, row);
  return {
    meeting: withDocuments ? overlayDocuments(raw, listDocuments(ctx, row.id)) : raw,
    timeZone: row.time_zone,
    startAt: row.start_at,
    endAt: row.end_at,
    status: row.status,
    policyVersion: row.policy_version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
};

const meetingRow = (ctx: StoreContext, id: string): MeetingRow | undefined =>
  ctx.sql.get('SELECT * FROM meetings WHERE id = ?').get(id) as MeetingRow | undefined;

export const getMeeting = (ctx: StoreContext, id: string, opts: { withDocuments?: boolean } = {}): StoredMeeting | null => {
  const row = meetingRow(ctx, id);
  return row ? toStored(ctx, row, opts.withDocuments ?? true) : null;
};

export const requireMeeting = (ctx: StoreContext, id: string): StoredMeeting => {
  const found = getMeeting(ctx, id);
  if (!found) throw storageError('meeting-not-found', { id }, { file: ctx.file });
  return found;
};

export const listMeetings = (
  ctx: StoreContext,
  query: MeetingQuery = {},
  opts: { withDocuments?: boolean } = {},
): StoredMeeting[] => {
  const filters: [string, string | number | undefined][] = [
    ['start_at >= ?', query.from],
    ['start_at < ?', query.to],
    ['status = ?', query.status],
    ['kind = ?', query.kind],
    ['organiser = ?', query.organiser],
  ];
  const used = filters.filter(([, v]) => v !== undefined);
  const where = used.map(([clause]) => clause);
  const params = used.map(([, v]) => v as string | number);
  const sql = `SELECT * FROM meetings ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY start_at, id`;
  return (ctx.db.prepare(sql).all(...params) as unknown as MeetingRow[]).map((row) =>
    toStored(ctx, row, opts.withDocuments ?? true),
  );
};

/** The stored plan and zone of a meeting, for telling whether an import changes it. */
export const rawMeetingWithZone = (ctx: StoreContext, id: string): { meeting: Meeting; timeZone: string } | null => {
  const row = meetingRow(ctx, id);
  return row ? { meeting: rawMeeting(ctx, row), timeZone: row.time_zone } : null;
};

/**
 * Saves a meeting (insert or replace its plan). Its status and creation time are kept; agenda
 * items and approvals are rewritten in order. Attached documents stay attached.
 */
export const upsertMeeting = (ctx: StoreContext, input: unknown, opts: UpsertMeetingOptions = {}): StoredMeeting => {
  const meeting = parseMeeting(input);
  return inTransaction(ctx.db, () => {
    const existing = meetingRow(ctx, meeting.id);
    const timeZone = opts.timeZone ?? existing?.time_zone ?? currentPolicy(ctx).policy.timeZone;
    if (!isKnownTimeZone(timeZone)) {
      throw storageError('invalid-meeting', { detail: `timeZone: unknown time zone "${timeZone}"` }, { file: ctx.file });
    }
    const startAt = civilToEpoch(meeting.start, timeZone);
    if (startAt === null) {
      throw storageError('invalid-meeting', { detail: `start: "${meeting.start}" is not a real date and time` }, { file: ctx.file });
    }
    const policyVersion = opts.policyVersion ?? currentPolicy(ctx).version;
    requirePolicyVersion(ctx, policyVersion);
    const now = ctx.now();
    const { agenda, approvals, ...base } = meeting;
    ctx.sql
      .get(
        `INSERT INTO meetings (id, title, kind, organiser, county_wide, time_zone, start_at, end_at, json,
                               policy_version, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET
           title = excluded.title, kind = excluded.kind, organiser = excluded.organiser,
           county_wide = excluded.county_wide, time_zone = excluded.time_zone, start_at = excluded.start_at,
           end_at = excluded.end_at, json = excluded.json, policy_version = excluded.policy_version,
           updated_at = excluded.updated_at`,
      )
      .run(
        meeting.id,
        meeting.title,
        meeting.kind,
        meeting.organiser ?? null,
        meeting.countyWide ? 1 : 0,
        timeZone,
        startAt,
        startAt + meeting.durationMinutes * MINUTE,
        JSON.stringify(base),
        policyVersion,
        now,
        now,
      );
    ctx.sql.get('DELETE FROM agenda_items WHERE meeting_id = ?').run(meeting.id);
    const insertItem = ctx.sql.get(
      `INSERT INTO agenda_items (meeting_id, position, item_id, kind, title, speaker, minutes, extension_minutes, json)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    agenda.forEach((item, position) =>
      insertItem.run(
        meeting.id,
        position,
        item.id ?? null,
        item.kind,
        item.title,
        item.speaker ?? null,
        item.minutes,
        item.extensionMinutes ?? 0,
        JSON.stringify(item),
      ),
    );
    ctx.sql.get('DELETE FROM approvals WHERE meeting_id = ?').run(meeting.id);
    const insertApproval = ctx.sql.get(
      'INSERT INTO approvals (meeting_id, position, role, name, approved_at, document_number) VALUES (?, ?, ?, ?, ?, ?)',
    );
    approvals.forEach((a, position) =>
      insertApproval.run(meeting.id, position, a.role, a.name ?? null, a.approvedAt, a.documentNumber ?? null),
    );
    return getMeeting(ctx, meeting.id)!;
  });
};

export const setMeetingStatus = (ctx: StoreContext, id: string, status: MeetingStatus): void => {
  ctx.sql.get('UPDATE meetings SET status = ?, updated_at = ? WHERE id = ?').run(status, ctx.now(), id);
};

/**
 * Deletes a meeting with its agenda, approvals and documents. A running meeting is refused; a
 * meeting with finished records is deleted only with `withRecords`, because the record is the
 * office's proof of how the meeting went. Returns false when there was no such meeting.
 */
export const deleteMeeting = (ctx: StoreContext, id: string, opts: { withRecords?: boolean } = {}): boolean =>
  inTransaction(ctx.db, () => {
    if (!meetingRow(ctx, id)) return false;
    const counts = ctx.sql
      .get('SELECT COUNT(*) AS total, COUNT(*) FILTER (WHERE ended_at IS NULL) AS live FROM sessions WHERE meeting_id = ?')
      .get(id) as { total: number; live: number };
    if (counts.live > 0) throw storageError('meeting-live', { id }, { file: ctx.file });
    if (counts.total > 0 && !opts.withRecords) {
      throw storageError('meeting-has-records', { id, count: counts.total }, { file: ctx.file });
    }
    ctx.sql.get('DELETE FROM sessions WHERE meeting_id = ?').run(id);
    ctx.sql.get('DELETE FROM meetings WHERE id = ?').run(id);
    return true;
  });
