import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, StorageError } from '../../../electron/services/storage';
import { sampleMeeting, tempDir, testClock, TZ } from './helpers';

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/**
 * A full disk is simulated with PRAGMA max_page_count: SQLite then fails a write with the same
 * SQLITE_FULL a full disk gives, at the same point (when a page must be added).
 */
describe('a full disk', () => {
  it('fails the append whole, reports disk-full, and keeps everything acknowledged before', () => {
    const dir = tempDir();
    const file = path.join(dir, 'duanhui.sqlite');
    const clock = testClock();
    let store = openDatabase(file, { now: clock.now, timeZone: TZ });
    store.upsertMeeting(sampleMeeting());
    store.createSession({ meetingId: 'm1', id: 's' });
    store.appendEvents('s', range(1, 10).map((seq) => ({ seq, at: clock.now() + seq, type: 'tick' })));
    const pages = store.settings().pageCount;
    store.close();

    store = openDatabase(file, { now: clock.now, timeZone: TZ, maxPageCount: pages + 12 });
    let acknowledged = 10;
    let failure: unknown;
    const batchAfter = (last: number) =>
      range(last + 1, last + 20).map((seq) => ({ seq, at: clock.now() + seq, type: 'speech', text: '发言记录'.repeat(60) }));
    for (let i = 0; i < 200 && failure === undefined; i++) {
      try {
        acknowledged = store.appendEvents('s', batchAfter(acknowledged)).lastSeq!;
      } catch (e) {
        failure = e;
      }
    }
    expect(failure).toBeInstanceOf(StorageError);
    expect(failure).toMatchObject({ code: 'disk-full' });
    expect((failure as StorageError).zh).toContain('磁盘已满');
    expect((failure as StorageError).zh).toContain('之前的数据完好');
    expect((failure as StorageError).en).toContain('the earlier data is intact');
    expect(acknowledged).toBeGreaterThan(10);

    // Nothing of the failed batch is there; every acknowledged event is.
    expect(store.loadSession('s')!.events.map((e) => e.seq)).toEqual(range(1, acknowledged));
    expect(store.getMeeting('m1')).not.toBeNull();
    expect(store.integrityCheck()).toEqual([]);
    // Still full: the next write fails the same clear way, and reading goes on.
    expect(() => store.appendEvents('s', batchAfter(acknowledged))).toThrow(expect.objectContaining({ code: 'disk-full' }));
    store.close();

    // With room again, the same file takes the same batch.
    store = openDatabase(file, { now: clock.now, timeZone: TZ });
    expect(store.appendEvents('s', batchAfter(acknowledged))).toEqual({ lastSeq: acknowledged + 20 });
    expect(store.loadSession('s')!.events.map((e) => e.seq)).toEqual(range(1, acknowledged + 20));
    expect(store.integrityCheck()).toEqual([]);
    store.close();
  });

  it('fails an import whole', () => {
    const dir = tempDir();
    const clock = testClock();
    const file = path.join(dir, 'duanhui.sqlite');
    openDatabase(file, { now: clock.now, timeZone: TZ }).close();
    const probe = openDatabase(file, { now: clock.now, timeZone: TZ });
    const pages = probe.settings().pageCount;
    probe.close();
    const store = openDatabase(file, { now: clock.now, timeZone: TZ, maxPageCount: pages + 1 });
    const longText = '县委常委会审议'.repeat(2000);
    const meetings = Array.from({ length: 20 }, (_, i) =>
      sampleMeeting(`m${i}`, { agenda: [{ kind: 'keynote', title: '报告', minutes: 30, text: longText }] }),
    );
    expect(() => store.importSchedule({ format: 'duanhui-schedule', version: 1, meetings })).toThrow(
      expect.objectContaining({ code: 'disk-full' }),
    );
    expect(store.listMeetings()).toEqual([]);
    store.close();
  });
});
