import fs from 'node:fs';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { BACKUP_KEEP, defaultBackupDir, listBackups, takeBackup } from './backups';
import { pragmaNumber, pragmaValue } from './db-helpers';
import { inspectFile, moveAside } from './file-guard';
import { applyMigrations, CURRENT_SCHEMA_VERSION, DUANHUI_APPLICATION_ID } from './migrations';
import { StorageError } from './storage-error';
import { SqliteStore, type Store } from './store';
import { SQLITE_CODES, sqlitePrimaryCode, storageError, toStorageError } from './to-storage-error';
import type { OpenOptions, StorageLogEntry } from './types';

const DEFAULT_BUSY_TIMEOUT_MS = 5000;

/** Thrown inside openDatabase when the file must be moved aside; turned into a StorageError after closing it. */
class Verdict {
  constructor(
    readonly kind: 'corrupt' | 'newer',
    readonly detail: string,
    readonly found = 0,
  ) {}
}

const canWrite = (p: string): boolean => {
  try {
    fs.accessSync(p, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
};

const backupPaths = (file: string, backupDir: string): string[] => {
  try {
    return listBackups(file, backupDir).map((b) => b.path);
  } catch {
    return [];
  }
};

/** Reads what the existing file is and throws a Verdict (or StorageError) when it must not be used. */
const checkExisting = (db: DatabaseSync, file: string): number => {
  const version = pragmaNumber(db, 'user_version');
  if (version > CURRENT_SCHEMA_VERSION) throw new Verdict('newer', `user_version ${version}`, version);
  const appId = pragmaNumber(db, 'application_id');
  const hasTables = (db.prepare("SELECT COUNT(*) AS n FROM sqlite_schema WHERE type = 'table'").get() as { n: number }).n > 0;
  if ((version > 0 && appId !== DUANHUI_APPLICATION_ID) || (version === 0 && hasTables)) {
    throw storageError('not-duanhui', { file }, { file });
  }
  const findings = (db.prepare('PRAGMA quick_check').all() as { quick_check: string }[]).map((r) => r.quick_check);
  if (!(findings.length === 1 && findings[0] === 'ok')) throw new Verdict('corrupt', findings.slice(0, 3).join('; '));
  return version;
};

/**
 * SQLite opens a write-protected file read-only without saying so; a write inside a rolled-back
 * transaction finds out now, before the app shows data it could not save.
 */
const probeWritable = (db: DatabaseSync, version: number): void => {
  db.exec('BEGIN IMMEDIATE');
  try {
    db.exec(`PRAGMA user_version = ${version}`);
  } finally {
    if (db.isTransaction) db.exec('ROLLBACK');
  }
};

const configure = (db: DatabaseSync, busyTimeoutMs: number): void => {
  db.exec(`PRAGMA busy_timeout = ${Math.max(0, Math.floor(busyTimeoutMs))}`);
  const mode = String(pragmaValue(db, 'journal_mode = WAL')).toLowerCase();
  if (mode !== 'wal') throw new Error(`journal_mode is ${mode}, WAL could not be switched on`);
  // FULL: in WAL mode the log is fsynced at every commit, so a returned write survives power loss.
  db.exec('PRAGMA synchronous = FULL');
  db.exec('PRAGMA foreign_keys = ON');
};

/**
 * Opens (or creates) the Duanhui database at `file`: WAL, synchronous=FULL, foreign keys on,
 * schema migrated forward with a backup taken first, a daily backup, and the default policy.
 *
 * A file that is not a database, fails its quick_check, or comes from a newer version is never
 * written to: it is moved aside with its -wal/-shm and a StorageError (`corrupt` /
 * `newer-version`) says where it went and lists the backups (`restoreBackup`). A read-only file
 * or folder gives `read-only` and touches nothing.
 */
export const openDatabase = (file: string, options: OpenOptions = {}): Store => {
  const abs = path.resolve(file);
  const dir = path.dirname(abs);
  const now = options.now ?? Date.now;
  const backupDir = path.resolve(options.backupDir ?? defaultBackupDir(abs));
  const log = options.log ?? (() => {});
  const busyTimeoutMs = options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS;

  const refuse = (verdict: Verdict): StorageError => {
    let movedTo: string[] = [];
    let notMoved: string | undefined;
    try {
      movedTo = moveAside(abs, verdict.kind === 'newer' ? 'newer' : 'corrupt', now(), options.timeZone);
    } catch (e) {
      notMoved = (e as Error).message;
    }
    const backups = backupPaths(abs, backupDir);
    const offer = {
      ...(movedTo[0] ? { movedTo: movedTo[0] } : { notMoved: notMoved ?? '' }),
      ...(backups[0] ? { newestBackup: backups[0] } : {}),
    };
    return verdict.kind === 'newer'
      ? storageError('newer-version', { file: abs, found: verdict.found, supported: CURRENT_SCHEMA_VERSION, ...offer }, { file: abs, movedTo, backups })
      : storageError('corrupt', { file: abs, detail: verdict.detail, ...offer }, { file: abs, movedTo, backups });
  };

  let state;
  try {
    fs.mkdirSync(dir, { recursive: true });
    state = inspectFile(abs);
  } catch (e) {
    throw toStorageError(e, abs);
  }
  if (state === 'not-sqlite') throw refuse(new Verdict('corrupt', 'not an SQLite database file'));
  const walOnly = state === 'empty' && fs.existsSync(`${abs}-wal`) && fs.statSync(`${abs}-wal`).size > 0;
  const existed = state === 'sqlite' || walOnly;
  // An empty file where backups say a database was is a database that lost its contents.
  if (state === 'empty' && !walOnly && backupPaths(abs, backupDir).length > 0) {
    throw refuse(new Verdict('corrupt', 'the file is empty / 文件是空的'));
  }
  if (!canWrite(dir) || (state !== 'missing' && !canWrite(abs))) {
    throw storageError('read-only', { file: abs, dir }, { file: abs });
  }

  // The checks run on a read-only connection: closing a read-write one would checkpoint the WAL
  // into the very file that must be moved aside unchanged.
  let version = 0;
  if (existed) {
    let verdict: Verdict | null = null;
    let ro: DatabaseSync | undefined;
    try {
      ro = new DatabaseSync(abs, { readOnly: true, timeout: busyTimeoutMs });
      version = checkExisting(ro, abs);
    } catch (e) {
      const primary = sqlitePrimaryCode(e);
      if (e instanceof Verdict) verdict = e;
      else if (primary === SQLITE_CODES.CORRUPT || primary === SQLITE_CODES.NOTADB) verdict = new Verdict('corrupt', (e as Error).message);
      else throw toStorageError(e, abs);
    } finally {
      ro?.close();
    }
    if (verdict) throw refuse(verdict);
  }

  let db: DatabaseSync;
  try {
    db = new DatabaseSync(abs, { timeout: busyTimeoutMs, enableForeignKeyConstraints: true });
  } catch (e) {
    if (sqlitePrimaryCode(e) === SQLITE_CODES.CANTOPEN && !canWrite(dir)) {
      throw storageError('read-only', { file: abs, dir }, { file: abs, cause: e });
    }
    throw toStorageError(e, abs);
  }

  try {
    probeWritable(db, version);
    configure(db, busyTimeoutMs);
    if (version < CURRENT_SCHEMA_VERSION) {
      let before: string | undefined;
      if (version > 0) {
        const reason = `before-v${CURRENT_SCHEMA_VERSION}`;
        try {
          before = takeBackup(db, abs, { backupDir, now: now(), reason, ...(options.timeZone ? { timeZone: options.timeZone } : {}) });
        } catch (e) {
          const inner = toStorageError(e, abs);
          throw storageError('backup-failed', { file: abs, target: backupDir, detail: inner.en }, { file: abs, cause: e });
        }
      }
      try {
        applyMigrations(db, { now: now() });
      } catch (e) {
        if (sqlitePrimaryCode(e) === SQLITE_CODES.FULL || sqlitePrimaryCode(e) === SQLITE_CODES.READONLY) throw e;
        throw storageError(
          'migration-failed',
          { file: abs, from: version, to: CURRENT_SCHEMA_VERSION, detail: (e as Error).message, ...(before ? { backup: before } : {}) },
          { file: abs, cause: e },
        );
      }
      const entry: StorageLogEntry =
        version === 0
          ? { level: 'info', event: 'created', zh: `已新建数据库 ${abs}`, en: `Created the database ${abs}`, file: abs }
          : {
              level: 'info',
              event: 'migrated',
              zh: `数据库已从版本 ${version} 升级到 ${CURRENT_SCHEMA_VERSION}，升级前的备份在 ${before}`,
              en: `Upgraded the database from version ${version} to ${CURRENT_SCHEMA_VERSION}; the backup taken before is ${before}`,
              file: abs,
              ...(before ? { path: before } : {}),
            };
      log(entry);
    }
    const store = new SqliteStore(db, abs, {
      now,
      backupDir,
      keepBackups: options.keepBackups ?? BACKUP_KEEP,
      busyTimeoutMs,
      timeZone: options.timeZone,
      log,
    });
    store.currentPolicy(); // a fresh database starts with policy.md's defaults as version 1
    try {
      store.backupIfDue();
    } catch (e) {
      // A missed daily copy must not keep the meeting from starting; say so and go on.
      const err = toStorageError(e, abs);
      log({ level: 'warn', event: 'backup-failed', zh: `每日备份失败：${err.zh}`, en: `Daily backup failed: ${err.en}`, file: abs });
    }
    if (options.maxPageCount !== undefined) db.exec(`PRAGMA max_page_count = ${Math.floor(options.maxPageCount)}`);
    return store;
  } catch (e) {
    try {
      db.close();
    } catch {
      // Closing a handle that failed to open fully can itself fail; the first error matters.
    }
    throw toStorageError(e, abs);
  }
};
