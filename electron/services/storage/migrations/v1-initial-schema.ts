import type { Migration } from './migration';

/**
 * The first schema. A meeting is stored as its JSON (without agenda and approvals, which have
 * their own tables) plus the columns the app queries on. Sessions keep a copy of the plan they
 * ran and the policy version they ran under; their event log is append-only.
 */
export const v1InitialSchema: Migration = {
  version: 1,
  name: 'initial schema: policies, meetings, agenda items, approvals, sessions, session events',
  up(db) {
    db.exec(`
      CREATE TABLE policies (
        version    INTEGER PRIMARY KEY,
        name       TEXT NOT NULL,
        json       TEXT NOT NULL CHECK (json_valid(json)),
        created_at INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE meetings (
        id          TEXT PRIMARY KEY,
        title       TEXT NOT NULL,
        kind        TEXT NOT NULL,
        organiser   TEXT,
        county_wide INTEGER NOT NULL CHECK (county_wide IN (0, 1)),
        time_zone   TEXT NOT NULL,
        start_at    INTEGER NOT NULL,
        end_at      INTEGER NOT NULL,
        status      TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'live', 'ended')),
        json        TEXT NOT NULL CHECK (json_valid(json)),
        created_at  INTEGER NOT NULL,
        updated_at  INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX meetings_by_start ON meetings(start_at);
      CREATE INDEX meetings_by_status ON meetings(status, start_at);

      CREATE TABLE agenda_items (
        meeting_id        TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        position          INTEGER NOT NULL,
        item_id           TEXT,
        kind              TEXT NOT NULL,
        title             TEXT NOT NULL,
        speaker           TEXT,
        minutes           INTEGER NOT NULL,
        extension_minutes INTEGER NOT NULL DEFAULT 0,
        json              TEXT NOT NULL CHECK (json_valid(json)),
        PRIMARY KEY (meeting_id, position)
      ) STRICT;

      CREATE TABLE approvals (
        meeting_id      TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        position        INTEGER NOT NULL,
        role            TEXT NOT NULL,
        name            TEXT,
        approved_at     TEXT NOT NULL,
        document_number TEXT,
        PRIMARY KEY (meeting_id, position)
      ) STRICT;

      CREATE TABLE sessions (
        id             TEXT PRIMARY KEY,
        meeting_id     TEXT NOT NULL REFERENCES meetings(id),
        policy_version INTEGER NOT NULL REFERENCES policies(version),
        time_zone      TEXT NOT NULL,
        meeting_json   TEXT NOT NULL CHECK (json_valid(meeting_json)),
        started_at     INTEGER NOT NULL,
        ended_at       INTEGER
      ) STRICT;
      CREATE UNIQUE INDEX sessions_one_live_per_meeting ON sessions(meeting_id) WHERE ended_at IS NULL;

      CREATE TABLE session_events (
        session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        seq        INTEGER NOT NULL,
        at         INTEGER NOT NULL,
        type       TEXT NOT NULL,
        payload    TEXT NOT NULL CHECK (json_valid(payload)),
        UNIQUE (session_id, seq)
      ) STRICT;

      CREATE TRIGGER session_events_append_only BEFORE UPDATE ON session_events
      BEGIN SELECT RAISE(ABORT, 'session_events is append-only'); END;

      CREATE TRIGGER session_events_only_while_live BEFORE INSERT ON session_events
      WHEN (SELECT ended_at FROM sessions WHERE id = NEW.session_id) IS NOT NULL
      BEGIN SELECT RAISE(ABORT, 'session has ended'); END;
    `);
  },
};
