import type { DatabaseSync, StatementSync } from 'node:sqlite';

/**
 * Runs `fn` in one write transaction. BEGIN IMMEDIATE takes the write lock up front, so a second
 * process waits (busy_timeout) instead of failing halfway. Nested calls join the outer transaction.
 */
export const inTransaction = <T>(db: DatabaseSync, fn: () => T): T => {
  if (db.isTransaction) return fn();
  db.exec('BEGIN IMMEDIATE');
  try {
    const result = fn();
    db.exec('COMMIT');
    return result;
  } catch (e) {
    // After some failures (SQLITE_FULL at commit, for one) SQLite has already rolled back.
    if (db.isTransaction) {
      try {
        db.exec('ROLLBACK');
      } catch {
        // The original error is the one worth reporting.
      }
    }
    throw e;
  }
};

/** Prepared statements, compiled once per connection. */
export class Statements {
  private readonly cache = new Map<string, StatementSync>();
  constructor(private readonly db: DatabaseSync) {}

  get(sql: string): StatementSync {
    let stmt = this.cache.get(sql);
    if (!stmt) {
      stmt = this.db.prepare(sql);
      this.cache.set(sql, stmt);
    }
    return stmt;
  }
}

export const pragmaValue = (db: DatabaseSync, name: string): unknown => {
  const row = db.prepare(`PRAGMA ${name}`).get() as Record<string, unknown> | undefined;
  return row ? Object.values(row)[0] : undefined;
};

export const pragmaNumber = (db: DatabaseSync, name: string): number => Number(pragmaValue(db, name) ?? 0);
