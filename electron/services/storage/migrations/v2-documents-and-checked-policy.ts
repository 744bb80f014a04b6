import type { Migration } from './migration';

/**
 * Version 2: attached documents get their own table (file name, 字数, pages and, when kept, the
 * text), and a meeting records the policy version it was last checked under. Meetings saved by
 * version 1 were checked under the newest policy of that time, so they get that version.
 */
export const v2DocumentsAndCheckedPolicy: Migration = {
  version: 2,
  name: 'documents table; meetings.policy_version',
  up(db) {
    db.exec(`
      ALTER TABLE meetings ADD COLUMN policy_version INTEGER REFERENCES policies(version);
      UPDATE meetings SET policy_version = (SELECT MAX(version) FROM policies);

      CREATE TABLE documents (
        id          INTEGER PRIMARY KEY,
        meeting_id  TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        item_key    TEXT NOT NULL,
        file_name   TEXT NOT NULL,
        chars       INTEGER CHECK (chars IS NULL OR chars >= 0),
        pages       INTEGER CHECK (pages IS NULL OR pages >= 0),
        text        TEXT,
        attached_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX documents_by_item ON documents(meeting_id, item_key, id);
    `);
  },
};
