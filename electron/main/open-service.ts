import { isStorageError, type StorageError } from '../services/storage';

/**
 * Opening the database at start-up. A corrupt file or one from a newer version has already been
 * moved aside by storage (never overwritten); here the chair is offered the newest backup.
 * Electron's dialog and the restore are injected so the decision is tested without Electron.
 */
export interface OpenServiceDeps<S> {
  open(): S;
  /** Shows the storage message; true = restore the newest backup, false = quit. */
  askRestore(error: StorageError, newestBackup: string): boolean;
  restore(backup: string, file: string): void;
  /** Shows a message that offers nothing to choose (no backup to restore). */
  tellFatal(message: { zh: string; en: string }): void;
}

export type OpenServiceResult<S> = { ok: true; service: S; restoredFrom?: string } | { ok: false };

export function openServiceWithRecovery<S>(deps: OpenServiceDeps<S>): OpenServiceResult<S> {
  try {
    return { ok: true, service: deps.open() };
  } catch (error) {
    if (!isStorageError(error)) {
      const detail = error instanceof Error ? error.message : String(error);
      deps.tellFatal({ zh: `无法打开数据：${detail}`, en: `Cannot open the data: ${detail}` });
      return { ok: false };
    }
    const backup = error.newestBackup;
    if (!backup || !error.file || !deps.askRestore(error, backup)) {
      if (!backup) deps.tellFatal({ zh: error.zh, en: error.en });
      return { ok: false };
    }
    try {
      deps.restore(backup, error.file);
      return { ok: true, service: deps.open(), restoredFrom: backup };
    } catch (again) {
      const detail = isStorageError(again) ? again.zh : String(again);
      const detailEn = isStorageError(again) ? again.en : String(again);
      deps.tellFatal({ zh: `恢复备份失败：${detail}`, en: `Restoring the backup failed: ${detailEn}` });
      return { ok: false };
    }
  }
}
