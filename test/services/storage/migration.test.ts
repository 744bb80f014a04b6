import fs from 'node:fs';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../electron/core/policy/policy';
import { MeetingSchema } from '../../../electron/core/schedule/schedule-schema';
import { applyMigrations, CURRENT_SCHEMA_VERSION, listBackups, openDatabase } from '../../../electron/services/storage';
import { logCollector, sampleMeeting, tempDir, testClock, TZ } from './helpers';

/**
 * A version-1 file made the way version 1 of the app made it: the real v1 step, then rows
 * written with v1's columns (no policy_version on meetings, no documents table).
 */
const writeVersion1File = (file: string, now: number) => {
  const db = new DatabaseSync(file);
  db.exec('PRAGMA journal_mode = WAL');
  expect(applyMigrations(db, { to: 1, now })).toEqual([1]);
  const meeting = MeetingSchema.parse(sampleMeeting());
  const { agenda, approvals, ...base } = meeting;
  const ins = (sql: string, ...args: (string | number | null)[]) => db.prepare(sql).run(...args);
  ins('INSERT INTO policies VALUES (1, ?, ?, ?)', DEFAULT_POLICY.name, JSON.stringify(DEFAULT_POLICY), now);
  ins('INSERT INTO policies VALUES (2, ?, ?, ?)', '十分钟发言', JSON.stringify({ ...DEFAULT_POLICY, speechLimitMinutes: 10 }), now);
  ins(
    `INSERT INTO meetings (id, title, kind, organiser, county_wide, time_zone, start_at, end_at, status, json, created_at, updated_at)
     VALUES (?, ?, ?, ?, 1, 'Asia/Shanghai', ?, ?, 'live', ?, ?, ?)`,
    meeting.id,
    meeting.title,
    meeting.kind,
    meeting.organiser ?? null,
    Date.parse('2026-04-08T09:00:00+08:00'),
    Date.parse('2026-04-08T10:30:00+08:00'),
    JSON.stringify(base),
    now,
    now,
  );
  agenda.forEach((item, i) =>
    ins(
      'INSERT INTO agenda_items VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      meeting.id,
      i,
      item.id ?? null,
      item.kind,
      item.title,
      item.speaker ?? null,
      item.minutes,
      item.extensionMinutes ?? 0,
      JSON.stringify(item),
    ),
  );
  approvals.forEach((a, i) =>
    ins('INSERT INTO approvals VALUES (?, ?, ?, ?, ?, ?)', meeting.id, i, a.role, a.name ?? null, a.approvedAt, a.documentNumber ?? null),
  );
  ins(
    "INSERT INTO sessions (id, meeting_id, policy_version, time_zone, meeting_json, started_at) VALUES ('s1', ?, 2, 'Asia/Shanghai', ?, ?)",
    meeting.id,
    JSON.stringify(meeting),
    now,
  );
  for (let seq = 1; seq <= 3; seq++) {
    ins('INSERT INTO session_events VALUES (?, ?, ?, ?, ?)', 's1', seq, now + seq, 'tick', JSON.stringify({ seq, at: now + seq, type: 'tick' }));
  }
  expect((db.prepare('PRAGMA user_version').get() as { user_version: number }).user_version).toBe(1);
  return db;
};

describe('opening a version-1 file', () => {
  it('backs it up, migrates it forward and keeps every meeting, policy, session and event', () => {
    const dir = tempDir();
    const file = path.join(dir, 'duanhui.sqlite');
    const clock = testClock();
    writeVersion1File(file, clock.now()).close();

    const { entries, log } = logCollector();
    const store = openDatabase(file, { now: clock.now, log, timeZone: TZ });
    expect(store.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(entries.find((e) => e.event === 'migrated')?.zh).toContain(`从版本 1 升级到 ${CURRENT_SCHEMA_VERSION}`);

    expect(store.getMeeting('m1')).toMatchObject({
      meeting: MeetingSchema.parse(sampleMeeting()),
      status: 'live',
      // Version 1 meetings were checked under the newest policy of the time.
      policyVersion: 2,
    });
    expect(store.currentPolicy().version).toBe(2);
    expect(store.loadLiveSessions()).toMatchObject([{ session: { id: 's1', policyVersion: 2 }, events: [{ seq: 1 }, { seq: 2 }, { seq: 3 }] }]);
    store.appendEvents('s1', [{ seq: 4, at: clock.now(), type: 'tick' }]);
    // What version 2 added works on the migrated file.
    store.attachDocument('m1', 'k', { fileName: '报告.docx', chars: 4999, pages: 8 });
    expect(store.getMeeting('m1')?.meeting.agenda[0]?.chars).toBe(4999);
    expect(store.integrityCheck()).toEqual([]);

    const backups = listBackups(file);
    expect(backups.map((b) => b.reason).sort()).toEqual([`before-v${CURRENT_SCHEMA_VERSION}`, 'daily']);
    const before = backups.find((b) => b.reason === `before-v${CURRENT_SCHEMA_VERSION}`)!;
    expect(path.basename(before.path)).toMatch(new RegExp(`^duanhui-2026-04-01-\\d{6}-before-v${CURRENT_SCHEMA_VERSION}\\.sqlite$`));
    const copy = new DatabaseSync(before.path, { readOnly: true });
    expect(copy.prepare('PRAGMA user_version').get()).toEqual({ user_version: 1 });
    expect(copy.prepare('SELECT COUNT(*) AS n FROM session_events').get()).toEqual({ n: 3 });
    copy.close();
    store.close();
  });

  it('leaves the file at version 1 when a step fails, and says where the backup is', () => {
    const dir = tempDir();
    const file = path.join(dir, 'duanhui.sqlite');
    const clock = testClock();
    const db = writeVersion1File(file, clock.now());
    // Something version 1 never made, in the way of version 2's new table.
    db.exec('CREATE TABLE documents (x INTEGER)');
    db.close();

    let error: unknown;
    try {
      openDatabase(file, { now: clock.now });
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ code: 'migration-failed' });
    expect((error as Error).message).toContain(`before-v${CURRENT_SCHEMA_VERSION}`);

    const after = new DatabaseSync(file, { readOnly: true });
    expect(after.prepare('PRAGMA user_version').get()).toEqual({ user_version: 1 });
    // The ALTER TABLE of the failed step was rolled back with it.
    const columns = (after.prepare('PRAGMA table_info(meetings)').all() as { name: string }[]).map((c) => c.name);
    expect(columns).not.toContain('policy_version');
    expect(after.prepare('SELECT COUNT(*) AS n FROM meetings').get()).toEqual({ n: 1 });
    after.close();
    expect(fs.existsSync(file)).toBe(true);
  });
});
