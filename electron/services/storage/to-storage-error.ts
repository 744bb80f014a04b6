import path from 'node:path';
import { StorageError, type StorageErrorDetails } from './storage-error';
import { storageMessage, type StorageErrorCode, type StorageMessageParams } from './storage-messages';

export const storageError = <C extends StorageErrorCode>(
  code: C,
  params: StorageMessageParams<C>,
  details: StorageErrorDetails = {},
): StorageError => new StorageError(code, storageMessage(code, params), details);

/** SQLite primary result codes we tell apart (https://sqlite.org/rescode.html). */
const SQLITE = { BUSY: 5, LOCKED: 6, READONLY: 8, IOERR: 10, CORRUPT: 11, FULL: 13, CANTOPEN: 14, CONSTRAINT: 19, NOTADB: 26 };

interface SqliteLikeError {
  code?: unknown;
  errcode?: unknown;
  errstr?: unknown;
  message?: unknown;
}

/** The primary SQLite result code of a node:sqlite error, or undefined for other errors. */
export const sqlitePrimaryCode = (e: unknown): number | undefined => {
  const err = e as SqliteLikeError | null;
  if (err && err.code === 'ERR_SQLITE_ERROR' && typeof err.errcode === 'number') return err.errcode & 0xff;
  return undefined;
};

export const sqliteExtendedCode = (e: unknown): number | undefined => {
  const err = e as SqliteLikeError | null;
  return err && err.code === 'ERR_SQLITE_ERROR' && typeof err.errcode === 'number' ? err.errcode : undefined;
};

const detailOf = (e: unknown): string => {
  const err = e as SqliteLikeError | null;
  if (err && typeof err.message === 'string') return err.message;
  return String(e);
};

/**
 * Maps whatever a write or read threw (node:sqlite, node:fs, a closed handle) to a StorageError,
 * so no caller ever has to show a stack trace. StorageErrors pass through unchanged.
 */
export const toStorageError = (e: unknown, file: string): StorageError => {
  if (e instanceof StorageError) return e;
  const details = { file, cause: e };
  const primary = sqlitePrimaryCode(e);
  if (primary !== undefined) {
    switch (primary) {
      case SQLITE.FULL:
        return storageError('disk-full', { file }, details);
      case SQLITE.READONLY:
        return storageError('read-only', { file, dir: path.dirname(file) }, details);
      case SQLITE.BUSY:
      case SQLITE.LOCKED:
        return storageError('busy', { file }, details);
      case SQLITE.CORRUPT:
      case SQLITE.NOTADB:
        return storageError('corrupt', { file, detail: detailOf(e) }, details);
      case SQLITE.IOERR:
        return storageError('io-error', { file, detail: detailOf(e) }, details);
      case SQLITE.CANTOPEN:
        return storageError('cannot-open', { file, detail: detailOf(e) }, details);
      default:
        return storageError('sqlite-error', { file, detail: detailOf(e) }, details);
    }
  }
  const code = (e as { code?: unknown } | null)?.code;
  if (code === 'ERR_INVALID_STATE') return storageError('closed', { file }, details);
  if (code === 'ENOSPC' || code === 'EDQUOT') return storageError('disk-full', { file }, details);
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return storageError('read-only', { file, dir: path.dirname(file) }, details);
  }
  return storageError('io-error', { file, detail: detailOf(e) }, details);
};

export const SQLITE_CODES = SQLITE;
