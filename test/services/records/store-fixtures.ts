import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { onTestFinished } from 'vitest';
import { openDatabase, type Store } from '../../../electron/services/storage';
import { TZ, type Sim } from '../../core/records/record-fixtures';

/** A database in a fresh folder, closed and removed when the test ends. */
export function tempStore(): { store: Store; file: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duanhui-records-'));
  const file = path.join(dir, 'duanhui.sqlite');
  const store = openDatabase(file, { now: () => Date.UTC(2026, 4, 1), timeZone: TZ });
  onTestFinished(() => {
    store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return { store, file };
}

/** Stores a simulated meeting the way MeetingService does: plan, session, its whole log, end. */
export function storeSim(store: Store, sim: Sim, sessionId: string): void {
  store.upsertMeeting(sim.meeting, { timeZone: TZ });
  store.createSession({ meetingId: sim.meeting.id, id: sessionId, startedAt: sim.log[0]?.at ?? sim.plannedStart });
  if (sim.log.length) store.appendEvents(sessionId, sim.log);
  if (sim.state.meeting.status === 'ended') store.endSession(sessionId, sim.state.meeting.endedAt!);
}
