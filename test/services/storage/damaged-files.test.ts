import fs from 'node:fs';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, openDatabase, restoreBackup, StorageError } from '../../../electron/services/storage';
import { DAY, sampleMeeting, tempDir, testClock, TZ } from './helpers';

const openError = (file: string, now: () => number): StorageError => {
  try {
    openDatabase(file, { now, timeZone: TZ }).close();
  } catch (e) {
    expect(e).toBeInstanceOf(StorageError);
    return e as StorageError;
  }
  throw new Error('expected openDatabase to fail');
};

/**
 * Day 1: a sound database with a meeting and a session log; day 2: opened again, which takes the
 * daily backup holding day 1's data. Returns the clock, now on day 3.
 */
const goodDatabaseWithBackup = (file: string) => {
  const clock = testClock('2026-04-01T12:00:00+08:00');
  const store = openDatabase(file, { now: clock.now, timeZone: TZ });
  store.upsertMeeting(sampleMeeting('from-day-1'));
  store.createSession({ meetingId: 'from-day-1', id: 's' });
  store.appendEvents(
    's',
    Array.from({ length: 400 }, (_, i) => ({ seq: i + 1, at: clock.now() + i, type: 'tick', note: '记录'.repeat(40) })),
  );
  store.close();
  clock.advance(DAY);
  openDatabase(file, { now: clock.now, timeZone: TZ }).close();
  clock.advance(DAY);
  return clock;
};

describe('a corrupt file', () => {
  it('of junk bytes is moved aside untouched, and the newest backup is offered and restores', () => {
    const dir = tempDir();
    const file = path.join(dir, 'duanhui.sqlite');
    const clock = goodDatabaseWithBackup(file);
    const junk = Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 7919) % 251));
    fs.writeFileSync(file, junk);

    const err = openError(file, clock.now);
    expect(err.code).toBe('corrupt');
    expect(err.movedTo[0]).toBe(`${file}.corrupt-20260403-120000`);
    expect(fs.readFileSync(err.movedTo[0]!)).toEqual(junk);
    expect(fs.existsSync(file)).toBe(false);
    expect(err.backups).toHaveLength(2);
    expect(path.basename(err.newestBackup!)).toBe('duanhui-2026-04-02-120000-daily.sqlite');
    expect(err.zh).toContain('已损坏');
    expect(err.zh).toContain(err.movedTo[0]);
    expect(err.zh).toContain(err.newestBackup);
    expect(err.en).toContain(`moved to ${err.movedTo[0]}`);
    expect(err.en).toContain(`The newest backup is ${err.newestBackup}`);

    restoreBackup(err.newestBackup!, file, { now: clock.now, timeZone: TZ });
    const store = openDatabase(file, { now: clock.now, timeZone: TZ });
    expect(store.getMeeting('from-day-1')).not.toBeNull();
    expect(store.loadSession('s')?.events).toHaveLength(400);
    store.close();
  });

  it('that was truncated is caught by the check at open and moved aside', () => {
    const dir = tempDir();
    const file = path.join(dir, 'duanhui.sqlite');
    const clock = goodDatabaseWithBackup(file);
    const size = fs.statSync(file).size;
    expect(size).toBeGreaterThan(20 * 4096);
    fs.truncateSync(file, Math.floor(size / 2));
    const truncated = fs.readFileSync(file);

    const err = openError(file, clock.now);
    expect(err.code).toBe('corrupt');
    expect(fs.readFileSync(err.movedTo[0]!)).toEqual(truncated);
    expect(err.backups).toHaveLength(2);
  });

  it('that became empty while backups exist is treated as lost, and the backup offered', () => {
    const dir = tempDir();
    const file = path.join(dir, 'duanhui.sqlite');
    const clock = goodDatabaseWithBackup(file);
    fs.truncateSync(file, 0);
    const err = openError(file, clock.now);
    expect(err.code).toBe('corrupt');
    expect(err.en).toContain('the file is empty');
    expect(err.backups).toHaveLength(2);
  });

  it('with no backup says so', () => {
    const dir = tempDir();
    const file = path.join(dir, 'duanhui.sqlite');
    fs.writeFileSync(file, 'this is a text file, not a database\n'.repeat(10));
    const err = openError(file, testClock().now);
    expect(err.code).toBe('corrupt');
    expect(err.backups).toEqual([]);
    expect(err.zh).toContain('没有找到备份');
    expect(err.en).toContain('No backup was found');
    // After the move a fresh database can be opened in its place.
    const store = openDatabase(file, { now: testClock().now, timeZone: TZ });
    expect(store.listMeetings()).toEqual([]);
    store.close();
  });
});

describe('a file from a newer version', () => {
  it('is moved aside with its -wal, unchanged, and the message names both versions', () => {
    const dir = tempDir();
    const file = path.join(dir, 'duanhui.sqlite');
    const clock = goodDatabaseWithBackup(file);
    // A newer app bumped the version and crashed before checkpointing: the change is in the -wal.
    const newer = new DatabaseSync(file);
    newer.exec("PRAGMA user_version = 99; UPDATE meetings SET title = '新版本写入'");
    const crashed = path.join(dir, 'crashed.sqlite');
    fs.copyFileSync(file, crashed);
    fs.copyFileSync(`${file}-wal`, `${crashed}-wal`);
    newer.close();
    fs.rmSync(file);
    fs.renameSync(crashed, file);
    fs.renameSync(`${crashed}-wal`, `${file}-wal`);
    const [mainBytes, walBytes] = [fs.readFileSync(file), fs.readFileSync(`${file}-wal`)];

    const err = openError(file, clock.now);
    expect(err.code).toBe('newer-version');
    expect(err.movedTo.slice(0, 2)).toEqual([`${file}.newer-20260403-120000`, `${file}.newer-20260403-120000-wal`]);
    // Not even a checkpoint: both files are byte for byte what the newer app left.
    expect(fs.readFileSync(err.movedTo[0]!)).toEqual(mainBytes);
    expect(fs.readFileSync(err.movedTo[1]!)).toEqual(walBytes);
    expect(err.zh).toContain('版本 99');
    expect(err.en).toContain(`schema version 99; this program supports up to ${CURRENT_SCHEMA_VERSION}`);
    expect(err.newestBackup).toMatch(/daily\.sqlite$/);
    expect(fs.existsSync(file)).toBe(false);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);

    const moved = new DatabaseSync(err.movedTo[0]!, { readOnly: true });
    expect(moved.prepare('PRAGMA user_version').get()).toEqual({ user_version: 99 });
    expect(moved.prepare('SELECT title FROM meetings').get()).toEqual({ title: '新版本写入' });
    moved.close();
  });
});

describe('an SQLite file of another program', () => {
  it('is refused and left exactly where and as it was', () => {
    const dir = tempDir();
    const file = path.join(dir, 'other.sqlite');
    const db = new DatabaseSync(file);
    db.exec("CREATE TABLE notes (t TEXT); INSERT INTO notes VALUES ('keep me')");
    db.close();
    const before = fs.readFileSync(file);
    const err = openError(file, testClock().now);
    expect(err.code).toBe('not-duanhui');
    expect(err.movedTo).toEqual([]);
    expect(fs.readFileSync(file)).toEqual(before);
  });
});
