import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { BUNDLED_YEARS, createOfficialCalendar, mergeCalendars } from '../../../electron/core/calendar';
import { InputFileError } from '../../../electron/core/validation/zod-issues';
import { loadCalendarFile, MAX_CALENDAR_FILE_BYTES } from '../../../electron/services/calendar/calendar-file';

const fixture = (name: string) => fileURLToPath(new URL(`../../fixtures/calendar/${name}`, import.meta.url));
const tmp = mkdtempSync(path.join(tmpdir(), 'duanhui-calendar-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const failure = async (file: string): Promise<InputFileError> => {
  try {
    await loadCalendarFile(file);
  } catch (e) {
    expect(e).toBeInstanceOf(InputFileError);
    return e as InputFileError;
  }
  throw new Error(`expected ${file} to be refused`);
};

describe('loadCalendarFile', () => {
  it('loads a JSON calendar; its 2026 replaces the bundled one', async () => {
    const loaded = await loadCalendarFile(fixture('calendar-import.json'));
    expect(loaded.format).toBe('json');
    expect(loaded.years.map((y) => y.year)).toEqual([2026, 2027]);
    expect(loaded.warnings).toEqual([expect.stringMatching(/2027 年只有 3 个假期/)]);

    const cal = createOfficialCalendar(mergeCalendars(BUNDLED_YEARS, loaded.years));
    expect(cal.years).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027]);
    expect(cal.data?.find((y) => y.year === 2026)?.source).toMatch(/^测试数据：2026 年导入版/);
    expect(cal.dayType('2027-02-14')).toBe('adjusted-workday');
    expect(cal.dayType('2027-02-06')).toBe('holiday');
    expect(cal.dayType('2026-02-14')).toBe('adjusted-workday');
  });

  it('loads an iCalendar feed, naming the file in each year’s source', async () => {
    const loaded = await loadCalendarFile(fixture('cn-2026-daily.ics'));
    expect(loaded.format).toBe('ics');
    expect(loaded.years[0]).toMatchObject({ year: 2026, source: '导入自 / imported from cn-2026-daily.ics — 中国节假日 2026（测试用）' });
    expect(loaded.years[0]!.adjustedWorkdays).toEqual(BUNDLED_YEARS.find((y) => y.year === 2026)!.adjustedWorkdays);
  });

  it('reads a GBK-encoded feed, with a warning', async () => {
    const loaded = await loadCalendarFile(fixture('cn-2026-daily-gbk.ics'));
    expect(loaded.years[0]!.holidays.map((h) => h.name)).toEqual(['元旦', '春节', '清明节', '劳动节', '端午节', '中秋节', '国庆节']);
    expect(loaded.warnings[0]).toMatch(/GB18030/);
  });

  it('reads UTF-8 with a BOM and UTF-16 with a BOM', async () => {
    const json = JSON.stringify({ format: 'duanhui-calendar', version: 1, years: [BUNDLED_YEARS.at(-1)] });
    const bom8 = path.join(tmp, 'bom8.json');
    writeFileSync(bom8, `\uFEFF${json}`, 'utf8');
    const bom16 = path.join(tmp, 'bom16.json');
    writeFileSync(bom16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(json, 'utf16le')]));
    for (const f of [bom8, bom16]) expect((await loadCalendarFile(f)).years.map((y) => y.year)).toEqual([2026]);
  });

  it('says where malformed JSON breaks: file, line and column', async () => {
    const file = fixture('malformed.json');
    const e = await failure(file);
    expect(e.issues).toHaveLength(1);
    expect(e.issues[0]).toMatchObject({ file, line: 5, column: 1 });
    expect(e.message).toBe(
      `日历文件无法导入 / the calendar file cannot be imported:\n${file}:5: (根 / root): JSON 格式错误：对象末尾多了逗号 / malformed JSON: trailing comma before }`,
    );
  });

  it('names the file, the field and its line for every bad field', async () => {
    const file = fixture('bad-fields.json');
    const e = await failure(file);
    const lines = e.message.split('\n');
    expect(lines[0]).toBe('日历文件有错误 / the calendar file has errors:');
    expect(lines.slice(1)).toEqual([
      `${file}:10: years[0].holidays[1].from: 不是有效日期 "2026-02-30"，应为 YYYY-MM-DD，例如 2026-10-01 / not a valid date "2026-02-30", expected YYYY-MM-DD, e.g. 2026-10-01`,
      `${file}:11: years[0].holidays[2].to: 结束日 2026-10-01 早于开始日 2026-10-07 / "to" 2026-10-01 is before "from" 2026-10-07`,
      `${file}:13: years[0].adjustedWorkdays[0]: 2026-01-05 是周一，调休上班日应是周六或周日 / 2026-01-05 is a Monday; an adjusted working day must be a Saturday or Sunday`,
      `${file}:13: years[0].adjustedWorkdays[1]: 2027-01-02 不在 2026 年内 / 2027-01-02 is outside 2026`,
    ]);
  });

  it('names the wrong format tag', async () => {
    const e = await failure(fixture('wrong-format.json'));
    expect(e.issues.map((i) => i.path)).toEqual(expect.arrayContaining(['format', 'version', 'years', 'papers']));
  });

  it.each([
    ['bad-conflict.ics', 10, /2026-01-03 既是假期/],
    ['bad-syntax.ics', 7, /iCalendar 语法错误/],
    ['bad-date.ics', 9, /开始日期无效：2026-02-30/],
  ])('names the file and line of a bad iCalendar file (%s)', async (name, line, message) => {
    const file = fixture(name);
    const e = await failure(file);
    expect(e.issues[0]).toMatchObject({ file, line });
    expect(e.message).toContain(`${file}:${line}: `);
    expect(e.message).toMatch(message);
  });

  it.each<[string, () => string, RegExp]>([
    ['a missing file', () => path.join(tmp, 'nope.json'), /找不到文件 \/ file not found/],
    ['a folder', () => tmp, /不是文件/],
    ['a text file', () => fixture('notes.txt'), /无法识别的日历文件/],
    [
      'a file over 5 MB',
      () => {
        const f = path.join(tmp, 'big.json');
        writeFileSync(f, Buffer.alloc(MAX_CALENDAR_FILE_BYTES + 1, 0x20));
        return f;
      },
      /文件太大（5\.0 MB，上限 5 MB）/,
    ],
    [
      'binary data',
      () => {
        const f = path.join(tmp, 'blob.ics');
        writeFileSync(f, Buffer.from([0x80, 0x81, 0xff, 0x00, 0xfe, 0x80]));
        return f;
      },
      /不是文本/,
    ],
    [
      'an empty JSON file',
      () => {
        const f = path.join(tmp, 'empty.json');
        writeFileSync(f, '');
        return f;
      },
      /JSON 格式错误：文件为空/,
    ],
  ])('refuses %s with a message naming it', async (_what, make, message) => {
    const file = make();
    const e = await failure(file);
    expect(e.file).toBe(file);
    expect(e.message).toContain(file);
    expect(e.message).toMatch(message);
    expect(e.message).not.toMatch(/\n\s+at /); // no stack trace
  });
});
