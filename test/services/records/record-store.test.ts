import { describe, expect, it } from 'vitest';
import { buildDisciplineReport, reportRange } from '../../../electron/core/records';
import { isRecordsError, loadLatestRecord, loadMeetingRecord, loadRecordsBetween } from '../../../electron/services/records';
import { runEconMeeting } from '../../core/records/econ-meeting';
import { generateMonth } from '../../core/records/month-fixture';
import { TZ } from '../../core/records/record-fixtures';
import { storeSim, tempStore } from './store-fixtures';

describe('records from the database', () => {
  it('a stored session gives the same record as its log in memory', () => {
    const { store } = tempStore();
    const { sim } = runEconMeeting();
    storeSim(store, sim, 'sess-econ');
    const version = store.currentPolicy().version;
    const fromDb = loadMeetingRecord(store, 'sess-econ');
    expect(fromDb).toEqual(sim.record({ policyVersion: version, sessionId: 'sess-econ' }));
    expect(fromDb.log.replayIssues).toEqual([]);
    expect(loadLatestRecord(store, sim.meeting.id).sessionId).toBe('sess-econ');
  });

  it('a month stored in the database gives the same report as in memory', () => {
    const { store } = tempStore();
    const { sims, records } = generateMonth();
    sims.forEach((sim, i) => storeSim(store, sim, `s-${i}`));
    const april = reportRange('month', '2026-04', TZ);
    const loaded = loadRecordsBetween(store, april.from, april.to);
    const opts = { from: april.from, to: april.to, period: 'month' as const, timeZone: TZ };
    const fromDb = buildDisciplineReport(loaded, opts);
    const version = store.currentPolicy().version;
    const inMemory = buildDisciplineReport(records.map((r) => ({ ...r, policy: { ...r.policy, version } })), opts);
    expect(fromDb).toEqual(inMemory);
    expect(fromDb.summary.meetings).toBe(30);
  });

  it('says clearly what is missing or unreadable', () => {
    const { store } = tempStore();
    const { sim } = runEconMeeting();
    expect(() => loadMeetingRecord(store, 'nope')).toThrow(expect.objectContaining({ code: 'session-not-found' }));
    store.upsertMeeting(sim.meeting, { timeZone: TZ });
    expect(() => loadLatestRecord(store, sim.meeting.id)).toThrow(expect.objectContaining({ code: 'no-sessions' }));
    store.createSession({ meetingId: sim.meeting.id, id: 'bad', startedAt: sim.plannedStart });
    store.appendEvents('bad', [sim.log[0]!, { seq: 2, at: sim.log[1]!.at, type: 'command', command: { type: 'fly' } }]);
    let error: unknown;
    try {
      loadMeetingRecord(store, 'bad');
    } catch (e) {
      error = e;
    }
    expect(isRecordsError(error)).toBe(true);
    expect(error).toMatchObject({ code: 'bad-event' });
    expect((error as { zh: string }).zh).toMatch(/第 2 条（seq 2, command\.type）/);
    expect((error as { en: string }).en).toMatch(/Event 2 \(seq 2, command\.type\) of session bad/);
  });
});
