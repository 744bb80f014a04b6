import { describe, expect, it } from 'vitest';
import { checkHuman, checkJson, summarize, whenText, type MeetingResult } from '../../electron/cli/check-output';
import type { Finding, Lang } from '../../electron/core/rules/finding';
import { MeetingSchema, type Meeting } from '../../electron/core/schedule/schedule-schema';

const meeting = (over: Partial<Meeting> = {}): Meeting =>
  MeetingSchema.parse({ id: 'm1', title: '县长办公会', kind: 'working', start: '2026-03-05T09:00', durationMinutes: 90, ...over });

const finding = (severity: Finding['severity'], item?: number): Finding => ({
  rule: 'speech-limit',
  severity,
  code: 'x',
  params: {},
  ...(item === undefined ? {} : { item }),
});
const format = (f: Finding, lang: Lang) => `${lang}:${f.severity}`;

describe('whenText', () => {
  it('gives date, weekday and span in civil time', () => {
    expect(whenText(meeting(), 'Asia/Shanghai', 'zh-CN')).toBe('2026-03-05 周四 09:00–10:30');
    expect(whenText(meeting(), 'Asia/Shanghai', 'en')).toBe('2026-03-05 Thu 09:00–10:30');
  });

  it('says when a meeting ends on a later day', () => {
    const late = meeting({ start: '2026-03-05T23:00', durationMinutes: 120 });
    expect(whenText(late, 'Asia/Shanghai', 'zh-CN')).toBe('2026-03-05 周四 23:00–01:00（次日）');
    expect(whenText(late, 'Asia/Shanghai', 'en')).toBe('2026-03-05 Thu 23:00–01:00 (+1 day)');
  });

  it('converts a start written with an offset or Z into the schedule zone', () => {
    expect(whenText(meeting({ start: '2026-03-05T01:00Z' }), 'Asia/Shanghai', 'zh-CN')).toBe('2026-03-05 周四 09:00–10:30');
    expect(whenText(meeting({ start: '2026-03-04T20:00-0500' }), 'Asia/Shanghai', 'zh-CN')).toBe('2026-03-05 周四 09:00–10:30');
  });
});

describe('checkJson and summarize', () => {
  const results: MeetingResult[] = [
    { meeting: meeting(), findings: [finding('error'), finding('warning', 2)] },
    { meeting: meeting({ id: 'm2' }), findings: [finding('info', 0)] },
    { meeting: meeting({ id: 'm3' }), findings: [] },
  ];

  it('has exactly the documented shape; item only when a finding has one', () => {
    expect(JSON.parse(checkJson(results, 'en', format))).toEqual({
      meetings: [
        {
          id: 'm1',
          findings: [
            { rule: 'speech-limit', severity: 'error', message: 'en:error' },
            { rule: 'speech-limit', severity: 'warning', message: 'en:warning', item: 2 },
          ],
        },
        { id: 'm2', findings: [{ rule: 'speech-limit', severity: 'info', message: 'en:info', item: 0 }] },
        { id: 'm3', findings: [] },
      ],
      summary: { errors: 1, warnings: 1, infos: 1 },
    });
  });

  it('counts by severity', () => {
    expect(summarize([])).toEqual({ errors: 0, warnings: 0, infos: 0 });
    expect(summarize(results)).toEqual({ errors: 1, warnings: 1, infos: 1 });
  });

  it('the human summary counts meetings that are not compliant', () => {
    const text = checkHuman(results, format, { file: 's.json', timeZone: 'Asia/Shanghai', lang: 'zh-CN' });
    expect(text.split('\n')[0]).toBe('日程：s.json（3 个会议，时区 Asia/Shanghai）');
    expect(text.split('\n').at(-1)).toBe('合计：3 个会议，1 个不合规；错误 1 条，警告 1 条，提示 1 条。');
    expect(text).toContain('  [m1] 一般工作性会议 · 90 分钟');
  });
});
