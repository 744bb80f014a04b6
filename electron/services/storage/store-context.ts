import type { DatabaseSync } from 'node:sqlite';
import type { Statements } from './db-helpers';

/** What every repository function needs: the connection, its statements, the clock, the path. */
export interface StoreContext {
  db: DatabaseSync;
  sql: Statements;
  now: () => number;
  file: string;
}
