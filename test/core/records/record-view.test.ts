import { describe, expect, it } from 'vitest';
import {
  buildDisciplineReport,
  clockSpan,
  dateRangeText,
  percent,
  recordAgendaTable,
  recordApprovalFacts,
  recordFacts,
  recordFindingsTable,
  recordMessagesTable,
  reportOrganiserTable,
  reportPeriodText,
  reportRange,
  reportSummaryFacts,
  signedClockSpan,
  wordsSpan,
} from '../../../electron/core/records';
import { MIN, SEC, Sim, TZ, meetingOf } from './record-fixtures';
import { generateMonth } from './month-fixture';

function record() {
  const sim = new Sim(
    meetingOf({
      id: 'v',
      title: '全县安全生产工作会议',
      kind: 'working',
      countyWide: true,
      start: '2026-04-08T09:00',
      durationMinutes: 60,
      organiser: '县应急管理局',
      approvals: [
        { role: 'party-secretary', name: '王书记', approvedAt: '2026-04-07T10:00' },
        { role: 'county-head', name: '赵县长', approvedAt: '2026-04-08T09:30' },
      ],
      agenda: [
        { id: 'a', kind: 'speech', title: '安全检查情况', speaker: '张三', unit: '县应急管理局', minutes: 8, extensionMinutes: 5 },
        { id: 'b', kind: 'report', speaker: '李四', minutes: 8 },
      ],
    }),
  );
  sim.do({ type: 'start-meeting', overrideReason: '县长批准晚于开会时间' }).do({ type: 'start-item' });
  sim.wait(3 * MIN).do({ type: 'message', text: '请简要汇报' });
  sim.wait(7 * MIN).do({ type: 'next' });
  sim.wait(6 * MIN).do({ type: 'end-meeting' });
  return sim.record({ policyVersion: 2 });
}

describe('formatting', () => {
  it('writes spans, differences and shares the way a record shows them', () => {
    expect([clockSpan(0), clockSpan(90 * SEC), clockSpan(62 * MIN + 5 * SEC), clockSpan(-45 * SEC)]).toEqual(['0:00', '1:30', '1:02:05', '−0:45']);
    expect([signedClockSpan(90 * SEC), signedClockSpan(0), signedClockSpan(-MIN)]).toEqual(['+1:30', '0:00', '−1:00']);
    expect([wordsSpan(12 * MIN + 30 * SEC, 'zh-CN'), wordsSpan(12 * MIN, 'zh-CN'), wordsSpan(65 * MIN, 'zh-CN'), wordsSpan(45 * SEC, 'en')]).toEqual([
      '12分30秒',
      '12分钟',
      '1小时05分',
      '45 s',
    ]);
    expect([percent(6 / 7), percent(null), percent(1)]).toEqual(['85.7%', '—', '100.0%']);
    expect(dateRangeText('2026-04-01', '2026-04-30', 'zh-CN')).toBe('2026年4月1日至4月30日');
  });
});

describe('the record as a person reads it', () => {
  const r = record();

  it('facts in zh-CN name the kind, the times, the cap and the speeches', () => {
    const facts = Object.fromEntries(recordFacts(r, 'zh-CN').map((f) => [f.label, f.value]));
    expect(facts['会议类型']).toBe('一般工作性会议（全县性会议）');
    expect(facts['计划时间']).toBe('2026年4月8日（星期三）09:00–10:00（1小时00分）');
    expect(facts['实际时间']).toBe('2026年4月8日（星期三）09:00–09:16');
    expect(facts['会议用时']).toBe('16分钟');
    expect(facts['时长上限']).toBe('2小时00分，未超出');
    expect(facts['发言']).toBe('发言、汇报2人次，超时1人次，各项合计超时2分钟');
    expect(facts['无会期']).toBe('否');
    expect(facts['适用规则']).toBe('默认规则（policy.md）（第2版）');
  });

  it('the agenda table has planned against actual, overtime marked', () => {
    const t = recordAgendaTable(r, 'zh-CN');
    expect(t.columns.map((c) => c.label)).toEqual(['序号', '类型', '议题', '发言人', '计划', '限时', '实际', '超时', '延时（申明/使用）', '状态']);
    expect(t.rows.map((x) => x.cells)).toEqual([
      ['1', '会议发言', '安全检查情况', '张三（县应急管理局）', '8:00', '8:00', '10:00', '+2:00', '5:00/—', '已完成'],
      ['2', '汇报', '—', '李四', '8:00', '8:00', '6:00', '—', '—', '已完成'],
    ]);
    expect(t.rows.map((x) => x.tone)).toEqual(['alert', 'normal']);
    expect(t.footer).toEqual(['', '合计', '', '', '16:00', '', '16:00', '+2:00', '—', '']);
  });

  it('messages, approvals and findings read as sentences', () => {
    expect(recordMessagesTable(r, 'zh-CN').rows[0]!.cells).toEqual(['09:03', '请简要汇报', '安全检查情况（张三）']);
    const approvals = recordApprovalFacts(r, 'zh-CN');
    expect(approvals.map((a) => a.value)).toEqual([
      '全县性会议，须提前报县委书记、县长批准',
      '县委书记（王书记），2026年4月7日（星期二）10:00',
      '县长（赵县长），2026年4月8日（星期三）09:30（不早于会议开始，不算提前批准）',
      '县长的提前批准',
      '主持人于2026年4月8日（星期三）09:00在缺少县长批准的情况下开始会议。理由：县长批准晚于开会时间',
    ]);
    const findings = recordFindingsTable(r, 'zh-CN');
    expect(findings.rows[0]!.cells.slice(0, 2)).toEqual(['错误', '全县性会议审批']);
    expect(recordFindingsTable(r, 'en').rows[0]!.cells[0]).toBe('error');
  });

  it('English is complete', () => {
    const facts = recordFacts(r, 'en');
    expect(facts.every((f) => !/[\u4e00-\u9fff]/.test(f.label))).toBe(true);
    expect(recordAgendaTable(r, 'en').rows[1]!.cells).toEqual(['2', 'report', '—', '李四', '8:00', '8:00', '6:00', '—', '—', 'Done']);
  });
});

describe('the report as a person reads it', () => {
  const { records } = generateMonth();
  const april = reportRange('month', '2026-04', TZ);
  const report = buildDisciplineReport(records, { from: april.from, to: april.to, period: 'month', timeZone: TZ });

  it('names its period and sums up in sentences', () => {
    expect(reportPeriodText(report, 'zh-CN')).toBe('2026年4月');
    expect(reportPeriodText(report, 'en')).toBe('April 2026');
    const odd = buildDisciplineReport(records, { from: april.from, to: april.from + 10 * 24 * 60 * MIN, period: 'month', timeZone: TZ });
    expect(reportPeriodText(odd, 'zh-CN')).toBe('2026年4月1日至4月10日');
    const facts = Object.fromEntries(reportSummaryFacts(report, 'zh-CN').map((f) => [f.label, f.value]));
    expect(facts['召开会议']).toBe(`${report.summary.meetings}场`);
    expect(facts['控制在时长上限内']).toMatch(/^\d+\/\d+场，占\d+\.\d%（不含不限时会议）$/);
  });

  it('the organiser table has a totals line', () => {
    const t = reportOrganiserTable(report, 'zh-CN');
    expect(t.rows).toHaveLength(report.byOrganiser.length);
    expect(t.footer![0]).toBe('合计');
    expect(t.footer![1]).toBe(String(report.summary.meetings));
  });
});
