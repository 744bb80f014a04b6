import type { StorageErrorCode } from './storage-messages';

export type { StorageErrorCode } from './storage-messages';

export interface StorageErrorDetails {
  /** The database file concerned. */
  file?: string;
  /** Where a corrupt or newer file (and its -wal/-shm) was moved to; the main file first. */
  movedTo?: string[];
  /** Backups that could replace the file, newest first (absolute paths). */
  backups?: string[];
  cause?: unknown;
}

/**
 * Every failure of the storage layer, with a stable `code` for programs and a message for people
 * in zh-CN and English. `message` holds both so a log line or a CLI error is complete by itself.
 */
export class StorageError extends Error {
  override readonly name = 'StorageError';
  readonly code: StorageErrorCode;
  readonly zh: string;
  readonly en: string;
  readonly file: string | undefined;
  readonly movedTo: readonly string[];
  readonly backups: readonly string[];

  constructor(code: StorageErrorCode, text: { zh: string; en: string }, details: StorageErrorDetails = {}) {
    super(`${text.zh} / ${text.en}`, details.cause === undefined ? undefined : { cause: details.cause });
    this.code = code;
    this.zh = text.zh;
    this.en = text.en;
    this.file = details.file;
    this.movedTo = details.movedTo ?? [];
    this.backups = details.backups ?? [];
  }

  /** The newest backup offered for restoring, if any. */
  get newestBackup(): string | undefined {
    return this.backups[0];
  }

  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      code: this.code,
      zh: this.zh,
      en: this.en,
      file: this.file,
      movedTo: this.movedTo,
      backups: this.backups,
    };
  }
}

export const isStorageError = (e: unknown): e is StorageError => e instanceof StorageError;
