import fs from 'node:fs';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { inspectFile, moveAside } from './file-guard';
import { pragmaNumber } from './db-helpers';
import { CURRENT_SCHEMA_VERSION, DUANHUI_APPLICATION_ID } from './migrations';
import { StorageError } from './storage-error';
import { storageError, toStorageError } from './to-storage-error';

export interface RestoreResult {
  /** The database file, now a copy of the backup. */
  file: string;
  restoredFrom: string;
  /** Where a file that was in the way (and its -wal/-shm) went; empty when there was none. */
  movedAside: string[];
}

const checkBackup = (backupPath: string): void => {
  const fail = (detail: string) => storageError('backup-invalid', { backup: backupPath, detail }, { file: backupPath });
  if (inspectFile(backupPath) !== 'sqlite') throw fail('not an SQLite database file / 不是 SQLite 数据库文件');
  let db: DatabaseSync | undefined;
  try {
    db = new DatabaseSync(backupPath, { readOnly: true });
    const version = pragmaNumber(db, 'user_version');
    if (pragmaNumber(db, 'application_id') !== DUANHUI_APPLICATION_ID) throw fail('not a Duanhui database / 不是短会数据库');
    if (version > CURRENT_SCHEMA_VERSION) throw fail(`schema version ${version} is newer than ${CURRENT_SCHEMA_VERSION} / 版本过新`);
    const findings = (db.prepare('PRAGMA integrity_check').all() as { integrity_check: string }[]).map((r) => r.integrity_check);
    if (!(findings.length === 1 && findings[0] === 'ok')) throw fail(`integrity check: ${findings.slice(0, 3).join('; ')}`);
  } catch (e) {
    if (e instanceof StorageError) throw e;
    throw fail((e as Error).message);
  } finally {
    db?.close();
  }
};

/**
 * Puts a backup in place of `file`. The backup is checked first (a Duanhui database, not newer,
 * integrity ok); a file already at `file` is moved aside, never overwritten; the copy is written
 * under a temporary name, synced and renamed. Open the file with openDatabase afterwards: an
 * older backup is migrated forward there.
 */
export const restoreBackup = (
  backupPath: string,
  file: string,
  opts: { now?: () => number; timeZone?: string } = {},
): RestoreResult => {
  const abs = path.resolve(file);
  const from = path.resolve(backupPath);
  const now = opts.now ?? Date.now;
  checkBackup(from);
  try {
    const movedAside = inspectFile(abs) === 'missing' ? [] : moveAside(abs, 'replaced', now(), opts.timeZone);
    for (const suffix of ['-wal', '-shm', '-journal']) {
      // Leftovers of a file no longer there would be replayed into the restored copy.
      if (fs.existsSync(abs + suffix)) movedAside.push(...moveAside(abs + suffix, 'orphan', now(), opts.timeZone));
    }
    const tmp = `${abs}.restoring`;
    fs.copyFileSync(from, tmp);
    const fd = fs.openSync(tmp, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, abs);
    return { file: abs, restoredFrom: from, movedAside };
  } catch (e) {
    throw toStorageError(e, abs);
  }
};
