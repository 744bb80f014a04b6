import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ScheduleSchema } from '../../../electron/core/schedule/schedule-schema';
import { PolicySchema } from '../../../electron/core/policy/policy';
import { describeZodError, formatIssues, InputFileError } from '../../../electron/core/validation/zod-issues';

const scheduleText = `{
  "format": "duanhui-schedule",
  "version": 1,
  "meetings": [
    {
      "id": "m1",
      "title": "全县经济工作会议",
      "kind": "working",
      "start": "2026-03-05T9:00",
      "durationMinutes": 90.5,
      "agenda": [
        { "kind": "speech", "minutes": 8 },
        { "kind": "speech", "minutes": 8 },
        { "kind": "speach", "minutes": 8, "colour": "red" }
      ]
    }
  ]
}`;

const issuesOf = (schema: z.ZodType, text: string, file?: string) => {
  const r = schema.safeParse(JSON.parse(text));
  if (r.success) throw new Error('expected a failure');
  return describeZodError(r.error, { source: text, ...(file ? { file } : {}) });
};

describe('describeZodError', () => {
  const issues = issuesOf(ScheduleSchema, scheduleText, 'week.json');
  const byPath = (p: string) => issues.find((i) => i.path === p);

  it('names an enum field by JSON path, with the allowed values and its line', () => {
    expect(byPath('meetings[0].agenda[2].kind')).toMatchObject({
      line: 14,
      file: 'week.json',
      messageEn: 'expected one of: "keynote", "speech", "report", "remarks", "other"',
    });
    expect(byPath('meetings[0].agenda[2].kind')?.messageZh).toContain('应为以下之一');
  });

  it('reports an unknown key at its own path and line', () => {
    expect(byPath('meetings[0].agenda[2].colour')).toMatchObject({ line: 14, messageEn: 'unknown field (a typo?)' });
  });

  it('keeps a schema’s own wording for a pattern', () => {
    expect(byPath('meetings[0].start')?.messageEn).toContain('2026-03-05T09:00');
    expect(byPath('meetings[0].start')?.line).toBe(9);
  });

  it('says an integer was expected', () => {
    expect(byPath('meetings[0].durationMinutes')).toMatchObject({ line: 10, messageZh: '应为整数' });
  });

  it('reports a missing field at its parent’s line', () => {
    const text = '{\n  "format": "duanhui-schedule",\n  "version": 1,\n  "meetings": [\n    { "id": "m1", "title": "t", "kind": "working", "durationMinutes": 30 }\n  ]\n}';
    const [missing] = issuesOf(ScheduleSchema, text);
    expect(missing).toMatchObject({ path: 'meetings[0].start', line: 5 });
    expect(missing?.messageZh).toContain('缺少必填字段');
    expect(missing?.messageEn).toContain('required field is missing');
  });

  it('describes ranges and literals', () => {
    const text = '{"eveningStart": "6pm", "meetingCapMinutes": -1, "approvalRoles": [], "noMeetingMonths": [13]}';
    const issues = issuesOf(PolicySchema, text);
    expect(issues.map((i) => i.path).sort()).toEqual(['approvalRoles', 'eveningStart', 'meetingCapMinutes', 'noMeetingMonths[0]']);
    expect(issues.find((i) => i.path === 'meetingCapMinutes')?.messageEn).toBe('must be at least 0');
    expect(issues.find((i) => i.path === 'noMeetingMonths[0]')?.messageEn).toBe('must be at most 12');
    expect(issues.find((i) => i.path === 'approvalRoles')?.messageEn).toBe('must have at least 1 item');
    expect(issues.find((i) => i.path === 'eveningStart')?.messageZh).toContain('HH:MM');
    const lit = issuesOf(ScheduleSchema, '{"format": "x", "version": 2, "meetings": []}');
    expect(lit.map((i) => i.messageEn)).toEqual(['expected "duanhui-schedule"', 'expected 1']);
  });

  it('works without a source (no line numbers)', () => {
    const r = ScheduleSchema.safeParse({ format: 'duanhui-schedule', version: 1, meetings: 'none' });
    if (r.success) throw new Error('expected a failure');
    expect(describeZodError(r.error)).toEqual([
      { path: 'meetings', message: '应为数组 […]，实际为字符串 / expected array, got string', messageZh: '应为数组 […]，实际为字符串', messageEn: 'expected array, got string' },
    ]);
  });

  it('formats one issue a line, file and line first', () => {
    const text = formatIssues(issues);
    expect(text.split('\n')).toHaveLength(issues.length);
    expect(text).toContain('week.json:14: meetings[0].agenda[2].kind: 应为以下之一');
    const e = new InputFileError('week.json', issues, '日程文件无效 / invalid schedule');
    expect(e.message.split('\n')[0]).toBe('日程文件无效 / invalid schedule');
    expect(e.issues).toBe(issues);
  });
});
