import fs from 'node:fs';
import path from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { localStamp } from './file-guard';

/** How many backups are kept beside a database (the newest ones). */
export const BACKUP_KEEP = 14;

export interface BackupInfo {
  /** Absolute path of the backup file. */
  path: string;
  /** Local date the backup was taken, YYYY-MM-DD (also in the file name). */
  date: string;
  /** Local time, HHmmss. */
  time: string;
  /** `daily`, `manual`, or `before-v<N>` for the copy taken before migrating to version N. */
  reason: string;
}

export const defaultBackupDir = (file: string): string => path.join(path.dirname(path.resolve(file)), 'backups');

const stemOf = (file: string): string => path.basename(file).replace(/\.[^.]*$/, '') || path.basename(file);

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const backupPattern = (file: string) =>
  new RegExp(`^${escapeRegExp(stemOf(file))}-(\\d{4}-\\d{2}-\\d{2})-(\\d{6})-([a-z0-9-]+)\\.sqlite$`);

/** `duanhui-2026-03-05-091500-daily.sqlite`: the date leads so a clerk can pick one by eye. */
export const backupFileName = (file: string, now: number, reason: string, timeZone?: string): string =>
  `${stemOf(file)}-${localStamp(now, 'yyyy-MM-dd-HHmmss', timeZone)}-${reason}.sqlite`;

/** The backups of `file` in `backupDir`, newest first. */
export const listBackups = (file: string, backupDir: string = defaultBackupDir(file)): BackupInfo[] => {
  let names: string[];
  try {
    names = fs.readdirSync(backupDir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
  const pattern = backupPattern(file);
  const found: BackupInfo[] = [];
  for (const name of names) {
    const m = pattern.exec(name);
    if (m) found.push({ path: path.join(path.resolve(backupDir), name), date: m[1]!, time: m[2]!, reason: m[3]! });
  }
  return found.sort((a, b) => `${b.date}${b.time}${b.path}`.localeCompare(`${a.date}${a.time}${a.path}`));
};

const fsyncPath = (p: string, flags: string) => {
  const fd = fs.openSync(p, flags);
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
};

/**
 * Copies the open database to a new backup file with VACUUM INTO (a consistent snapshot that
 * includes what is still in the WAL). It is written under a temporary name, synced and then
 * renamed, so a crash never leaves a half backup that looks whole.
 */
export const takeBackup = (
  db: DatabaseSync,
  file: string,
  opts: { backupDir: string; now: number; reason: string; timeZone?: string },
): string => {
  fs.mkdirSync(opts.backupDir, { recursive: true });
  let target = path.join(opts.backupDir, backupFileName(file, opts.now, opts.reason, opts.timeZone));
  for (let i = 2; fs.existsSync(target); i++) {
    target = path.join(opts.backupDir, backupFileName(file, opts.now, `${opts.reason}-${i}`, opts.timeZone));
  }
  const tmp = `${target}.partial`;
  fs.rmSync(tmp, { force: true });
  try {
    db.prepare('VACUUM INTO ?').run(tmp);
    fsyncPath(tmp, 'r');
    fs.renameSync(tmp, target);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
  try {
    fsyncPath(opts.backupDir, 'r');
  } catch {
    // Some file systems cannot fsync a directory; the file itself is already synced.
  }
  return target;
};

/** Deletes all but the newest `keep` backups; returns the deleted paths. */
export const rotateBackups = (file: string, backupDir: string, keep: number = BACKUP_KEEP): string[] => {
  const old = listBackups(file, backupDir).slice(keep);
  for (const b of old) fs.rmSync(b.path, { force: true });
  return old.map((b) => b.path);
};

export const isDailyBackupDue = (file: string, backupDir: string, now: number, timeZone?: string): boolean => {
  const today = localStamp(now, 'yyyy-MM-dd', timeZone);
  return !listBackups(file, backupDir).some((b) => b.date === today && b.reason.startsWith('daily'));
};
