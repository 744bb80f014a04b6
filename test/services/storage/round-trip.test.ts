import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../electron/core/policy/policy';
import { MeetingSchema } from '../../../electron/core/schedule/schedule-schema';
import { CURRENT_SCHEMA_VERSION, openDatabase, StorageError } from '../../../electron/services/storage';
import { DAY, logCollector, sampleMeeting, tempDir, testClock } from './helpers';

const open = (dir: string, clock = testClock()) => openDatabase(path.join(dir, 'duanhui.sqlite'), { now: clock.now });

describe('a new database', () => {
  it('is WAL, synchronous=FULL, with foreign keys, at the current schema version, with the default policy', () => {
    const dir = tempDir();
    const { entries, log } = logCollector();
    const store = openDatabase(path.join(dir, 'duanhui.sqlite'), { now: testClock().now, log });
    expect(store.settings()).toMatchObject({
      journalMode: 'wal',
      synchronous: 2,
      foreignKeys: true,
      busyTimeoutMs: 5000,
      schemaVersion: CURRENT_SCHEMA_VERSION,
    });
    expect(store.currentPolicy()).toMatchObject({ version: 1, policy: DEFAULT_POLICY });
    expect(entries.map((e) => e.event)).toEqual(['created', 'backup']);
    expect(store.integrityCheck()).toEqual([]);
    store.close();
  });
});

describe('meetings', () => {
  it('come back exactly as saved, with their queried columns', () => {
    const store = open(tempDir());
    const saved = store.upsertMeeting(sampleMeeting());
    expect(saved.meeting).toEqual(MeetingSchema.parse(sampleMeeting()));
    expect(saved).toMatchObject({
      timeZone: 'Asia/Shanghai',
      startAt: Date.parse('2026-04-08T09:00:00+08:00'),
      endAt: Date.parse('2026-04-08T10:30:00+08:00'),
      status: 'planned',
      policyVersion: 1,
    });
    expect(store.getMeeting('m1')).toEqual(saved);
    expect(store.getMeeting('nope')).toBeNull();
    store.close();
  });

  it('survive closing and reopening the file', () => {
    const dir = tempDir();
    const first = open(dir);
    first.upsertMeeting(sampleMeeting());
    first.close();
    const again = open(dir);
    expect(again.getMeeting('m1')?.meeting).toEqual(MeetingSchema.parse(sampleMeeting()));
    again.close();
  });

  it('update in place, keeping their creation time and status', () => {
    const clock = testClock();
    const store = open(tempDir(), clock);
    const first = store.upsertMeeting(sampleMeeting());
    clock.advance(60_000);
    const second = store.upsertMeeting(sampleMeeting('m1', { title: '改名后的会议', agenda: [] }));
    expect(second.meeting.title).toBe('改名后的会议');
    expect(second.meeting.agenda).toEqual([]);
    expect(second.createdAt).toBe(first.createdAt);
    expect(second.updatedAt).toBe(first.updatedAt + 60_000);
    store.close();
  });

  it('are listed by planned start within [from, to), and filtered by kind, organiser and status', () => {
    const store = open(tempDir());
    store.upsertMeeting(sampleMeeting('a', { start: '2026-04-08T09:00' }));
    store.upsertMeeting(sampleMeeting('b', { start: '2026-04-09T09:00', kind: 'plenary', organiser: '县委办' }));
    store.upsertMeeting(sampleMeeting('c', { start: '2026-04-07T15:00' }));
    const ids = (q: Parameters<typeof store.listMeetings>[0]) => store.listMeetings(q).map((m) => m.meeting.id);
    expect(ids({})).toEqual(['c', 'a', 'b']);
    const from = Date.parse('2026-04-08T00:00:00+08:00');
    expect(ids({ from, to: from + DAY })).toEqual(['a']);
    expect(ids({ from: Date.parse('2026-04-09T09:00:00+08:00') })).toEqual(['b']);
    expect(ids({ kind: 'plenary' })).toEqual(['b']);
    expect(ids({ organiser: '县委办' })).toEqual(['b']);
    expect(ids({ status: 'planned' })).toEqual(['c', 'a', 'b']);
    store.close();
  });

  it('take civil times in the given zone, and keep an explicit offset', () => {
    const store = open(tempDir());
    expect(store.upsertMeeting(sampleMeeting('u', { start: '2026-04-08T09:00' }), { timeZone: 'UTC' }).startAt).toBe(
      Date.parse('2026-04-08T09:00:00Z'),
    );
    expect(store.upsertMeeting(sampleMeeting('o', { start: '2026-04-08T09:00+0900' })).startAt).toBe(
      Date.parse('2026-04-08T00:00:00Z'),
    );
    store.close();
  });

  it('are refused with the field that is wrong', () => {
    const store = open(tempDir());
    const bad = { ...sampleMeeting(), agenda: [{ kind: 'speech', title: 'x', minutes: -1 }] };
    expect(() => store.upsertMeeting(bad as never)).toThrow(StorageError);
    try {
      store.upsertMeeting(bad as never);
    } catch (e) {
      expect((e as StorageError).code).toBe('invalid-meeting');
      expect((e as StorageError).en).toContain('agenda[0].minutes');
      expect((e as StorageError).zh).toContain('会议数据不正确');
    }
    expect(() => store.upsertMeeting(sampleMeeting('d', { start: '2026-02-30T09:00' }))).toThrow(/not a real date/);
    expect(() => store.upsertMeeting(sampleMeeting(), { timeZone: 'Mars/Olympus' })).toThrow(/unknown time zone/);
    store.close();
  });

  it('are deleted with their agenda; unknown ids give false', () => {
    const store = open(tempDir());
    store.upsertMeeting(sampleMeeting());
    expect(store.deleteMeeting('m1')).toBe(true);
    expect(store.getMeeting('m1')).toBeNull();
    expect(store.deleteMeeting('m1')).toBe(false);
    store.close();
  });
});

describe('policies', () => {
  it('are versioned; a meeting keeps the version it was checked under', () => {
    const store = open(tempDir());
    store.upsertMeeting(sampleMeeting('old'));
    const v2 = store.savePolicy({ speechLimitMinutes: 10 });
    expect(v2).toMatchObject({ version: 2, created: true });
    expect(store.savePolicy({ speechLimitMinutes: 10 })).toMatchObject({ version: 2, created: false });
    expect(store.currentPolicy().policy.speechLimitMinutes).toBe(10);
    expect(store.getPolicy(1)?.policy).toEqual(DEFAULT_POLICY);
    expect(store.getPolicy(9)).toBeNull();
    expect(store.listPolicies().map((p) => p.version)).toEqual([1, 2]);
    expect(store.getMeeting('old')?.policyVersion).toBe(1);
    expect(store.upsertMeeting(sampleMeeting('new')).policyVersion).toBe(2);
    expect(() => store.upsertMeeting(sampleMeeting('x'), { policyVersion: 7 })).toThrow(
      expect.objectContaining({ code: 'policy-not-found' }),
    );
    expect(() => store.savePolicy({ speechLimitMinutes: -3 })).toThrow(expect.objectContaining({ code: 'invalid-policy' }));
    store.close();
  });
});

describe('attached documents', () => {
  it('give their counts to the item (by id or position) and keep the text when asked', () => {
    const clock = testClock();
    const store = open(tempDir(), clock);
    store.upsertMeeting(sampleMeeting());
    const doc = store.attachDocument('m1', 'k', { fileName: '主题报告.docx', chars: 5120, pages: 9, text: '报告全文' });
    expect(doc).toMatchObject({ itemKey: 'k', chars: 5120, pages: 9, textKept: true, attachedAt: clock.now() });
    store.attachDocument('m1', 2, { fileName: '汇报.pdf', chars: null, pages: 4 });
    const agenda = store.getMeeting('m1')!.meeting.agenda;
    expect(agenda[0]).toMatchObject({ chars: 5120, pages: 9 });
    expect(agenda[2]).toMatchObject({ pages: 4 });
    expect(agenda[2]).not.toHaveProperty('text');
    expect(agenda[2]).not.toHaveProperty('chars');
    expect(store.listDocuments('m1').map((d) => [d.itemKey, d.fileName, d.textKept])).toEqual([
      ['k', '主题报告.docx', true],
      ['#2', '汇报.pdf', false],
    ]);
    // Re-importing the plan does not undo what was attached.
    store.upsertMeeting(sampleMeeting());
    expect(store.getMeeting('m1')!.meeting.agenda[0]).toMatchObject({ chars: 5120 });
    expect(() => store.attachDocument('m1', 'zz', { fileName: 'a', chars: 1, pages: 1 })).toThrow(
      expect.objectContaining({ code: 'item-not-found' }),
    );
    expect(() => store.attachDocument('m1', 'k', { fileName: '', chars: 1, pages: 1 })).toThrow(
      expect.objectContaining({ code: 'invalid-document' }),
    );
    store.close();
  });
});

describe('sessions', () => {
  it('copy the plan, record events in order, and end', () => {
    const clock = testClock();
    const store = open(tempDir(), clock);
    store.upsertMeeting(sampleMeeting());
    const session = store.createSession({ meetingId: 'm1', id: 's-1' });
    expect(session).toMatchObject({ id: 's-1', policyVersion: 1, startedAt: clock.now(), endedAt: null, lastSeq: null });
    expect(store.getMeeting('m1')?.status).toBe('live');
    const t = clock.now();
    expect(store.appendEvents('s-1', [{ seq: 1, at: t, type: 'meeting-started' }])).toEqual({ lastSeq: 1 });
    store.appendEvents('s-1', [
      { seq: 2, at: t + 1000, type: 'item-started', item: 0, deadline: t + 481_000 },
      { seq: 3, at: t + 2000, type: 'message', text: '请抓紧时间' },
    ]);
    // The plan changes after the start; the record still says what was run.
    store.upsertMeeting(sampleMeeting('m1', { title: '会后改名' }));
    const loaded = store.loadSession('s-1')!;
    expect(loaded.session.meeting.title).toBe('全县经济工作推进会');
    expect(loaded.events.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(loaded.events[1]).toEqual({ seq: 2, at: t + 1000, type: 'item-started', item: 0, deadline: t + 481_000 });
    expect(store.loadEvents('s-1', 1).map((e) => e.seq)).toEqual([2, 3]);
    expect(store.listLiveSessions().map((s) => s.id)).toEqual(['s-1']);
    expect(store.loadLiveSessions()[0]?.events).toHaveLength(3);
    const ended = store.endSession('s-1', t + 5000);
    expect(ended).toMatchObject({ endedAt: t + 5000, lastSeq: 3, eventCount: 3 });
    expect(store.endSession('s-1', t + 9999).endedAt).toBe(t + 5000);
    expect(store.getMeeting('m1')?.status).toBe('ended');
    expect(store.listLiveSessions()).toEqual([]);
    expect(store.listSessions('m1').map((s) => s.id)).toEqual(['s-1']);
    store.close();
  });

  it('survive a reopen: a restart finds the live meeting and its whole log', () => {
    const dir = tempDir();
    const store = open(dir);
    store.upsertMeeting(sampleMeeting());
    store.createSession({ meetingId: 'm1', id: 'live' });
    store.appendEvents('live', [{ seq: 1, at: 1, type: 'a' }, { seq: 2, at: 2, type: 'b' }]);
    store.close();
    const again = open(dir);
    expect(again.loadLiveSessions()).toMatchObject([{ session: { id: 'live', lastSeq: 2 }, events: [{ seq: 1 }, { seq: 2 }] }]);
    again.close();
  });

  it('protect the record: one live session per meeting, no deleting a running or recorded meeting by accident', () => {
    const store = open(tempDir());
    store.upsertMeeting(sampleMeeting());
    store.createSession({ meetingId: 'm1', id: 'a' });
    expect(() => store.createSession({ meetingId: 'm1' })).toThrow(expect.objectContaining({ code: 'session-live-exists' }));
    expect(() => store.deleteMeeting('m1')).toThrow(expect.objectContaining({ code: 'meeting-live' }));
    store.endSession('a');
    expect(() => store.deleteMeeting('m1')).toThrow(expect.objectContaining({ code: 'meeting-has-records' }));
    expect(store.deleteMeeting('m1', { withRecords: true })).toBe(true);
    expect(store.loadSession('a')).toBeNull();
    expect(() => store.createSession({ meetingId: 'gone' })).toThrow(expect.objectContaining({ code: 'meeting-not-found' }));
    store.close();
  });

  it('report a closed store as such', () => {
    const store = open(tempDir());
    store.close();
    expect(() => store.getMeeting('m1')).toThrow(expect.objectContaining({ code: 'closed' }));
  });
});
