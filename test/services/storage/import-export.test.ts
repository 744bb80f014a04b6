import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ScheduleSchema } from '../../../electron/core/schedule/schedule-schema';
import { openDatabase, StorageError } from '../../../electron/services/storage';
import { sampleMeeting, sampleSchedule, tempDir, testClock, TZ } from './helpers';

const openIn = (dir: string) => openDatabase(path.join(dir, 'duanhui.sqlite'), { now: testClock().now, timeZone: TZ });

const errorOf = (fn: () => unknown): StorageError => {
  try {
    fn();
  } catch (e) {
    return e as StorageError;
  }
  throw new Error('expected an error');
};

describe('previewImport', () => {
  it('tells added / changed / unchanged and writes nothing', () => {
    const dir = tempDir();
    const store = openIn(dir);
    store.upsertMeeting(sampleMeeting('same'), { timeZone: 'Asia/Shanghai' });
    store.upsertMeeting(sampleMeeting('edited'), { timeZone: 'Asia/Shanghai' });
    const schedule = sampleSchedule([
      sampleMeeting('same'),
      sampleMeeting('edited', { durationMinutes: 60 }),
      sampleMeeting('new-1'),
    ]);
    const file = path.join(dir, 'duanhui.sqlite');
    const sizeBefore = fs.statSync(`${file}-wal`).size;
    const before = JSON.stringify(store.listMeetings());

    expect(store.previewImport(schedule)).toEqual({ added: ['new-1'], changed: ['edited'], unchanged: ['same'] });
    expect(JSON.stringify(store.listMeetings())).toBe(before);
    expect(fs.statSync(`${file}-wal`).size).toBe(sizeBefore);

    expect(store.importSchedule(schedule)).toEqual({ added: ['new-1'], changed: ['edited'], unchanged: ['same'] });
    expect(store.getMeeting('edited')?.meeting.durationMinutes).toBe(60);
    expect(store.getMeeting('new-1')).not.toBeNull();
    // Importing the same file again changes nothing.
    expect(store.previewImport(schedule)).toEqual({ added: [], changed: [], unchanged: ['same', 'edited', 'new-1'] });
    store.close();
  });

  it('counts a changed time zone as a change', () => {
    const store = openIn(tempDir());
    store.importSchedule(sampleSchedule());
    expect(store.previewImport({ ...sampleSchedule(), timeZone: 'Asia/Urumqi' })).toEqual({
      added: [],
      changed: ['m1'],
      unchanged: [],
    });
    store.close();
  });
});

describe('importSchedule', () => {
  it('says what is wrong and where, and writes nothing', () => {
    const store = openIn(tempDir());
    const bad = sampleSchedule([sampleMeeting('ok'), sampleMeeting('bad', { durationMinutes: 0 })]);
    const e1 = errorOf(() => store.importSchedule(bad));
    expect(e1.code).toBe('invalid-schedule');
    expect(e1.en).toContain('meetings[1].durationMinutes');
    expect(e1.zh).toContain('会议安排文件不正确');
    expect(store.listMeetings()).toEqual([]);

    const dup = errorOf(() => store.importSchedule(sampleSchedule([sampleMeeting('a'), sampleMeeting('b'), sampleMeeting('a')])));
    expect(dup.en).toContain('meetings[2].id: "a" is already used by meetings[0]');
    expect(errorOf(() => store.previewImport({ format: 'other' })).code).toBe('invalid-schedule');
    expect(errorOf(() => store.importSchedule({ ...sampleSchedule(), timeZone: 'Nowhere/City' })).en).toContain('unknown time zone');
    expect(store.listMeetings()).toEqual([]);
    store.close();
  });

  it('records the policy version the schedule was checked under', () => {
    const store = openIn(tempDir());
    const v2 = store.savePolicy({ speechLimitMinutes: 6 });
    store.importSchedule(sampleSchedule(), { policyVersion: 1 });
    expect(store.getMeeting('m1')?.policyVersion).toBe(1);
    store.importSchedule(sampleSchedule([sampleMeeting('m2')]));
    expect(store.getMeeting('m2')?.policyVersion).toBe(v2.version);
    store.close();
  });
});

describe('exportSchedule', () => {
  it('gives back a valid schedule that re-imports unchanged', () => {
    const store = openIn(tempDir());
    const schedule = sampleSchedule([sampleMeeting('b', { start: '2026-04-09T09:00' }), sampleMeeting('a')]);
    store.importSchedule(schedule);
    store.attachDocument('a', 'k', { fileName: '报告.docx', chars: 4321, pages: 7 });
    const exported = store.exportSchedule();
    expect(ScheduleSchema.parse(exported)).toEqual(exported);
    expect(exported.meetings.map((m) => m.id)).toEqual(['a', 'b']);
    expect(exported.meetings[0]).toEqual(ScheduleSchema.parse(schedule).meetings[1]);
    expect(store.previewImport(exported).unchanged).toEqual(['a', 'b']);
    // On request the attached documents' counts go along.
    expect(store.exportSchedule({ includeAttachedCounts: true }).meetings[0]?.agenda[0]?.chars).toBe(4321);
    store.close();
  });

  it('filters by start and rewrites starts for another zone', () => {
    const store = openIn(tempDir());
    store.importSchedule(sampleSchedule([sampleMeeting('a', { start: '2026-04-08T09:00' }), sampleMeeting('b', { start: '2026-04-10T09:00' })]));
    const from = Date.parse('2026-04-09T00:00:00+08:00');
    expect(store.exportSchedule({ from }).meetings.map((m) => m.id)).toEqual(['b']);
    expect(store.exportSchedule({ to: from }).meetings.map((m) => m.id)).toEqual(['a']);
    const utc = store.exportSchedule({ timeZone: 'UTC', to: from });
    expect(utc.timeZone).toBe('UTC');
    expect(utc.meetings[0]?.start).toBe('2026-04-08T01:00');
    store.close();
  });
});
