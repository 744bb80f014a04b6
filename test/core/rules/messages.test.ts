import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../../../electron/core/policy/ids';
import { formatFinding, MESSAGE_KEYS, severityTerm, type Finding } from '../../../electron/core/rules';
import { check, policy } from './fixtures';

const both = (f: Finding | undefined) => {
  if (!f) throw new Error('expected a finding');
  return [formatFinding(f, 'zh-CN'), formatFinding(f, 'en')];
};
const first = (m: Record<string, unknown>, rule: Finding['rule'], c: Parameters<typeof check>[1] = {}) =>
  check(m, c).find((f) => f.rule === rule);

describe('formatFinding', () => {
  it('no-meeting month and half month', () => {
    expect(both(first({ start: '2026-03-05T09:00' }, 'no-meeting-period'))).toEqual([
      '3月为无会月：工作日会议须在18:00以后或休息日召开（本会议定于2026-03-05 星期四 09:00召开）',
      'March is a no-meeting month: a meeting on a working day must start at 18:00 or later, or be held on a rest day (this one starts on Thursday, 2026-03-05 at 09:00)',
    ]);
    expect(both(first({ start: '2026-02-28T17:59' }, 'no-meeting-period'))).toEqual([
      '下半月（16日起）为无会期：工作日会议须在18:00以后或休息日召开（本会议定于2026-02-28 星期六 17:59召开，该日为调休上班日）',
      'The second half of the month (from the 16th) is a no-meeting period: a meeting on a working day must start at 18:00 or later, or be held on a rest day (this one starts on Saturday, 2026-02-28 at 17:59; that Saturday is an adjusted working day)',
    ]);
    const custom = { policy: policy({ noMeetingMonths: [7], halfMonthStartDay: 21, eveningStart: '17:30' }) };
    expect(both(first({ start: '2026-07-02T09:00' }, 'no-meeting-period', custom))[0]).toBe(
      '7月为无会月：工作日会议须在17:30以后或休息日召开（本会议定于2026-07-02 星期四 09:00召开）',
    );
    expect(both(first({ start: '2026-04-22T09:00' }, 'no-meeting-period', custom))).toEqual([
      '下半月（21日起）为无会期：工作日会议须在17:30以后或休息日召开（本会议定于2026-04-22 星期三 09:00召开）',
      'The second half of the month (from the 21st) is a no-meeting period: a meeting on a working day must start at 17:30 or later, or be held on a rest day (this one starts on Wednesday, 2026-04-22 at 09:00)',
    ]);
  });

  it('names the item: 第3项 会议发言《…》（张三）', () => {
    const agenda = [
      { kind: 'keynote', minutes: 20, chars: 100 },
      { kind: 'speech', minutes: 8 },
      { kind: 'speech', minutes: 9, title: '关于项目建设的发言', speaker: '张三' },
    ];
    expect(both(first({ agenda }, 'speech-limit'))).toEqual([
      '第3项 会议发言《关于项目建设的发言》（张三）：会议发言控制在8分钟以内，本项计划9分钟，超出1分钟',
      'Item 3, speech “关于项目建设的发言” (张三): a speech is limited to 8 minutes; 9 are planned, 1 over',
    ]);
  });

  it('caps, extensions, keynote and pages', () => {
    expect(both(first({ durationMinutes: 121 }, 'duration-cap'))).toEqual([
      '一般工作性会议不超过2小时：本会议计划121分钟，超出1分钟',
      'A working meeting may last at most 2 hours (120 minutes): this one is planned for 121 minutes, 1 over',
    ]);
    expect(both(first({ agenda: [{ kind: 'report', minutes: 8, extensionMinutes: 6, speaker: '王五', unit: '县财政局' }] }, 'extension-limit'))).toEqual([
      '第1项 汇报（王五，县财政局）：延时须事先申明且只能延长5分钟以内，本项申明延时6分钟',
      'Item 1, report (王五, 县财政局): an extension, declared in advance, may be at most 5 minutes; 6 are declared',
    ]);
    expect(both(first({ agenda: [{ kind: 'remarks', minutes: 8, extensionMinutes: 1 }] }, 'extension-limit'))).toEqual([
      '第1项 领导讲话：只有会议发言、汇报可以事先申明延时，本项申明了1分钟',
      'Item 1, leader’s remarks: only speech and report items may declare an extension; this one declares 1 minute',
    ]);
    expect(both(first({ agenda: [{ kind: 'keynote', title: '政府工作报告', minutes: 30, text: '字'.repeat(5001) }] }, 'keynote-length'))).toEqual([
      '第1项 会议主题报告《政府工作报告》：会议主题报告不超过5000字，本报告5001字，超出1字',
      'Item 1, keynote report “政府工作报告”: a keynote report may be at most 5000 字 (Word’s character count); this one has 5001, 1 over',
    ]);
    expect(both(first({ agenda: [{ kind: 'keynote', minutes: 30 }] }, 'keynote-length'))).toEqual([
      '第1项 会议主题报告：未附文本或字数，暂无法核对会议主题报告不超过5000字的要求',
      'Item 1, keynote report: no text or count is attached yet, so the 5000-字 limit on keynote reports cannot be checked',
    ]);
    expect(both(first({ kind: 'standing-committee', agenda: [{ kind: 'report', minutes: 8, pages: 4 }] }, 'report-pages'))).toEqual([
      '第1项 汇报：向县委常委会、县政府常务会汇报工作一般不超过3页纸，本汇报4页',
      'Item 1, report: a report to the standing committee should as a rule be at most 3 pages; this one is 4 pages',
    ]);
  });

  it('agenda overrun', () => {
    expect(both(first({ durationMinutes: 30, agenda: [{ kind: 'speech', minutes: 8 }, { kind: 'other', minutes: 23 }] }, 'agenda-overrun'))).toEqual([
      '议程合计31分钟，超过会议时长30分钟（多1分钟）',
      'The agenda adds up to 31 minutes, more than the meeting’s 30 minutes (1 over)',
    ]);
    expect(both(first({ durationMinutes: 30, agenda: [{ kind: 'speech', minutes: 8, extensionMinutes: 5 }, { kind: 'other', minutes: 20 }] }, 'agenda-overrun'))).toEqual([
      '议程合计28分钟，加上事先申明的延时5分钟共33分钟，超过会议时长30分钟（多3分钟）',
      'The agenda’s 28 minutes fit, but with the 5 minutes of declared extensions it takes 33 minutes, more than the meeting’s 30 (3 over)',
    ]);
  });

  it('approvals: 全县性会议, 县委书记, 县长', () => {
    const m = { countyWide: true, approvals: [{ role: 'county-head', approvedAt: '2026-04-13T09:00', name: '赵六' }] };
    const findings = check(m).filter((f) => f.rule === 'approval-required');
    expect(findings.map((f) => formatFinding(f, 'zh-CN'))).toEqual([
      '全县性会议须提前报县委书记批准：未登记县委书记的批准',
      '全县性会议须提前报县长批准：县长（赵六）的批准时间2026-04-13 09:00不早于会议开始时间2026-04-13 09:00',
    ]);
    expect(findings.map((f) => formatFinding(f, 'en'))).toEqual([
      'A county-wide meeting needs the prior approval of the county party secretary: none is recorded',
      'A county-wide meeting needs the prior approval of the county head: the approval by 赵六 is dated 2026-04-13 09:00, not before the meeting starts at 2026-04-13 09:00',
    ]);
  });

  it('calendar coverage', () => {
    expect(both(first({ start: '2030-04-01T09:00' }, 'calendar-coverage'))).toEqual([
      '内置的国务院节假日安排不含2030年（现有2025–2026年），休息日仅按周末判断；请导入2030年的节假日安排',
      'The official holiday calendar does not cover 2030 (it has 2025–2026), so rest days were judged by weekday alone; import the State Council’s notice for 2030',
    ]);
  });

  it('every rule and code the engine emits has words in both languages, all params filled', () => {
    const scenarios = [
      check({ kind: 'standing-committee', countyWide: true, start: '2030-03-05T09:00', durationMinutes: 150,
        approvals: [{ role: 'county-head', approvedAt: '2030-03-05T10:00' }],
        agenda: [
          { kind: 'keynote', minutes: 30 }, { kind: 'report', minutes: 9, pages: 4, extensionMinutes: 6 },
          { kind: 'remarks', minutes: 60, extensionMinutes: 1 }, { kind: 'keynote', minutes: 50, chars: 6000 },
        ] }),
      check({ start: '2026-04-20T09:00', durationMinutes: 60, agenda: [{ kind: 'speech', minutes: 55, extensionMinutes: 5 }] }),
      check({ start: '2026-02-30T09:00', durationMinutes: 10, agenda: [{ kind: 'other', minutes: 11 }] }),
      check({ countyWide: true, approvals: [{ role: 'party-secretary', approvedAt: '2026-02-31T09:00' }] }),
    ].flat();
    const seen = new Set(scenarios.map((f) => `${f.rule}/${f.code}`));
    expect([...seen].sort()).toEqual([...MESSAGE_KEYS].sort());
    for (const rule of RULE_IDS) expect(MESSAGE_KEYS.some((k) => k.startsWith(`${rule}/`))).toBe(true);
    for (const f of scenarios) {
      for (const lang of ['zh-CN', 'en'] as const) {
        const text = formatFinding(f, lang);
        expect(text, `${f.rule}/${f.code} ${lang}`).not.toMatch(/undefined|NaN|\?|\[object/);
        expect(text.length).toBeGreaterThan(10);
      }
      expect(formatFinding(f, 'zh-CN')).toMatch(/[\u4e00-\u9fff]/);
      expect(formatFinding(f, 'en')).toMatch(/^[A-Z]/);
    }
  });

  it('never throws on an unknown code or missing params', () => {
    const odd: Finding = { rule: 'duration-cap', severity: 'error', code: 'from-the-future', params: { x: 1 } };
    expect(formatFinding(odd, 'zh-CN')).toBe('会议时长（from-the-future）：x=1');
    expect(formatFinding(odd, 'en')).toBe('Meeting length (from-the-future): x=1');
    expect(formatFinding({ rule: 'speech-limit', severity: 'error', code: 'over-limit', params: {} }, 'zh-CN')).toContain('第?项');
    expect(severityTerm('warning', 'zh-CN')).toBe('警告');
    expect(severityTerm('warning', 'en')).toBe('warning');
  });
});
