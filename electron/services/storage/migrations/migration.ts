import type { DatabaseSync } from 'node:sqlite';

/**
 * One forward step of the schema. `up` runs inside the transaction that also sets
 * `PRAGMA user_version` to `version`, so a step is applied whole or not at all.
 * Never edit a released step: add the next one.
 */
export interface Migration {
  version: number;
  /** What the step does, for logs. */
  name: string;
  up(db: DatabaseSync, ctx: { now: number }): void;
}
