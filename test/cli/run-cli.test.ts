import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryIo } from '../../electron/cli/cli-io';
import { parseCommandLine, parseLang, runCli, type Commands } from '../../electron/cli/duanhui';

const ROOT = join(__dirname, '../..');
const SAMPLE = join(ROOT, 'docs/examples/sample-schedule.json');
const SAMPLE_ICS = join(ROOT, 'docs/examples/sample-schedule.ics');

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'duanhui-cli-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
const file = async (name: string, content: string): Promise<string> => {
  const p = join(dir, name);
  await writeFile(p, content);
  return p;
};

async function run(...argv: string[]) {
  const io = memoryIo();
  const code = await runCli(argv, io);
  const stdout = io.stdout.join('\n');
  const stderr = io.stderr.join('\n');
  expect(stderr).not.toContain('    at ');
  return { code, stdout, stderr };
}

const CLEAN = JSON.stringify({
  format: 'duanhui-schedule',
  version: 1,
  meetings: [
    {
      id: 'ok-1',
      title: '县发改局项目调度会',
      kind: 'working',
      start: '2026-03-16T19:00',
      durationMinutes: 60,
      agenda: [{ kind: 'speech', title: '进度', unit: '县发改局', minutes: 8, extensionMinutes: 5 }],
    },
  ],
});

describe('parseCommandLine', () => {
  it('reads check and count with their options, in any order', () => {
    expect(parseCommandLine(['check', 'a.json'])).toEqual({ command: 'check', file: 'a.json', json: false, lang: 'zh-CN' });
    expect(parseCommandLine(['check', '--json', '--lang=en', 'a.ics', '--policy', 'p.json', '--calendar', 'c.ics'])).toEqual({
      command: 'check',
      file: 'a.ics',
      json: true,
      lang: 'en',
      policy: 'p.json',
      calendar: 'c.ics',
    });
    expect(parseCommandLine(['count', 'r.docx', '--json'])).toEqual({ command: 'count', file: 'r.docx', json: true, lang: 'zh-CN' });
  });

  it('help in every spelling', () => {
    for (const argv of [[], ['help'], ['--help'], ['-h'], ['check', '--help'], ['count', '-h']]) {
      expect(parseCommandLine(argv)).toEqual({ command: 'help' });
    }
  });

  it('refuses what means nothing, in one short sentence per language', () => {
    const refuse = (argv: string[]) => {
      try {
        parseCommandLine(argv);
      } catch (e) {
        return e as { zh: string; en: string };
      }
      throw new Error('expected a usage error');
    };
    expect(refuse(['lint', 'a']).zh).toBe('未知的命令“lint”。可用命令：check、count、record、report（--help 查看用法）。');
    expect(refuse(['check']).en).toBe('check needs a file name.');
    expect(refuse(['check', 'a', 'b']).en).toBe('check takes one file; got 2.');
    expect(refuse(['check', 'a', '--bogus']).en).toBe('unknown option --bogus; check takes --json, --lang, --help, --policy, --calendar.');
    expect(refuse(['count', 'a', '--policy', 'p']).en).toBe('unknown option --policy; count takes --json, --lang, --help.');
    expect(refuse(['check', 'a', '--lang']).zh).toBe('选项 --lang 需要一个值。');
    expect(refuse(['check', 'a', '--json=yes']).en).toBe('option --json takes no value.');
    expect(refuse(['check', 'a', '--lang', 'fr']).en).toBe('--lang "fr" is not supported; use zh-CN or en.');
  });

  it('parseLang is lenient about spelling, strict about the language', () => {
    expect(parseLang(undefined)).toBe('zh-CN');
    expect(['zh', 'zh-CN', 'zh_CN', 'ZH-cn'].map(parseLang)).toEqual(['zh-CN', 'zh-CN', 'zh-CN', 'zh-CN']);
    expect(['en', 'en-US', 'EN'].map(parseLang)).toEqual(['en', 'en', 'en']);
    expect(() => parseLang('ja')).toThrow();
  });
});

describe('runCli: usage', () => {
  it('--help prints the usage on stdout and exits 0; no arguments prints it on stderr and exits 2', async () => {
    const help = await run('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('npm run duanhui -- check FILE');
    const none = await run();
    expect(none.code).toBe(2);
    expect(none.stdout).toBe('');
    expect(none.stderr).toContain('用法 Usage');
  });

  it('a bad command line exits 2 with one sentence, in the language asked for', async () => {
    expect(await run('check', 'a.json', '--lang', 'fr')).toEqual({ code: 2, stdout: '', stderr: 'duanhui：--lang 的值“fr”无效，可选：zh-CN、en。' });
    expect(await run('check', '--lang', 'en', 'a.json', '--bogus')).toMatchObject({ code: 2, stderr: expect.stringMatching(/^duanhui: unknown option --bogus/) });
  });

  it('an unexpected error is one sentence asking for a report, exit 2', async () => {
    const broken: Commands = {
      check: async () => {
        throw new TypeError("Cannot read properties of undefined (reading 'x')\n    at somewhere (file.ts:1:1)");
      },
      count: async () => {
        throw new Error('unused');
      },
      records: async () => {
        throw new Error('unused');
      },
    };
    const io = memoryIo();
    const code = await runCli(['check', SAMPLE, '--lang', 'en'], io, broken);
    expect(code).toBe(2);
    expect(io.stderr).toEqual([
      "duanhui: an unexpected internal error occurred (TypeError: Cannot read properties of undefined (reading 'x')); please report it.",
    ]);
  });
});

describe('runCli check', () => {
  it('the sample: --json has exactly the documented shape; exit 1', async () => {
    const { code, stdout, stderr } = await run('check', SAMPLE, '--json');
    expect(code).toBe(1);
    expect(stderr).toBe('');
    const out = JSON.parse(stdout);
    expect(Object.keys(out)).toEqual(['meetings', 'summary']);
    expect(out.summary).toEqual({ errors: 6, warnings: 3, infos: 1 });
    expect(out.meetings).toHaveLength(11);
    for (const m of out.meetings) {
      expect(Object.keys(m)).toEqual(['id', 'findings']);
      for (const f of m.findings) {
        expect(['rule', 'severity', 'message', 'item'].slice(0, Object.keys(f).length)).toEqual(Object.keys(f));
        expect(['error', 'warning', 'info']).toContain(f.severity);
      }
    }
    const byId = Object.fromEntries(out.meetings.map((m: { id: string; findings: unknown[] }) => [m.id, m.findings]));
    expect(byId['2026-001']).toEqual([]);
    expect(byId['2026-006']).toEqual([
      { rule: 'duration-cap', severity: 'error', message: expect.stringContaining('150分钟') },
      { rule: 'speech-limit', severity: 'error', message: expect.stringContaining('10分钟'), item: 1 },
    ]);
    expect(byId['2026-008']).toEqual([]); // a holiday inside the second half of June
    expect(byId['2026-004']).toEqual([]); // an evening in March
    expect(byId['2027-001'].map((f: { rule: string }) => f.rule)).toEqual(['calendar-coverage']);
  });

  it('the sample, human and in English', async () => {
    const zh = await run('check', SAMPLE);
    expect(zh.code).toBe(1);
    expect(zh.stdout).toContain('2026-03-10 周二 14:30–15:30  一季度重点项目建设调度会');
    expect(zh.stdout).toContain('  ✗ 错误  3月为无会月');
    expect(zh.stdout).toContain('  ✓ 符合规定');
    expect(zh.stdout.split('\n').at(-1)).toBe('合计：11 个会议，5 个不合规；错误 6 条，警告 3 条，提示 1 条。');
    expect(zh.stdout).not.toContain('\x1b[');
    const en = await run('check', SAMPLE, '--lang', 'en');
    expect(en.stdout).toContain('2026-03-10 Tue 14:30–15:30');
    expect(en.stdout).toContain('  ✗ error  March is a no-meeting month');
    expect(en.stdout.split('\n').at(-1)).toBe('Total: 11 meetings, 5 not compliant; 6 errors, 3 warnings, 1 info.');
  });

  it('colours only when asked (the entry point asks only for a terminal)', async () => {
    const io = memoryIo(true);
    await runCli(['check', SAMPLE], io);
    expect(io.stdout.join('\n')).toContain('\x1b[31m✗ 错误\x1b[0m');
  });

  it('a clean schedule exits 0', async () => {
    const { code, stdout } = await run('check', await file('clean.json', CLEAN));
    expect(code).toBe(0);
    expect(stdout).toContain('✓ 符合规定');
    expect(stdout).toContain('错误 0 条');
  });

  it('an .ics schedule: findings on stdout, loader warnings on stderr', async () => {
    const { code, stdout, stderr } = await run('check', SAMPLE_ICS, '--json');
    expect(code).toBe(1);
    const out = JSON.parse(stdout);
    expect(out.meetings).toHaveLength(5);
    expect(stderr).toMatch(/^警告: .*全天事件/);
  });

  it('--policy changes the numbers and is named in the header', async () => {
    const policy = await file('policy.json', JSON.stringify({ name: '试行规则', meetingCapMinutes: 150, noMeetingMonths: [8] }));
    const { stdout } = await run('check', SAMPLE, '--policy', policy);
    expect(stdout).toContain('规则：试行规则');
    expect(stdout).not.toContain('3月为无会月');
    expect(stdout).not.toContain('不超过2小时');
  });

  it('a bad --policy exits 2 naming the field and its line', async () => {
    const policy = await file('bad-policy.json', '{\n  "meetingCapMinutes": "two hours"\n}');
    const { code, stdout, stderr } = await run('check', SAMPLE, '--policy', policy, '--lang', 'en');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(`${policy}, line 2, column 3, meetingCapMinutes: expected number, got string`);
  });

  it('--calendar with the 2027 notice removes the coverage warning', async () => {
    const calendar = await file(
      'cal-2027.json',
      JSON.stringify({
        format: 'duanhui-calendar',
        version: 1,
        years: [{ year: 2027, source: '测试', holidays: [{ name: '元旦', nameEn: "New Year's Day", from: '2027-01-01', to: '2027-01-03' }], adjustedWorkdays: [] }],
      }),
    );
    const { stdout } = await run('check', SAMPLE, '--json', '--calendar', calendar);
    const out = JSON.parse(stdout);
    expect(out.meetings.find((m: { id: string }) => m.id === '2027-001').findings).toEqual([]);
    expect(out.summary.warnings).toBe(2);
  });

  it('a --calendar file that cannot be read exits 2', async () => {
    const missing = join(dir, 'no-calendar.ics');
    const { code, stderr } = await run('check', SAMPLE, '--calendar', missing, '--lang', 'en');
    expect(code).toBe(2);
    expect(stderr).toBe(`duanhui: cannot read the input.\n${missing}: file not found`);
  });

  it('docs/examples/sample-check-output.txt is what the sample gives today (regenerate: npm run -s duanhui -- check docs/examples/sample-schedule.json > docs/examples/sample-check-output.txt)', async () => {
    const { stdout } = await run('check', 'docs/examples/sample-schedule.json');
    expect(`${stdout}\n`).toBe(readFileSync(join(ROOT, 'docs/examples/sample-check-output.txt'), 'utf8'));
  });

  it('a bad schedule exits 2 with the file, line, path and what was expected', async () => {
    const bad = await file('kind.json', CLEAN.replace('"working"', '"workshop"'));
    const { code, stdout, stderr } = await run('check', bad, '--json');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      `duanhui：无法读取输入。\n${bad} 第 1 行第 ${CLEAN.indexOf('"kind"') + 1} 列 meetings[0].kind：取值 "workshop" 无效，应为以下之一："working", "standing-committee", "plenary", "work-conference", "statutory"。`,
    );
  });
});
