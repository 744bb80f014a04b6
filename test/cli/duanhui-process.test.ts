import { execFile } from 'node:child_process';
import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The real CLI as a clerk runs it: a child process through tsx on the pinned Node 24, no TTY.
 * Each spawn costs about half a second, so only what needs a process is here; the rest of the
 * CLI is tested in-process (run-cli.test.ts).
 */
const ROOT = join(__dirname, '../..');
const BIN = join(ROOT, 'node_modules/.bin');
const SAMPLE = 'docs/examples/sample-schedule.json';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function duanhui(...args: string[]): Promise<Run> {
  const env: NodeJS.ProcessEnv = { ...process.env, PATH: `${BIN}${delimiter}${process.env.PATH ?? ''}` };
  delete env.FORCE_COLOR;
  delete env.NO_COLOR;
  return new Promise((resolve) => {
    execFile(join(BIN, 'tsx'), ['electron/cli/duanhui.ts', ...args], { cwd: ROOT, env, encoding: 'utf8', timeout: 30_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** Exit 2, nothing on stdout, a headline and one sentence naming the file, never a stack. */
function expectInputFailure(run: Run, file: string): string {
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr).not.toContain('    at ');
  const lines = run.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(2);
  expect(lines[1]!.startsWith(file)).toBe(true);
  return lines[1]!;
}

let dir: string;
const files: Record<string, string> = {};
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'duanhui-proc-'));
  const put = async (name: string, content: string) => {
    files[name] = join(dir, name);
    await writeFile(files[name]!, content);
  };
  await put('clean.json', JSON.stringify({ format: 'duanhui-schedule', version: 1, meetings: [{ id: 'a', title: '周例会', kind: 'working', start: '2026-03-02T19:30', durationMinutes: 30 }] }));
  await put('malformed.json', '{\n  "format": "duanhui-schedule",\n  "version": 1,\n  "meetings": [\n    { "id": "a", }\n  ]\n}\n');
  await put(
    'unknown-kind.json',
    '{\n  "format": "duanhui-schedule",\n  "version": 1,\n  "meetings": [\n    {\n      "id": "a",\n      "title": "座谈会",\n      "kind": "symposium",\n      "start": "2026-03-02T19:30",\n      "durationMinutes": 30\n    }\n  ]\n}\n',
  );
  await put('empty.json', '');
  await put('not-a-zip.docx', '这不是 Word 文档，只是改了扩展名的文本。');
  files['huge.json'] = join(dir, 'huge.json');
  await writeFile(files['huge.json'], '');
  await truncate(files['huge.json'], 50 * 1024 * 1024); // sparse: takes no disk space
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

// Generous timeout: the machine may be busy, and each test waits for a whole Node start-up.
describe.concurrent('duanhui as a process', { timeout: 60_000 }, () => {
  it('check the sample: human output, exit 1 (it has errors), no colour without a terminal', async () => {
    const run = await duanhui('check', SAMPLE);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('2026-05-12 周二 09:00–11:30  全县乡村振兴工作推进会');
    expect(run.stdout).toContain('✗ 错误  一般工作性会议不超过2小时');
    expect(run.stdout).toContain('合计：11 个会议，5 个不合规；错误 6 条，警告 3 条，提示 1 条。');
    expect(run.stdout).not.toContain('\x1b[');
  });

  it('check the sample --json: one JSON document on stdout, exit 1', async () => {
    const run = await duanhui('check', SAMPLE, '--json');
    expect(run.code).toBe(1);
    const out = JSON.parse(run.stdout);
    expect(out.summary).toEqual({ errors: 6, warnings: 3, infos: 1 });
    expect(out.meetings[5]).toEqual({
      id: '2026-006',
      findings: [
        { rule: 'duration-cap', severity: 'error', message: '一般工作性会议不超过2小时：本会议计划150分钟，超出30分钟' },
        { rule: 'speech-limit', severity: 'error', message: expect.stringContaining('会议发言控制在8分钟以内'), item: 1 },
      ],
    });
  });

  it('a clean schedule exits 0', async () => {
    const run = await duanhui('check', files['clean.json']!);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('✓ 符合规定');
  });

  it('malformed JSON: line and column', async () => {
    const line = expectInputFailure(await duanhui('check', files['malformed.json']!), files['malformed.json']!);
    expect(line).toBe(`${files['malformed.json']} 第 5 行第 18 列：JSON 格式错误：对象末尾多了逗号。`);
  });

  it('an unknown kind: path, line and the allowed kinds', async () => {
    const line = expectInputFailure(await duanhui('check', files['unknown-kind.json']!), files['unknown-kind.json']!);
    expect(line).toBe(
      `${files['unknown-kind.json']} 第 8 行第 7 列 meetings[0].kind：取值 "symposium" 无效，应为以下之一："working", "standing-committee", "plenary", "work-conference", "statutory"。`,
    );
  });

  it('--lang en: the same failure in English', async () => {
    const line = expectInputFailure(await duanhui('check', files['unknown-kind.json']!, '--lang', 'en'), files['unknown-kind.json']!);
    expect(line).toContain('line 8, column 7, meetings[0].kind: "symposium" is not allowed; expected one of: "working"');
  });

  it('a missing file', async () => {
    const missing = join(dir, 'no-such.json');
    expect(expectInputFailure(await duanhui('check', missing), missing)).toBe(`${missing}：文件不存在。`);
  });

  it('an empty file', async () => {
    expect(expectInputFailure(await duanhui('check', files['empty.json']!), files['empty.json']!)).toBe(`${files['empty.json']}：文件为空。`);
  });

  it('a 50 MB file', async () => {
    const line = expectInputFailure(await duanhui('check', files['huge.json']!), files['huge.json']!);
    expect(line).toContain('文件过大（50.0 MB），上限为 10.0 MB');
  });

  it('count: a .docx that is not a zip', async () => {
    const run = await duanhui('count', files['not-a-zip.docx']!);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).not.toContain('    at ');
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('not-a-zip.docx');
  });
});
