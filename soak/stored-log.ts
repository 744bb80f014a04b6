/**
 * What the database holds for the live meeting, read through the storage API while the server
 * is down: the event log, and the deadline a replay of it gives.
 */
import { join } from 'node:path';
import { civilToEpoch, replay, SessionEventSchema, type SessionEvent } from '../electron/core/engine';
import { DATABASE_FILE_NAME } from '../electron/services/meeting-service';
import { openDatabase } from '../electron/services/storage';

export interface StoredLog {
  sessionId: string;
  events: SessionEvent[];
  /** The running item's deadline after replaying the log; null when no item runs. */
  deadline: number | null;
  currentStatus: string | null;
}

export function readStoredLog(dataDir: string): StoredLog {
  const store = openDatabase(join(dataDir, DATABASE_FILE_NAME), { log: () => {} });
  try {
    const live = store.loadLiveSessions();
    if (live.length !== 1) throw new Error(`expected one live session, found ${live.length}`);
    const { session, events: raw } = live[0]!;
    const events = raw.map((e) => SessionEventSchema.parse(e));
    const policy = store.getPolicy(session.policyVersion);
    if (!policy) throw new Error(`policy version ${session.policyVersion} missing`);
    const plannedStart = civilToEpoch(session.meeting.start, session.timeZone) ?? 0;
    const { state, issues } = replay(session.meeting, policy.policy, events, { plannedStart, timeZone: session.timeZone });
    if (issues.length > 0) throw new Error(`the stored log does not replay: ${JSON.stringify(issues[0])}`);
    const current = state.items.find((i) => i.id === state.currentId) ?? null;
    return { sessionId: session.id, events, deadline: current?.deadline ?? null, currentStatus: current?.status ?? null };
  } finally {
    store.close();
  }
}
