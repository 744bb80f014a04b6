import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { buildDisciplineReport, reportRange } from '../../../electron/core/records';
import {
  BOM,
  csvCell,
  csvText,
  disciplineReportCsv,
  meetingRecordCsv,
  organiserHeader,
  RECORD_CSV_SECTIONS,
  recordItemHeader,
  REPORT_CSV_SECTIONS,
} from '../../../electron/services/csv';
import { runEconMeeting } from '../../core/records/econ-meeting';
import { generateMonth } from '../../core/records/month-fixture';
import { TZ } from '../../core/records/record-fixtures';

/** The file as Excel would read it: a real CSV parser, BOM honoured, sections of varying width. */
const read = (text: string): string[][] => parse(text, { bom: true, relax_column_count: true, skip_empty_lines: false }) as string[][];

/** Rows of the section titled `title`: its header, then rows up to the next empty line. */
function section(rows: string[][], title: string): { header: string[]; rows: string[][] } {
  const at = rows.findIndex((r) => r.length === 1 && r[0] === title);
  expect(at, `section ${title}`).toBeGreaterThanOrEqual(0);
  const end = rows.findIndex((r, i) => i > at && r.length === 1 && r[0] === '');
  const body = rows.slice(at + 1, end < 0 ? undefined : end);
  return { header: body[0]!, rows: body.slice(1) };
}

describe('CSV text that Excel and WPS open correctly', () => {
  it('starts with a UTF-8 BOM, ends every line with CRLF, quotes per RFC 4180', () => {
    const text = csvText([
      ['名称', '说明'],
      ['含,逗号', '含"引号"'],
      ['多\n行', ' 前后空格 '],
    ]);
    expect(text.startsWith(BOM)).toBe(true);
    expect(Buffer.from(text, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(text.split('\r\n')).toHaveLength(4);
    // The one bare LF is the one inside the quoted cell.
    expect(text.match(/(?<!\r)\n/g)).toHaveLength(1);
    expect(text).toContain('"含,逗号","含""引号"""');
    expect(read(text)).toEqual([
      ['名称', '说明'],
      ['含,逗号', '含"引号"'],
      ['多\n行', ' 前后空格 '],
    ]);
  });

  it('guards against formula injection: text starting with = + - @ is prefixed with \'', () => {
    expect(['=1+1', '+86 138', '-2', '@SUM(A1)', '\tx', 'ok', '中文=文本'].map(csvCell)).toEqual([
      "'=1+1",
      "'+86 138",
      "'-2",
      "'@SUM(A1)",
      "'\tx",
      'ok',
      '中文=文本',
    ]);
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    // Numbers are numbers: a negative figure is not a formula.
    expect([csvCell(-1.5), csvCell(0), csvCell(null), csvCell(Number.NaN), csvCell(true)]).toEqual(['-1.5', '0', '', '', 'TRUE']);
  });
});

describe('the meeting record as CSV', () => {
  const r = runEconMeeting().sim.record({ policyVersion: 3 });
  const text = meetingRecordCsv(r, 'zh-CN');
  const rows = read(text);

  it('has a BOM, CRLF lines and the five sections with Chinese headers', () => {
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(rows.filter((x) => x.length === 1 && RECORD_CSV_SECTIONS['zh-CN'].includes(x[0]!)).map((x) => x[0])).toEqual(RECORD_CSV_SECTIONS['zh-CN']);
    expect(section(rows, '会议概况').header).toEqual(['项目', '内容']);
    expect(section(rows, '议程执行情况').header).toEqual(recordItemHeader('zh-CN'));
    expect(section(rows, '主持人提示').header).toEqual(['时间', '提示内容', '当时发言']);
  });

  it('has the meeting facts and every item with its figures in minutes', () => {
    const facts = Object.fromEntries(section(rows, '会议概况').rows);
    expect(facts['会议名称']).toBe('全县一季度经济形势分析会');
    expect(facts['会议用时']).toBe('56分40秒（不含休会15分钟）');
    const items = section(rows, '议程执行情况').rows;
    expect(items).toHaveLength(6);
    expect(items[0]).toEqual(['1', '会议发言', '一季度经济运行情况', '张三', '县发改局', '已完成', '8', '8', '12.5', '1.5', '5', '3', '3', '2026-04-20 09:02:10', '2026-04-20 09:14:40']);
    expect(items[2]!.slice(0, 10)).toEqual(['3', '会议发言（临时）', '补充发言', '钱七', '县农业农村局', '已完成', '', '8', '4', '0']);
    expect(items[4]!.slice(5, 9)).toEqual(['跳过', '6', '8', '']);
    const messages = section(rows, '主持人提示').rows;
    expect(messages).toEqual([
      ['2026-04-20 09:09:10', '请抓紧时间', '一季度经济运行情况（张三）'],
      ['2026-04-20 09:22:40', '请注意时间', '财政收支情况（李四）'],
    ]);
    expect(section(rows, '审批情况').rows.at(-1)).toEqual(['强制开会', '主持人于2026年4月20日（星期一）09:02在缺少县长批准的情况下开始会议。理由：县长在省里开会，已电话同意']);
    expect(section(rows, '合规检查').rows.map((x) => x[1])).toEqual(['无会期', '全县性会议审批', '会议主题报告字数']);
  });

  it('a chair message that looks like a formula stays text', () => {
    const sim = runEconMeeting().sim;
    const evil = sim.log.map((e) =>
      e.type === 'command' && e.command.type === 'message' && e.command.text === '请注意时间' ? { ...e, command: { type: 'message' as const, text: '=cmd|\' /C calc\'!A0' } } : e,
    );
    sim.log = evil;
    const out = read(meetingRecordCsv(sim.record(), 'zh-CN'));
    expect(section(out, '主持人提示').rows[1]![1]).toBe("'=cmd|' /C calc'!A0");
  });

  it('English headers too', () => {
    const en = read(meetingRecordCsv(r, 'en'));
    expect(section(en, 'Agenda as run').header).toEqual(recordItemHeader('en'));
  });
});

describe('the discipline report as CSV', () => {
  const { records } = generateMonth();
  const april = reportRange('month', '2026-04', TZ);
  const report = buildDisciplineReport(records, { from: april.from, to: april.to, period: 'month', timeZone: TZ });
  const text = disciplineReportCsv(report, 'zh-CN');
  const rows = read(text);

  it('has a BOM and the sections in order', () => {
    expect(text.startsWith(BOM)).toBe(true);
    expect(rows.filter((x) => x.length === 1 && REPORT_CSV_SECTIONS['zh-CN'].includes(x[0]!)).map((x) => x[0])).toEqual(REPORT_CSV_SECTIONS['zh-CN']);
  });

  it('has the summary figures as numbers', () => {
    const s = Object.fromEntries(section(rows, '总体情况').rows);
    expect(s['统计期间']).toBe('2026年4月（2026-04-01 至 2026-04-30）');
    expect(Number(s['会议数'])).toBe(report.summary.meetings);
    expect(Number(s['发言人次'])).toBe(report.summary.speeches);
    expect(Number(s['超时人次'])).toBe(report.summary.overtimeSpeeches);
    expect(Number(s['发言超时合计（分钟）'])).toBeCloseTo(report.summary.overtimeMs / 60_000, 2);
    expect(Number(s['未超时占比（%）'])).toBeCloseTo(report.summary.withinCapShare! * 100, 1);
    expect(Number(s['无会期召开会议数'])).toBe(report.summary.noMeetingPeriod);
    expect(Number(s['强制开会次数'])).toBe(report.summary.overrides);
  });

  it('has one row per organiser plus a totals row, and one row per meeting', () => {
    const org = section(rows, '按主办单位');
    expect(org.header).toEqual(organiserHeader('zh-CN'));
    expect(org.rows).toHaveLength(report.byOrganiser.length + 1);
    expect(org.rows.at(-1)![0]).toBe('合计');
    expect(org.rows.slice(0, -1).reduce((sum, x) => sum + Number(x[1]), 0)).toBe(report.summary.meetings);
    const meetings = section(rows, '会议清单');
    expect(meetings.rows).toHaveLength(30);
    expect(meetings.rows.map((x) => x[1])).toEqual(report.meetings.map((m) => m.title));
    expect(section(rows, '无会期召开的会议').rows).toHaveLength(report.noMeetingPeriod.length);
    expect(section(rows, '强制开会').rows.map((x) => x[4])).toEqual(report.overrides.map((o) => o.reason));
  });
});
