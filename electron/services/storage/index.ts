// Durable storage of Duanhui: one SQLite file through node:sqlite (WAL, synchronous=FULL).
export { openDatabase } from './open-database';
export { restoreBackup, type RestoreResult } from './restore-backup';
export { BACKUP_KEEP, defaultBackupDir, listBackups, type BackupInfo } from './backups';
export { StorageError, isStorageError, type StorageErrorCode, type StorageErrorDetails } from './storage-error';
export { STORAGE_MESSAGES } from './storage-messages';
export { CURRENT_SCHEMA_VERSION, DUANHUI_APPLICATION_ID, MIGRATIONS, applyMigrations, type Migration } from './migrations';
export type { Store, MeetingInput } from './store';
export type * from './types';
