import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/services/storage';
import { makeTempDir, removeTempDir, sampleMeeting, testClock, TZ } from './helpers';

const PROBE = path.join(import.meta.dirname, 'fixtures', 'open-probe.ts');
const NOBODY = 65534;

/**
 * Root writes through chmod 0o555, so as root the probe runs as `nobody`, for whom the bits
 * hold. Where a process cannot drop to another user the test would prove nothing: it is skipped.
 */
const isRoot = process.getuid?.() === 0;
const asUser = isRoot ? { uid: NOBODY, gid: NOBODY } : {};
const canDropPrivileges =
  !isRoot || spawnSync(process.execPath, ['-e', 'process.exit(0)'], { ...asUser, stdio: 'ignore' }).status === 0;
const SKIP_REASON = 'tests run as root and cannot start a process as an unprivileged user, so chmod stops nothing';

interface Outcome {
  file: string;
  ok: boolean;
  code?: string;
  zh?: string;
  en?: string;
  meetings?: number;
}

/** One child for all cases: starting TypeScript in a child takes seconds on a busy machine. */
const probe = (files: string[]): Map<string, Outcome> => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', PROBE, ...files], {
    ...asUser,
    cwd: process.cwd(),
    encoding: 'utf8',
    env: { ...process.env, NODE_NO_WARNINGS: '1' },
  });
  const lines = r.stdout.split('\n').filter((l) => l.startsWith('{'));
  if (lines.length !== files.length) throw new Error(`probe failed (status ${r.status}): ${r.stderr}`);
  return new Map(lines.map((l) => JSON.parse(l) as Outcome).map((o) => [o.file, o]));
};

/** A folder the probe's user owns, holding a database with one meeting. */
const folderWithDatabase = (root: string, name: string) => {
  const dir = path.join(root, name);
  const file = path.join(dir, 'duanhui.sqlite');
  const store = openDatabase(file, { now: testClock().now, timeZone: TZ });
  store.upsertMeeting(sampleMeeting());
  store.close();
  if (isRoot) {
    for (const p of [dir, ...fs.readdirSync(dir, { recursive: true }).map((n) => path.join(dir, String(n)))]) {
      fs.chownSync(p, NOBODY, NOBODY);
    }
  }
  return { dir, file };
};

const snapshot = (dir: string) =>
  Object.fromEntries(
    fs
      .readdirSync(dir, { recursive: true })
      .map(String)
      .sort()
      .map((n) => {
        const p = path.join(dir, n);
        return [n, fs.statSync(p).isFile() ? fs.readFileSync(p).toString('base64') : 'dir'];
      }),
  );

describe.skipIf(!canDropPrivileges)(`a read-only place${canDropPrivileges ? '' : ` (skipped: ${SKIP_REASON})`}`, () => {
  const cases = {} as Record<'roFolder' | 'newInRoFolder' | 'roFile' | 'writable', { dir: string; file: string }>;
  const before = {} as Record<string, ReturnType<typeof snapshot>>;
  let outcomes: Map<string, Outcome>;
  let root = '';
  afterAll(() => removeTempDir(root));

  beforeAll(() => {
    root = makeTempDir();
    if (isRoot) fs.chownSync(root, NOBODY, NOBODY);
    fs.chmodSync(root, 0o755);
    cases.roFolder = folderWithDatabase(root, 'ro-folder');
    cases.roFile = folderWithDatabase(root, 'ro-file');
    cases.writable = folderWithDatabase(root, 'writable');
    const empty = path.join(root, 'empty-ro-folder');
    fs.mkdirSync(empty);
    if (isRoot) fs.chownSync(empty, NOBODY, NOBODY);
    cases.newInRoFolder = { dir: empty, file: path.join(empty, 'fresh.sqlite') };

    before.roFolder = snapshot(cases.roFolder.dir);
    before.roFile = snapshot(cases.roFile.dir);
    fs.chmodSync(cases.roFolder.dir, 0o555);
    fs.chmodSync(empty, 0o555);
    fs.chmodSync(cases.roFile.file, 0o444);
    outcomes = probe(Object.values(cases).map((c) => c.file));
    fs.chmodSync(cases.roFolder.dir, 0o755);
    fs.chmodSync(empty, 0o755);
  }, 60_000);

  it('a database in a read-only folder: a clear message, and not a byte changed', () => {
    const outcome = outcomes.get(cases.roFolder.file)!;
    expect(outcome).toMatchObject({ ok: false, code: 'read-only' });
    expect(outcome.zh).toContain(`文件夹 ${cases.roFolder.dir} 是只读的`);
    expect(outcome.zh).toContain('数据没有丢失');
    expect(outcome.en).toContain('No data was lost');
    expect(snapshot(cases.roFolder.dir)).toEqual(before.roFolder);
    const store = openDatabase(cases.roFolder.file, { now: testClock().now, timeZone: TZ });
    expect(store.getMeeting('m1')).not.toBeNull();
    store.close();
  });

  it('a new database in a read-only folder: a clear message, and no file created', () => {
    expect(outcomes.get(cases.newInRoFolder.file)).toMatchObject({ ok: false, code: 'read-only' });
    expect(fs.readdirSync(cases.newInRoFolder.dir)).toEqual([]);
  });

  it('a read-only database file in a writable folder: a clear message, and not a byte changed', () => {
    expect(outcomes.get(cases.roFile.file)).toMatchObject({ ok: false, code: 'read-only' });
    expect(snapshot(cases.roFile.dir)).toEqual(before.roFile);
  });

  it('a writable one opens with its data for the same user (the probe itself works)', () => {
    expect(outcomes.get(cases.writable.file)).toMatchObject({ ok: true, meetings: 1 });
  });
});
