import type { Migration } from './migration';

/**
 * Version 3: the planning room's tables. A planned meeting gets an approval status
 * (draft → submitted → approved), the exceptions an approver recorded with a reason, and the
 * history of its status changes; an administrator's imported holiday calendars are kept so
 * they outlive a restart. Meetings saved before are drafts (no row = draft).
 */
export const v3PlanningWorkflow: Migration = {
  version: 3,
  name: 'planning: approval status, exceptions, history; imported calendar years',
  up(db) {
    db.exec(`
      CREATE TABLE planning_status (
        meeting_id TEXT PRIMARY KEY REFERENCES meetings(id) ON DELETE CASCADE,
        status     TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'approved')),
        updated_at INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE planning_exceptions (
        id          INTEGER PRIMARY KEY,
        meeting_id  TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        rule        TEXT NOT NULL,
        reason      TEXT NOT NULL CHECK (length(trim(reason)) > 0),
        recorded_by TEXT,
        recorded_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX planning_exceptions_by_meeting ON planning_exceptions(meeting_id, id);

      CREATE TABLE planning_history (
        id          INTEGER PRIMARY KEY,
        meeting_id  TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        at          INTEGER NOT NULL,
        action      TEXT NOT NULL,
        from_status TEXT,
        to_status   TEXT,
        actor       TEXT,
        note        TEXT
      ) STRICT;
      CREATE INDEX planning_history_by_meeting ON planning_history(meeting_id, id);

      CREATE TABLE calendar_years (
        year        INTEGER PRIMARY KEY,
        json        TEXT NOT NULL CHECK (json_valid(json)),
        file_name   TEXT,
        imported_at INTEGER NOT NULL
      ) STRICT;
    `);
  },
};
