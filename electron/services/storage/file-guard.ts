import fs from 'node:fs';
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns/format';

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
/** An SQLite file starts with a 100-byte header; anything shorter that is not empty is damaged. */
const HEADER_BYTES = 100;

/** The files SQLite keeps beside a database: moving one without the others loses data. */
export const COMPANION_SUFFIXES = ['-wal', '-shm', '-journal'] as const;

export type FileState = 'missing' | 'empty' | 'sqlite' | 'not-sqlite';

/** What lies at `file`, judged by size and the SQLite magic header, without opening it in SQLite. */
export const inspectFile = (file: string): FileState => {
  let size: number;
  try {
    size = fs.statSync(file).size;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    throw e;
  }
  if (size === 0) return 'empty';
  if (size < HEADER_BYTES) return 'not-sqlite';
  const head = Buffer.alloc(SQLITE_MAGIC.length);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, head, 0, head.length, 0);
  } finally {
    fs.closeSync(fd);
  }
  return head.equals(SQLITE_MAGIC) ? 'sqlite' : 'not-sqlite';
};

/**
 * `now` formatted for a file name, in `timeZone` (default: the computer's zone) so a clerk
 * recognises the date and time.
 */
export const localStamp = (now: number, pattern: string, timeZone?: string): string =>
  format(timeZone ? new TZDate(now, timeZone) : now, pattern);

/** 20260305-091500 */
export const fileStamp = (now: number, timeZone?: string): string => localStamp(now, 'yyyyMMdd-HHmmss', timeZone);

const freeName = (base: string): string => {
  if (!fs.existsSync(base)) return base;
  for (let i = 2; ; i++) {
    const candidate = `${base}-${i}`;
    if (!fs.existsSync(candidate)) return candidate;
  }
};

/**
 * Renames `file` to `<file>.<label>-<stamp>` and its -wal/-shm/-journal alongside, so nothing is
 * overwritten and SQLite could still open the moved copy with its own log. Returns the new paths,
 * the main file first.
 */
export const moveAside = (file: string, label: string, now: number, timeZone?: string): string[] => {
  const target = freeName(`${file}.${label}-${fileStamp(now, timeZone)}`);
  const moved: string[] = [];
  fs.renameSync(file, target);
  moved.push(target);
  for (const suffix of COMPANION_SUFFIXES) {
    if (fs.existsSync(file + suffix)) {
      fs.renameSync(file + suffix, target + suffix);
      moved.push(target + suffix);
    }
  }
  return moved;
};
