import fs from 'node:fs';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { BACKUP_KEEP, listBackups, openDatabase, restoreBackup } from '../../../electron/services/storage';
import { DAY, sampleMeeting, tempDir, testClock, TZ } from './helpers';

const meetingCount = (file: string) => {
  const db = new DatabaseSync(file, { readOnly: true });
  try {
    return (db.prepare('SELECT COUNT(*) AS n FROM meetings').get() as { n: number }).n;
  } finally {
    db.close();
  }
};

describe('daily backups', () => {
  it('are taken once a day at open, named with the date, and the newest 14 are kept over 20 days', () => {
    const dir = tempDir();
    const file = path.join(dir, 'duanhui.sqlite');
    const clock = testClock('2026-04-01T12:00:00+08:00');
    for (let day = 1; day <= 20; day++) {
      for (const _reopen of [1, 2]) {
        const store = openDatabase(file, { now: clock.now, timeZone: TZ });
        store.upsertMeeting(sampleMeeting(`day-${day}-${_reopen}`));
        store.close();
        clock.advance(60 * 60 * 1000);
      }
      clock.advance(DAY - 2 * 60 * 60 * 1000);
    }
    const backups = listBackups(file);
    expect(backups).toHaveLength(BACKUP_KEEP);
    expect(backups.every((b) => b.reason === 'daily')).toBe(true);
    // Newest first: 20 April back to 7 April.
    expect(backups.map((b) => b.date)).toEqual(
      Array.from({ length: 14 }, (_, i) => `2026-04-${String(20 - i).padStart(2, '0')}`),
    );
    expect(path.basename(backups[0]!.path)).toBe('duanhui-2026-04-20-120000-daily.sqlite');
    expect(fs.readdirSync(path.join(dir, 'backups')).filter((n) => !n.endsWith('.sqlite'))).toEqual([]);
    // Each copy holds the data as it was when the day began: the 20th day's copy has 19 days × 2 meetings.
    expect(meetingCount(backups[0]!.path)).toBe(38);
    expect(meetingCount(backups[13]!.path)).toBe(12);
  });

  it('can be taken by hand, into a chosen folder, with a chosen number kept', () => {
    const dir = tempDir();
    const clock = testClock();
    const store = openDatabase(path.join(dir, 'd.sqlite'), { now: clock.now, timeZone: TZ, backupDir: path.join(dir, 'elsewhere'), keepBackups: 3 });
    expect(store.backupIfDue()).toBeNull(); // today's was taken at open
    for (let i = 0; i < 5; i++) {
      clock.advance(1000);
      store.backupNow();
    }
    expect(store.listBackups().map((b) => b.reason)).toEqual(['manual', 'manual', 'manual']);
    expect(fs.readdirSync(path.join(dir, 'elsewhere'))).toHaveLength(3);
    store.close();
  });
});

describe('restoreBackup', () => {
  it('puts a backup in place and moves the current file aside instead of overwriting it', () => {
    const dir = tempDir();
    const file = path.join(dir, 'duanhui.sqlite');
    const clock = testClock();
    const store = openDatabase(file, { now: clock.now, timeZone: TZ });
    store.upsertMeeting(sampleMeeting('kept'));
    const backup = store.backupNow();
    store.upsertMeeting(sampleMeeting('later'));
    store.close();

    const result = restoreBackup(backup, file, { now: clock.now, timeZone: TZ });
    expect(result.restoredFrom).toBe(backup);
    expect(result.movedAside[0]).toMatch(/duanhui\.sqlite\.replaced-20260401-120000$/);
    expect(meetingCount(result.movedAside[0]!)).toBe(2);

    const restored = openDatabase(file, { now: clock.now, timeZone: TZ });
    expect(restored.listMeetings().map((m) => m.meeting.id)).toEqual(['kept']);
    expect(restored.settings().journalMode).toBe('wal');
    restored.close();
  });

  it('refuses a file that is not a sound Duanhui database', () => {
    const dir = tempDir();
    const junk = path.join(dir, 'junk.sqlite');
    fs.writeFileSync(junk, Buffer.alloc(4096, 7));
    expect(() => restoreBackup(junk, path.join(dir, 'duanhui.sqlite'))).toThrow(
      expect.objectContaining({ code: 'backup-invalid' }),
    );
    const foreign = path.join(dir, 'foreign.sqlite');
    const db = new DatabaseSync(foreign);
    db.exec('CREATE TABLE t (x)');
    db.close();
    expect(() => restoreBackup(foreign, path.join(dir, 'duanhui.sqlite'))).toThrow(/not a Duanhui database/);
    expect(fs.existsSync(path.join(dir, 'duanhui.sqlite'))).toBe(false);
  });
});
