import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  BUNDLED_YEARS,
  CalendarFileSchema,
  calendarYearsFromJson,
  toCalendarFile,
  type CalendarYear,
} from '../../../electron/core/calendar';
import { InputFileError } from '../../../electron/core/validation/zod-issues';

const year = (over: Partial<CalendarYear> = {}): CalendarYear => ({
  year: 2026,
  source: '测试',
  holidays: [
    { name: '元旦', nameEn: "New Year's Day", from: '2026-01-01', to: '2026-01-03' },
    { name: '国庆节', nameEn: 'National Day', from: '2026-10-01', to: '2026-10-07' },
  ],
  adjustedWorkdays: ['2026-01-04', '2026-10-10'],
  ...over,
});
const file = (...years: unknown[]) => ({ format: 'duanhui-calendar', version: 1, years });

/** Every issue as `path: message`, for matching. */
const problems = (value: unknown): string[] => {
  try {
    calendarYearsFromJson(value, { file: 'cal.json' });
    return [];
  } catch (e) {
    expect(e).toBeInstanceOf(InputFileError);
    return (e as InputFileError).issues.map((i) => `${i.path}: ${i.messageZh} | ${i.messageEn}`);
  }
};

describe('CalendarFileSchema', () => {
  it('accepts every bundled year, written out as a file', () => {
    const parsed = CalendarFileSchema.parse(JSON.parse(JSON.stringify(toCalendarFile(BUNDLED_YEARS))));
    expect(parsed.years).toEqual(BUNDLED_YEARS);
  });

  it('accepts a 元旦 that starts on 31 December of the year before (2023)', () => {
    expect(problems(file(BUNDLED_YEARS.find((y) => y.year === 2023)))).toEqual([]);
  });

  it('has a JSON Schema for editors', () => {
    const schema = z.toJSONSchema(CalendarFileSchema, { io: 'input' }) as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['format', 'version', 'years']));
  });

  it.each<[string, unknown, RegExp]>([
    ['a wrong format tag', { ...file(year()), format: 'holiday-cn' }, /^format: 应为 "duanhui-calendar"/],
    ['a wrong version', { ...file(year()), version: 2 }, /^version: 应为 1/],
    ['no years', file(), /^years: 应有不少于 1 项/],
    ['an unknown top-level key', { ...file(year()), papers: [] }, /^papers: 不认识的字段/],
    ['an impossible date', file(year({ adjustedWorkdays: ['2026-02-29'] })), /^years\[0\]\.adjustedWorkdays\[0\]: 不是有效日期 "2026-02-29".*\| not a valid date/],
    ['a date in another format', file(year({ holidays: [{ name: '元旦', nameEn: 'x', from: '2026/01/01', to: '2026-01-01' }] })), /^years\[0\]\.holidays\[0\]\.from: 不是有效日期 "2026\/01\/01"/],
    ['to before from', file(year({ holidays: [{ name: '国庆节', nameEn: 'x', from: '2026-10-07', to: '2026-10-01' }], adjustedWorkdays: [] })), /^years\[0\]\.holidays\[0\]\.to: 结束日 2026-10-01 早于开始日 2026-10-07 \| "to" 2026-10-01 is before "from" 2026-10-07/],
    ['a holiday outside its year', file(year({ holidays: [{ name: '元旦', nameEn: 'x', from: '2027-01-01', to: '2027-01-01' }], adjustedWorkdays: [] })), /^years\[0\]\.holidays\[0\]\.from: 2027-01-01 不在 2026 年内/],
    ['a holiday starting before December of the year before', file(year({ holidays: [{ name: '元旦', nameEn: 'x', from: '2025-11-30', to: '2026-01-01' }], adjustedWorkdays: [] })), /^years\[0\]\.holidays\[0\]\.from: 2025-11-30 不在 2026 年内/],
    ['an over-long period', file(year({ holidays: [{ name: '暑假', nameEn: 'x', from: '2026-07-01', to: '2026-08-31' }], adjustedWorkdays: [] })), /^years\[0\]\.holidays\[0\]\.to: 假期长 62 天/],
    ['overlapping periods', file(year({ holidays: [{ name: 'A', nameEn: 'A', from: '2026-10-01', to: '2026-10-07' }, { name: 'B', nameEn: 'B', from: '2026-10-05', to: '2026-10-08' }], adjustedWorkdays: [] })), /^years\[0\]\.holidays\[1\]\.from: 与 holidays\[0\]（A）重叠/],
    ['a working day on a weekday', file(year({ adjustedWorkdays: ['2026-01-05'] })), /^years\[0\]\.adjustedWorkdays\[0\]: 2026-01-05 是周一，调休上班日应是周六或周日 \| 2026-01-05 is a Monday/],
    ['a working day inside a holiday', file(year({ adjustedWorkdays: ['2026-10-03'] })), /^years\[0\]\.adjustedWorkdays\[0\]: 2026-10-03 在假期“国庆节”之内/],
    ['a repeated working day', file(year({ adjustedWorkdays: ['2026-01-04', '2026-01-04'] })), /^years\[0\]\.adjustedWorkdays\[1\]: 与 adjustedWorkdays\[0\] 重复/],
    ['a working day in another year', file(year({ adjustedWorkdays: ['2027-01-02'] })), /^years\[0\]\.adjustedWorkdays\[0\]: 2027-01-02 不在 2026 年内/],
    ['a repeated year', file(year(), year()), /^years\[1\]\.year: 2026 年与 years\[0\] 重复/],
    ['an empty source', file(year({ source: '  ' })), /^years\[0\]\.source: 不能为空/],
    ['a missing field', file({ year: 2026, source: 'x', holidays: [] }), /^years\[0\]\.adjustedWorkdays: 缺少必填字段/],
    ['a year as text', file({ ...year(), year: '2026' }), /^years\[0\]\.year: 应为数字/],
    ['a typo in a holiday key', file(year({ holidays: [{ name: '元旦', nameEn: 'x', from: '2026-01-01', too: '2026-01-01' } as never], adjustedWorkdays: [] })), /^years\[0\]\.holidays\[0\]\.(too: 不认识的字段|to: 缺少必填字段)/],
  ])('rejects %s, naming the field', (_what, value, expected) => {
    const found = problems(value);
    expect(found.some((p) => expected.test(p)), found.join('\n')).toBe(true);
  });

  it('does not crash on a year whose fields have the wrong types', () => {
    expect(problems(file({ year: 2026, source: 'x', holidays: 'none', adjustedWorkdays: [1] })).length).toBeGreaterThan(0);
  });

  it('warns when a year looks incomplete', () => {
    expect(calendarYearsFromJson(file(year())).warnings).toEqual([expect.stringMatching(/2026 年只有 2 个假期.*2026 has only 2 holiday period/)]);
    expect(calendarYearsFromJson(toCalendarFile(BUNDLED_YEARS)).warnings).toEqual([]);
  });

  it('gives the line of the bad field when it has the text', () => {
    const text = JSON.stringify(file(year({ adjustedWorkdays: ['2026-01-05'] })), null, 2);
    try {
      calendarYearsFromJson(JSON.parse(text), { file: 'cal.json', source: text });
      expect.unreachable();
    } catch (e) {
      const issue = (e as InputFileError).issues[0]!;
      expect(issue.line).toBe(text.split('\n').findIndex((l) => l.includes('"2026-01-05"')) + 1);
      expect((e as Error).message).toMatch(/^日历文件有错误 \/ the calendar file has errors:\ncal\.json:\d+: years\[0\]\.adjustedWorkdays\[0\]: 2026-01-05 是周一/);
    }
  });
});
