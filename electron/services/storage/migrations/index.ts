import type { DatabaseSync } from 'node:sqlite';
import { inTransaction, pragmaNumber } from '../db-helpers';
import type { Migration } from './migration';
import { v1InitialSchema } from './v1-initial-schema';
import { v2DocumentsAndCheckedPolicy } from './v2-documents-and-checked-policy';
import { v3PlanningWorkflow } from './v3-planning-workflow';

export type { Migration } from './migration';

/** Every schema step in order; `MIGRATIONS[i].version === i + 1`. */
export const MIGRATIONS: readonly Migration[] = [v1InitialSchema, v2DocumentsAndCheckedPolicy, v3PlanningWorkflow];

export const CURRENT_SCHEMA_VERSION = MIGRATIONS.length;

/** `PRAGMA application_id` of a Duanhui database ('DHUI'), so a foreign SQLite file is recognised. */
export const DUANHUI_APPLICATION_ID = 0x44485549;

/**
 * Brings `db` from its `user_version` up to `to`, one transaction per step, and returns the
 * versions applied. Exposed so tests can build a file of an older version with the real steps.
 */
export const applyMigrations = (db: DatabaseSync, opts: { to?: number; now: number }): number[] => {
  const to = opts.to ?? CURRENT_SCHEMA_VERSION;
  const applied: number[] = [];
  for (const step of MIGRATIONS) {
    if (step.version > to) break;
    const ran = inTransaction(db, () => {
      // Read under the write lock: another process opening the same file may have just done it.
      if (pragmaNumber(db, 'user_version') >= step.version) return false;
      step.up(db, { now: opts.now });
      if (step.version === 1) db.exec(`PRAGMA application_id = ${DUANHUI_APPLICATION_ID}`);
      db.exec(`PRAGMA user_version = ${step.version}`);
      return true;
    });
    if (ran) applied.push(step.version);
  }
  return applied;
};
