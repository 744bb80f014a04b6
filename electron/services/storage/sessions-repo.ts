import { randomUUID } from 'node:crypto';
import type { Meeting } from '../../core/schedule/schedule-schema';
import { inTransaction } from './db-helpers';
import { requireMeeting, setMeetingStatus } from './meetings-repo';
import { currentPolicy, requirePolicyVersion } from './policies-repo';
import type { StoreContext } from './store-context';
import { sqliteExtendedCode, storageError } from './to-storage-error';
import type { CreateSessionInput, LoadedSession, SessionEvent, SessionRecord } from './types';

interface SessionRow {
  id: string;
  meeting_id: string;
  policy_version: number;
  time_zone: string;
  meeting_json: string;
  started_at: number;
  ended_at: number | null;
  last_seq: number | null;
  event_count: number;
}

const SQLITE_CONSTRAINT_UNIQUE = 2067;

const SELECT_SESSION = `
  SELECT s.*, (SELECT MAX(seq) FROM session_events e WHERE e.session_id = s.id) AS last_seq,
              (SELECT COUNT(*) FROM session_events e WHERE e.session_id = s.id) AS event_count
  FROM sessions s`;

const toRecord = (r: SessionRow): SessionRecord => ({
  id: r.id,
  meetingId: r.meeting_id,
  meeting: JSON.parse(r.meeting_json) as Meeting,
  timeZone: r.time_zone,
  policyVersion: r.policy_version,
  startedAt: r.started_at,
  endedAt: r.ended_at,
  lastSeq: r.last_seq,
  eventCount: r.event_count,
});

const sessionRow = (ctx: StoreContext, id: string): SessionRow | undefined =>
  ctx.sql.get(`${SELECT_SESSION} WHERE s.id = ?`).get(id) as SessionRow | undefined;

const requireSession = (ctx: StoreContext, id: string): SessionRow => {
  const row = sessionRow(ctx, id);
  if (!row) throw storageError('session-not-found', { id }, { file: ctx.file });
  return row;
};

/**
 * Starts the record of a live meeting. The session keeps a copy of the plan and the policy
 * version, so later edits to the meeting never change what the record says was run.
 */
export const createSession = (ctx: StoreContext, input: CreateSessionInput): SessionRecord =>
  inTransaction(ctx.db, () => {
    const stored = requireMeeting(ctx, input.meetingId);
    const live = ctx.sql
      .get('SELECT id FROM sessions WHERE meeting_id = ? AND ended_at IS NULL')
      .get(input.meetingId) as { id: string } | undefined;
    if (live) {
      throw storageError('session-live-exists', { meetingId: input.meetingId, sessionId: live.id }, { file: ctx.file });
    }
    const policyVersion = input.policyVersion ?? stored.policyVersion ?? currentPolicy(ctx).version;
    requirePolicyVersion(ctx, policyVersion);
    const id = input.id ?? randomUUID();
    ctx.sql
      .get(
        `INSERT INTO sessions (id, meeting_id, policy_version, time_zone, meeting_json, started_at)
         VALUES (?, ?, ?, ?, ?, ?)`,
      )
      .run(id, input.meetingId, policyVersion, stored.timeZone, JSON.stringify(stored.meeting), input.startedAt ?? ctx.now());
    setMeetingStatus(ctx, input.meetingId, 'live');
    return toRecord(sessionRow(ctx, id)!);
  });

const eventProblem = (e: unknown): string | null => {
  if (e === null || typeof e !== 'object' || Array.isArray(e)) return 'must be an object';
  const ev = e as Partial<SessionEvent>;
  if (!Number.isSafeInteger(ev.seq) || (ev.seq as number) < 0) return 'seq: must be a whole number ≥ 0';
  if (typeof ev.at !== 'number' || !Number.isFinite(ev.at)) return 'at: must be an instant in epoch milliseconds';
  if (typeof ev.type !== 'string' || ev.type === '') return 'type: must be a non-empty string';
  return null;
};

/**
 * Appends a batch of events in one transaction. When it returns, the batch is on disk
 * (WAL + synchronous=FULL): a state-changing command may be acknowledged. When it throws,
 * none of the batch was written.
 */
export const appendEvents = (
  ctx: StoreContext,
  sessionId: string,
  events: readonly SessionEvent[],
): { lastSeq: number | null } => {
  const payloads = events.map((e, index) => {
    const problem = eventProblem(e);
    if (problem) throw storageError('invalid-event', { index, detail: problem }, { file: ctx.file });
    try {
      return JSON.stringify(e);
    } catch (err) {
      throw storageError('invalid-event', { index, detail: `not JSON: ${(err as Error).message}` }, { file: ctx.file });
    }
  });
  return inTransaction(ctx.db, () => {
    // Not requireSession: COUNT(*) over a long log would slow every acknowledged command.
    const session = ctx.sql
      .get('SELECT ended_at, (SELECT MAX(seq) FROM session_events WHERE session_id = ?) AS last_seq FROM sessions WHERE id = ?')
      .get(sessionId, sessionId) as { ended_at: number | null; last_seq: number | null } | undefined;
    if (!session) throw storageError('session-not-found', { id: sessionId }, { file: ctx.file });
    if (session.ended_at !== null) throw storageError('session-ended', { id: sessionId }, { file: ctx.file });
    const insert = ctx.sql.get('INSERT INTO session_events (session_id, seq, at, type, payload) VALUES (?, ?, ?, ?, ?)');
    let lastSeq = session.last_seq;
    events.forEach((e, i) => {
      try {
        insert.run(sessionId, e.seq, e.at, e.type, payloads[i]!);
      } catch (err) {
        if (sqliteExtendedCode(err) === SQLITE_CONSTRAINT_UNIQUE) {
          throw storageError('duplicate-seq', { sessionId, seq: e.seq }, { file: ctx.file, cause: err });
        }
        throw err;
      }
      lastSeq = lastSeq === null ? e.seq : Math.max(lastSeq, e.seq);
    });
    return { lastSeq };
  });
};

const eventsOf = (ctx: StoreContext, sessionId: string, afterSeq: number): SessionEvent[] =>
  (
    ctx.sql
      .get('SELECT payload FROM session_events WHERE session_id = ? AND seq > ? ORDER BY seq')
      .all(sessionId, afterSeq) as unknown as { payload: string }[]
  ).map((r) => JSON.parse(r.payload) as SessionEvent);

export const getSession = (ctx: StoreContext, id: string): SessionRecord | null => {
  const row = sessionRow(ctx, id);
  return row ? toRecord(row) : null;
};

export const loadSession = (ctx: StoreContext, id: string): LoadedSession | null => {
  const row = sessionRow(ctx, id);
  return row ? { session: toRecord(row), events: eventsOf(ctx, id, -1) } : null;
};

/** Events with seq greater than `afterSeq`, in order. */
export const loadEvents = (ctx: StoreContext, sessionId: string, afterSeq = -1): SessionEvent[] => {
  requireSession(ctx, sessionId);
  return eventsOf(ctx, sessionId, afterSeq);
};

export const listLiveSessions = (ctx: StoreContext): SessionRecord[] =>
  (ctx.sql.get(`${SELECT_SESSION} WHERE s.ended_at IS NULL ORDER BY s.started_at, s.id`).all() as unknown as SessionRow[]).map(
    toRecord,
  );

/** Every live session with its whole log: what a restart needs to resume. */
export const loadLiveSessions = (ctx: StoreContext): LoadedSession[] =>
  listLiveSessions(ctx).map((session) => ({ session, events: eventsOf(ctx, session.id, -1) }));

export const listSessions = (ctx: StoreContext, meetingId: string): SessionRecord[] =>
  (
    ctx.sql.get(`${SELECT_SESSION} WHERE s.meeting_id = ? ORDER BY s.started_at, s.id`).all(meetingId) as unknown as SessionRow[]
  ).map(toRecord);

/** Closes the record; ending an ended session again changes nothing. */
export const endSession = (ctx: StoreContext, id: string, endedAt?: number): SessionRecord =>
  inTransaction(ctx.db, () => {
    const row = requireSession(ctx, id);
    if (row.ended_at === null) {
      ctx.sql.get('UPDATE sessions SET ended_at = ? WHERE id = ?').run(endedAt ?? ctx.now(), id);
      setMeetingStatus(ctx, row.meeting_id, 'ended');
    }
    return toRecord(sessionRow(ctx, id)!);
  });
