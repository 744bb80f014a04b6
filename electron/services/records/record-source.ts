import { bundledCalendar } from '../../core/calendar';
import type { OfficialCalendar } from '../../core/calendar/calendar-types';
import {
  CommandEventSchema,
  ITEM_PHASE_EVENT_TYPES,
  ItemPhaseEventSchema,
  MeetingOverCapEventSchema,
  MeetingWarningEventSchema,
  SessionEventSchema,
  type SessionEvent,
} from '../../core/engine';
import { buildMeetingRecord, type MeetingRecord } from '../../core/records';
import type { Store } from '../storage';
import type { SessionEvent as StoredEvent } from '../storage/types';
import { RecordsError } from './records-error';

export interface RecordSourceOptions {
  calendar?: OfficialCalendar;
  /** Instant an unfinished meeting is measured to (the caller's clock); default: its last event. */
  asOf?: number;
}

const DAY = 24 * 60 * 60 * 1000;

/** The stored log, checked against the engine's event schema: a bad entry is named by seq and field. */
export function parseEvents(sessionId: string, stored: readonly StoredEvent[]): SessionEvent[] {
  return stored.map((raw, index) => {
    // The schema of the event's own type, so an error names the field rather than "no union member".
    const schema =
      raw.type === 'command'
        ? CommandEventSchema
        : (ITEM_PHASE_EVENT_TYPES as readonly string[]).includes(raw.type)
          ? ItemPhaseEventSchema
          : raw.type === 'meeting-warning'
            ? MeetingWarningEventSchema
            : raw.type === 'meeting-over-cap'
              ? MeetingOverCapEventSchema
              : SessionEventSchema;
    const r = schema.safeParse(raw);
    if (r.success) return r.data;
    const issue = r.error.issues[0];
    const where = `seq ${String(raw.seq ?? index)}${issue?.path.length ? `, ${issue.path.join('.')}` : ''}`;
    throw new RecordsError(
      'bad-event',
      `会议记录 ${sessionId} 的事件日志第 ${index + 1} 条（${where}）无法读取：${issue?.message ?? '格式不对'}`,
      `Event ${index + 1} (${where}) of session ${sessionId} cannot be read: ${issue?.message ?? 'bad shape'}`,
    );
  });
}

/** The record of one stored session, under the policy version it ran under. */
export function loadMeetingRecord(store: Store, sessionId: string, opts: RecordSourceOptions = {}): MeetingRecord {
  const loaded = store.loadSession(sessionId);
  if (!loaded) {
    throw new RecordsError('session-not-found', `找不到会议记录（会话）${sessionId}。`, `No session ${sessionId} is stored.`);
  }
  const { session } = loaded;
  const policy = store.getPolicy(session.policyVersion);
  if (!policy) {
    throw new RecordsError(
      'policy-not-found',
      `会议记录 ${sessionId} 所用的第 ${session.policyVersion} 版规则不在数据库中。`,
      `Policy version ${session.policyVersion}, which session ${sessionId} ran under, is not in the database.`,
    );
  }
  return buildMeetingRecord(session.meeting, policy.policy, parseEvents(sessionId, loaded.events), {
    timeZone: session.timeZone,
    calendar: opts.calendar ?? bundledCalendar(),
    policyVersion: session.policyVersion,
    sessionId,
    ...(opts.asOf !== undefined ? { asOf: opts.asOf } : {}),
  });
}

/** The newest session of a meeting (the one a "record of this meeting" means). */
export function loadLatestRecord(store: Store, meetingId: string, opts: RecordSourceOptions = {}): MeetingRecord {
  const sessions = store.listSessions(meetingId);
  const last = sessions[sessions.length - 1];
  if (!last) {
    throw new RecordsError('no-sessions', `会议 ${meetingId} 还没有开过，没有会议记录。`, `Meeting ${meetingId} has not been held: there is no record.`);
  }
  return loadMeetingRecord(store, last.id, opts);
}

/**
 * The records of every session whose meeting is planned near [from, to). A day either side is
 * read because the report counts meetings by their actual start, which may cross a boundary;
 * buildDisciplineReport keeps only those that started inside.
 */
export function loadRecordsBetween(store: Store, from: number, to: number, opts: RecordSourceOptions = {}): MeetingRecord[] {
  const calendar = opts.calendar ?? bundledCalendar();
  return store
    .listMeetings({ from: from - DAY, to: to + DAY })
    .flatMap((m) => store.listSessions(m.meeting.id))
    .map((s) => loadMeetingRecord(store, s.id, { ...opts, calendar }));
}
