import {
  createSession,
  replay,
  SessionEventSchema,
  type SessionEvent,
  type SessionOptions,
  type SessionState,
} from '../../core/engine';
import type { Policy } from '../../core/policy/policy';
import type { Meeting } from '../../core/schedule/schedule-schema';
import { civilToEpoch } from '../../core/time/civil-time';
import type { LoadedSession, Store, StoredMeeting } from '../storage';
import { MeetingServiceError, serviceRefusal } from './service-refusals';

/** The open meeting: the engine state plus what is needed to write and rebuild it. */
export interface LiveMeeting {
  meetingId: string;
  /** The stored session; null until the first accepted command creates it. */
  sessionId: string | null;
  meeting: Meeting;
  timeZone: string;
  policyVersion: number;
  options: SessionOptions;
  state: SessionState;
}

/**
 * The session options are derived, never stored (storage keeps no SessionOptions): the plan's
 * start read in the plan's zone, and the service's undo window. Deriving them the same way
 * when the session is created and when it is rebuilt is what makes replay exact.
 */
function optionsFor(meeting: Meeting, timeZone: string, undoWindowMs: number, fallbackStart: number): SessionOptions {
  return { plannedStart: civilToEpoch(meeting.start, timeZone) ?? fallbackStart, timeZone, undoWindowMs };
}

function policyOf(store: Store, version: number): Policy {
  const record = store.getPolicy(version);
  if (!record) {
    throw new MeetingServiceError(
      serviceRefusal('internal-error', { detail: `policy version ${version} is missing from the database / 数据库中缺少第 ${version} 版规则` }),
    );
  }
  return record.policy;
}

/** A meeting opened before it starts: nothing is written until its first accepted command. */
export function preparedMeeting(store: Store, stored: StoredMeeting, undoWindowMs: number): LiveMeeting {
  const policyVersion = stored.policyVersion ?? store.currentPolicy().version;
  const options = optionsFor(stored.meeting, stored.timeZone, undoWindowMs, stored.startAt);
  return {
    meetingId: stored.meeting.id,
    sessionId: null,
    meeting: stored.meeting,
    timeZone: stored.timeZone,
    policyVersion,
    options,
    state: createSession(stored.meeting, policyOf(store, policyVersion), options),
  };
}

export interface Rebuilt {
  live: LiveMeeting;
  /** Where the log and the replay part ways (empty when the log replays exactly). */
  issues: string[];
}

/**
 * A stored session rebuilt from its log (crash recovery): the plan and policy version the
 * session was started with, each logged command re-run at its logged instant. Deadlines come
 * back as the very instants they were.
 */
export function rebuiltMeeting(store: Store, loaded: LoadedSession, undoWindowMs: number): Rebuilt {
  const { session } = loaded;
  const issues: string[] = [];
  const events: SessionEvent[] = [];
  for (const raw of loaded.events) {
    const parsed = SessionEventSchema.safeParse(raw);
    if (parsed.success) events.push(parsed.data);
    else issues.push(`event seq ${raw.seq}: not an engine event (${parsed.error.issues[0]?.message ?? 'invalid'}), skipped`);
  }
  const options = optionsFor(session.meeting, session.timeZone, undoWindowMs, session.startedAt);
  const result = replay(session.meeting, policyOf(store, session.policyVersion), events, options);
  issues.push(...result.issues.map((i) => `seq ${i.seq}: ${i.problem}`));
  let state = result.state;
  const lastSeq = session.lastSeq ?? 0;
  if (state.seq < lastSeq) {
    // A log that did not replay whole: new events must still follow the stored ones.
    const lastAt = loaded.events.at(-1)?.at ?? state.lastAt;
    state = { ...state, seq: lastSeq, lastAt: Math.max(state.lastAt ?? -Infinity, lastAt ?? -Infinity) };
  }
  return {
    live: {
      meetingId: session.meetingId,
      sessionId: session.id,
      meeting: session.meeting,
      timeZone: session.timeZone,
      policyVersion: session.policyVersion,
      options,
      state,
    },
    issues,
  };
}
