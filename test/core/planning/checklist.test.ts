import { describe, expect, it } from 'vitest';
import { bundledCalendar } from '../../../electron/core/calendar';
import { checklistLines, checklistReasons, checklistSummary } from '../../../electron/core/planning';
import { RULE_IDS } from '../../../electron/core/policy/ids';
import { DEFAULT_POLICY } from '../../../electron/core/policy/policy';
import { checkMeeting } from '../../../electron/core/rules';
import { MeetingSchema, type Meeting } from '../../../electron/core/schedule/schedule-schema';

const ctx = { policy: DEFAULT_POLICY, calendar: bundledCalendar(), timeZone: 'Asia/Shanghai' };
const meeting = (m: Partial<Meeting> = {}): Meeting =>
  MeetingSchema.parse({ id: 'm', title: '全县招商引资工作推进会', kind: 'working', start: '2026-04-08T09:00', durationMinutes: 90, ...m });
const lines = (m: Meeting) => checklistLines(m, checkMeeting(m, ctx), ctx);
const byRule = (m: Meeting) => Object.fromEntries(lines(m).map((l) => [l.rule, l.status]));

describe('checklistLines', () => {
  it('has one line per rule, in policy.md order', () => {
    expect(lines(meeting()).map((l) => l.rule)).toEqual([...RULE_IDS]);
  });

  it('cannot judge the agenda rules before there is an agenda', () => {
    const m = meeting();
    expect(byRule(m)).toMatchObject({
      'no-meeting-period': 'pass',
      'duration-cap': 'pass',
      'agenda-overrun': 'unknown',
      'speech-limit': 'unknown',
      'keynote-length': 'unknown',
      'approval-required': 'pass',
      'calendar-coverage': 'pass',
    });
    const overrun = lines(m).find((l) => l.rule === 'agenda-overrun')!;
    expect(checklistReasons(overrun, 'zh-CN')).toEqual(['尚未填写议程，暂无法核对']);
    expect(checklistReasons(overrun, 'en')).toEqual(['No agenda has been entered yet, so this cannot be checked']);
  });

  it('gives each passing rule its reason, in both languages', () => {
    const m = meeting({
      start: '2026-03-07T09:00',
      countyWide: true,
      approvals: [
        { role: 'party-secretary', name: '王建国', approvedAt: '2026-03-01T10:00', documentNumber: '县委〔2026〕5号' },
        { role: 'county-head', name: '李明', approvedAt: '2026-03-02T16:30' },
      ],
      agenda: [
        { kind: 'keynote', title: '工作安排', minutes: 20, chars: 4800 },
        { kind: 'speech', title: '发言', minutes: 8, extensionMinutes: 5 },
        { kind: 'remarks', title: '讲话', minutes: 15 },
      ],
    });
    const all = lines(m);
    expect(checklistSummary(all)).toEqual({ pass: 9, fail: 0, warn: 0, unknown: 0 });
    const text = (rule: string, lang: 'zh-CN' | 'en') => checklistReasons(all.find((l) => l.rule === rule)!, lang)[0];
    expect(text('no-meeting-period', 'zh-CN')).toBe('会议定于2026-03-07 星期六 09:00，在无会期内但该日为双休日');
    expect(text('agenda-overrun', 'zh-CN')).toBe('议程合计43分钟，加申明延时共48分钟，不超过会议时长90分钟');
    expect(text('keynote-length', 'zh-CN')).toBe('会议主题报告4800字，不超过5000字');
    expect(text('approval-required', 'zh-CN')).toBe(
      '已提前报批：县委书记王建国（2026-03-01 10:00，文号县委〔2026〕5号）、县长李明（2026-03-02 16:30）',
    );
    expect(text('approval-required', 'en')).toBe(
      'Approved in advance by the county party secretary (王建国) on 2026-03-01 10:00, no. 县委〔2026〕5号 and the county head (李明) on 2026-03-02 16:30',
    );
    expect(text('report-pages', 'en')).toBe('Applies only to reports to the standing committee');
    for (const l of all) {
      expect(checklistReasons(l, 'zh-CN')[0]).toBeTruthy();
      expect(checklistReasons(l, 'en')[0]).toMatch(/^[A-Z]/);
    }
  });

  it('fails a rule with an error finding and says why', () => {
    const m = meeting({ start: '2026-03-05T09:00', durationMinutes: 150 });
    expect(byRule(m)).toMatchObject({ 'no-meeting-period': 'fail', 'duration-cap': 'fail' });
    const line = lines(m).find((l) => l.rule === 'duration-cap')!;
    expect(checklistReasons(line, 'zh-CN')[0]).toContain('超出30分钟');
  });

  it('marks warnings and unknown lengths', () => {
    const m = meeting({
      kind: 'standing-committee',
      agenda: [
        { kind: 'report', title: '汇报一', minutes: 8, pages: 4 },
        { kind: 'keynote', title: '报告', minutes: 20 },
      ],
    });
    expect(byRule(m)).toMatchObject({ 'report-pages': 'warn', 'keynote-length': 'unknown' });
    const noPages = meeting({ kind: 'standing-committee', agenda: [{ kind: 'report', title: '汇报', minutes: 8 }] });
    const line = lines(noPages).find((l) => l.rule === 'report-pages')!;
    expect(line.status).toBe('unknown');
    expect(checklistReasons(line, 'zh-CN')).toEqual(['第1项汇报未附材料，页数未知']);
  });

  it('passes an exempt meeting on the caps and says it is exempt', () => {
    const m = meeting({ kind: 'plenary', durationMinutes: 180, agenda: [{ kind: 'keynote', title: 'k', minutes: 60, chars: 9000 }] });
    const all = lines(m);
    expect(all.find((l) => l.rule === 'duration-cap')!.status).toBe('pass');
    expect(checklistReasons(all.find((l) => l.rule === 'keynote-length')!, 'zh-CN')[0]).toBe('县委全委（扩大）会不受主题报告字数限制（本报告9000字）');
  });
});
