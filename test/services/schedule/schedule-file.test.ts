import { mkdtemp, rm, truncate, writeFile, mkdir, chmod } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../../electron/services/schedule/input-error';
import { loadScheduleFile, parseJsonSchedule } from '../../../electron/services/schedule/schedule-file';

const SAMPLE = join(__dirname, '../../../docs/examples/sample-schedule.json');

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'duanhui-schedule-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const file = async (name: string, content: string | Uint8Array): Promise<string> => {
  const p = join(dir, name);
  await writeFile(p, content);
  return p;
};

/** The InputError a load rejects with (fails the test if it resolves or throws anything else). */
async function inputError(promise: Promise<unknown>): Promise<InputError> {
  const e = await promise.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(InputError);
  return e as InputError;
}

const meeting = (over: Record<string, unknown> = {}) => ({
  id: 'm1',
  title: '全县招商引资工作推进会',
  kind: 'working',
  start: '2026-03-05T09:00',
  durationMinutes: 90,
  ...over,
});
const schedule = (meetings: unknown[], over: Record<string, unknown> = {}) =>
  JSON.stringify({ format: 'duanhui-schedule', version: 1, meetings, ...over }, null, 2);

describe('loadScheduleFile: good files', () => {
  it('reads the sample schedule with defaults applied', async () => {
    const { schedule: s, source, warnings } = await loadScheduleFile(SAMPLE);
    expect(source).toBe('json');
    expect(warnings).toEqual([]);
    expect(s.timeZone).toBe('Asia/Shanghai');
    expect(s.meetings).toHaveLength(11);
    expect(s.meetings.map((m) => m.id)).toContain('2027-001');
    const m = s.meetings.find((x) => x.id === '2026-003')!;
    expect(m.countyWide).toBe(false);
    expect(m.approvals).toEqual([]);
  });

  it('accepts a UTF-8 byte-order mark and an explicit offset', async () => {
    const p = await file('bom.json', `\uFEFF${schedule([meeting({ start: '2026-03-05T09:00+08:00' })])}`);
    const { schedule: s } = await loadScheduleFile(p);
    expect(s.meetings[0]!.start).toBe('2026-03-05T09:00+08:00');
  });

  it('reads a GBK file with a warning', async () => {
    const text = schedule([meeting({ title: '县长办公会' })]);
    // 县长办公会 in GBK; the rest is ASCII, identical in both encodings.
    const gbk = Buffer.concat(
      text.split('县长办公会').flatMap((part, i) => (i === 0 ? [Buffer.from(part)] : [Buffer.from([0xcf, 0xd8, 0xb3, 0xa4, 0xb0, 0xec, 0xb9, 0xab, 0xbb, 0xe1]), Buffer.from(part)])),
    );
    const p = await file('gbk.json', gbk);
    const { schedule: s, warnings } = await loadScheduleFile(p, { lang: 'en' });
    expect(s.meetings[0]!.title).toBe('县长办公会');
    expect(warnings).toEqual(['the file is not UTF-8; it was read as GB18030 (GBK).']);
  });

  it('sniffs the format of a file with another extension', async () => {
    const p = await file('schedule.txt', schedule([meeting()]));
    expect((await loadScheduleFile(p)).source).toBe('json');
  });
});

describe('loadScheduleFile: files that cannot be read', () => {
  it('a missing file', async () => {
    const e = await inputError(loadScheduleFile(join(dir, 'nope.json')));
    expect(e.file).toBe(join(dir, 'nope.json'));
    expect(e.zh).toBe('文件不存在。');
    expect(e.describe('en')).toBe(`${join(dir, 'nope.json')}: the file does not exist.`);
  });

  it('a folder', async () => {
    await mkdir(join(dir, 'folder.json'));
    const e = await inputError(loadScheduleFile(join(dir, 'folder.json')));
    expect(e.en).toBe('this is a folder, not a file.');
  });

  it.skipIf(process.getuid?.() === 0)('an unreadable file', async () => {
    const p = await file('secret.json', schedule([meeting()]));
    await chmod(p, 0o000);
    const e = await inputError(loadScheduleFile(p));
    expect(e.zh).toBe('没有读取该文件的权限。');
  });

  it('an empty file, and one holding only white space', async () => {
    for (const content of ['', ' \n\t\n']) {
      const e = await inputError(loadScheduleFile(await file('empty.json', content)));
      expect(e.zh).toBe('文件为空。');
    }
  });

  it('a 50 MB file is refused by its size, before it is read', async () => {
    const p = join(dir, 'huge.json');
    await writeFile(p, '');
    await truncate(p, 50 * 1024 * 1024); // sparse: no 50 MB written to disk
    const e = await inputError(loadScheduleFile(p));
    expect(e.describe('zh-CN')).toContain('文件过大（50.0 MB），上限为 10.0 MB');
    expect(e.en).toMatch(/too large \(50\.0 MB; the limit is 10\.0 MB\)/);
  });

  it('a binary file', async () => {
    const e = await inputError(loadScheduleFile(await file('photo.json', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3, 0xff, 0xfe]))));
    expect(e.en).toMatch(/not text/);
  });

  it('a file that is neither JSON nor iCalendar', async () => {
    const e = await inputError(loadScheduleFile(await file('notes.txt', '会议安排：下周一开会')));
    expect(e.zh).toContain('应为 .json');
  });
});

describe('parseJsonSchedule: bad JSON and schema errors', () => {
  it('malformed JSON gets its line and column', () => {
    const text = '{\n  "format": "duanhui-schedule",\n  "version": 1\n  "meetings": []\n}';
    try {
      parseJsonSchedule(text, 'bad.json');
      expect.unreachable();
    } catch (e) {
      const err = e as InputError;
      expect(err).toBeInstanceOf(InputError);
      expect([err.line, err.column]).toEqual([4, 3]);
      expect(err.describe('zh-CN')).toMatch(/^bad\.json 第 4 行第 3 列：JSON 格式错误：/);
      expect(err.describe('en')).toMatch(/^bad\.json, line 4, column 3: malformed JSON: .*expected ',' or '}'/);
    }
  });

  it('a full-width quote typed by a Chinese input method is named', () => {
    const err = catchInput(() => parseJsonSchedule('{“format”: 1}', 'q.json'));
    expect(err.describe('zh-CN')).toContain('全角');
  });

  it('an unknown meeting kind: path, line, the value and the allowed kinds', () => {
    const text = schedule([meeting(), meeting({ id: 'm2', kind: 'meeting' })]);
    const err = catchInput(() => parseJsonSchedule(text, 's.json'));
    expect(err.path).toBe('meetings[1].kind');
    expect(err.line).toBe(lineOf(text, '"meeting"'));
    const zh = err.describe('zh-CN');
    expect(zh).toContain(`s.json 第 ${err.line} 行第 7 列 meetings[1].kind：取值 "meeting" 无效`);
    for (const kind of ['working', 'standing-committee', 'plenary', 'work-conference', 'statutory']) expect(zh).toContain(`"${kind}"`);
    expect(err.describe('en')).toContain('"meeting" is not allowed; expected one of: "working"');
  });

  it('an unknown agenda item kind and approval role list theirs', () => {
    const text = schedule([
      meeting({ agenda: [{ kind: 'talk', minutes: 8 }], approvals: [{ role: 'mayor', approvedAt: '2026-03-01T10:00' }] }),
    ]);
    const err = catchInput(() => parseJsonSchedule(text, 's.json'));
    expect(err.issues.map((i) => i.path).sort()).toEqual(['meetings[0].agenda[0].kind', 'meetings[0].approvals[0].role']);
    const en = err.describe('en');
    expect(en).toContain('"keynote", "speech", "report", "remarks", "other"');
    expect(en).toContain('"party-secretary", "county-head"');
  });

  it('a missing field, a wrong type and a typo each say where', () => {
    const text = schedule([{ id: 'm1', title: 't', kind: 'working', start: '2026-03-05T09:00', durationMinutes: '90', organizer: 'x' }]);
    const err = catchInput(() => parseJsonSchedule(text, 's.json'));
    const byPath = Object.fromEntries(err.issues.map((i) => [i.path, i]));
    expect(byPath['meetings[0].durationMinutes']!.en).toMatch(/expected number/);
    expect(byPath['meetings[0].durationMinutes']!.line).toBe(lineOf(text, '"durationMinutes"'));
    expect(byPath['meetings[0].organizer']!.zh).toMatch(/不认识的字段/);
    const missing = catchInput(() => parseJsonSchedule(schedule([{ id: 'm1', kind: 'working', start: '2026-03-05T09:00', durationMinutes: 9 }]), 's.json'));
    expect(missing.path).toBe('meetings[0].title');
    expect(missing.en).toMatch(/required field is missing/);
  });

  it('a badly written start says what form is expected', () => {
    const err = catchInput(() => parseJsonSchedule(schedule([meeting({ start: '2026/3/5 9:00' })]), 's.json'));
    expect(err.path).toBe('meetings[0].start');
    expect(err.zh).toBe('时间 "2026/3/5 9:00" 格式不对，应写作当地时间 2026-03-05T09:00，或带时差 2026-03-05T09:00+08:00。');
  });

  it('a JSON file that is not a schedule gets one sentence, not a dozen field errors', () => {
    const wrong = catchInput(() => parseJsonSchedule(schedule([], { format: 'schedule' }), 's.json'));
    expect(wrong.issues).toHaveLength(1);
    expect(wrong.path).toBe('format');
    expect(wrong.line).toBe(2);
    expect(wrong.en).toBe('not a Duanhui schedule: format should be "duanhui-schedule", not "schedule".');
    const none = catchInput(() => parseJsonSchedule('{\n  "name": "duanhui",\n  "version": "0.1.0"\n}', 'package.json'));
    expect(none.describe('zh-CN')).toBe('package.json 第 1 行第 1 列 format：不是短会日程：format 应为 "duanhui-schedule"，文件中没有该字段。');
    expect(catchInput(() => parseJsonSchedule('[1, 2]', 'a.json')).en).toMatch(/^not a Duanhui schedule: the file should be one JSON object/);
  });

  it('a newer format version asks for an update', () => {
    const newer = catchInput(() => parseJsonSchedule(schedule([], { version: 2 }), 's.json'));
    expect(newer.path).toBe('version');
    expect(newer.en).toContain('version 2 is newer than this program reads');
  });
});

describe('parseJsonSchedule: checks beyond the schema', () => {
  it('meeting ids must be unique', () => {
    const text = schedule([meeting(), meeting({ title: '第二个' })]);
    const err = catchInput(() => parseJsonSchedule(text, 's.json'));
    expect(err.path).toBe('meetings[1].id');
    expect(err.line).toBe(nthLineOf(text, '"id"', 2));
    expect(err.zh).toContain('会议编号“m1”重复（meetings[0] 已使用）');
  });

  it('the time zone must be an IANA name', () => {
    for (const tz of ['+08:00', 'CST', 'Asia/Beijing', '北京时间']) {
      const err = catchInput(() => parseJsonSchedule(schedule([meeting()], { timeZone: tz }), 's.json'));
      expect(err.path).toBe('timeZone');
      expect(err.en).toContain('IANA');
    }
    expect(parseJsonSchedule(schedule([meeting()], { timeZone: 'Asia/Urumqi' }), 's.json').timeZone).toBe('Asia/Urumqi');
  });

  it('dates must exist, in the start and in approvals', () => {
    const text = schedule([
      meeting({ start: '2026-02-30T09:00', approvals: [{ role: 'county-head', approvedAt: '2026-04-31T10:00' }] }),
    ]);
    const err = catchInput(() => parseJsonSchedule(text, 's.json'));
    expect(err.issues.map((i) => i.path)).toEqual(['meetings[0].start', 'meetings[0].approvals[0].approvedAt']);
    expect(err.issues[1]!.line).toBe(lineOf(text, '"approvedAt"'));
    expect(err.describe('zh-CN')).toContain('批准日期“2026-04-31T10:00”不存在');
    expect(() => parseJsonSchedule(schedule([meeting({ start: '2028-02-29T09:00' })]), 's.json')).not.toThrow();
  });

  it('lists at most ten problems and counts the rest', () => {
    const many = Array.from({ length: 12 }, (_, i) => meeting({ id: `m${i}`, kind: 'x' }));
    const err = catchInput(() => parseJsonSchedule(schedule(many), 's.json'));
    const lines = err.describe('en').split('\n');
    expect(lines).toHaveLength(11);
    expect(lines[10]).toBe('… and 2 more problem(s).');
  });
});

function catchInput(fn: () => unknown): InputError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return e as InputError;
  }
  throw new Error('expected an InputError');
}

const lineOf = (text: string, needle: string): number => nthLineOf(text, needle, 1);
function nthLineOf(text: string, needle: string, n: number): number {
  let at = -1;
  for (let k = 0; k < n; k++) at = text.indexOf(needle, at + 1);
  return text.slice(0, at).split('\n').length;
}
