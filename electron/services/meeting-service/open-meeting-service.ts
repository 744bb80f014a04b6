import path from 'node:path';
import { openDatabase, type OpenOptions, type StorageLogEntry } from '../storage';
import { createServiceClock } from '../clock';
import { createMeetingService } from './meeting-service';
import type { MeetingService, MeetingServiceOptions } from './service-types';

export const DATABASE_FILE_NAME = 'duanhui.sqlite';

export interface OpenMeetingServiceOptions extends Omit<MeetingServiceOptions, 'store' | 'ownsStore'> {
  /** The user data folder; the database is `<dataDir>/duanhui.sqlite`, backups in `<dataDir>/backups/`. */
  dataDir: string;
  /** Passed to openDatabase (backupDir, keepBackups, timeZone of file names…). */
  storage?: Omit<OpenOptions, 'now' | 'log'>;
  storageLog?: (entry: StorageLogEntry) => void;
}

/**
 * Opens the database in `dataDir`, takes the daily backup when it is due, and starts the
 * service on it (rebuilding any live meeting). `close()` closes the database too.
 *
 * Throws a StorageError when the database cannot be used (corrupt, from a newer version,
 * read-only folder…): its message, in zh-CN and English, says what happened, where the file was
 * moved and which backup can be restored. Nothing else throws.
 */
export function openMeetingService(options: OpenMeetingServiceOptions): MeetingService {
  const { dataDir, storage, storageLog, ...rest } = options;
  const clock = rest.clock ?? createServiceClock();
  const store = openDatabase(path.join(dataDir, DATABASE_FILE_NAME), {
    ...storage,
    now: () => clock.now(),
    ...(storageLog ? { log: storageLog } : {}),
  });
  try {
    // openDatabase takes it already when due; asking again costs nothing and keeps this promise explicit.
    store.backupIfDue();
  } catch (e) {
    storageLog?.({
      level: 'warn',
      event: 'backup-failed',
      zh: `每日备份失败：${e instanceof Error ? e.message : String(e)}`,
      en: `Daily backup failed: ${e instanceof Error ? e.message : String(e)}`,
      file: store.file,
    });
  }
  return createMeetingService({ ...rest, clock, store, ownsStore: true });
}
