import type { Lang } from '../rules/finding';
import { MEETING_KIND_TERMS, ROLE_TERMS } from '../rules/messages';
import type { DisciplineReport, ReportFigures } from './discipline-report';
import { clockSpan, dateRangeText, hours, percent, shortDateTime, wordsSpan } from './record-format';
import { justificationText } from './record-view';
import { reportRange } from './report-period';
import { col, type ViewFact, type ViewTable } from './view-table';

/** The discipline report as a person reads it; pure data for the screen and the PDF. */

const zh = (lang: Lang) => lang === 'zh-CN';
const dash = '—';

export const REPORT_TITLE = { 'zh-CN': '会风会纪情况统计', en: 'Meeting discipline report' } as const;

/** `2026年4月` when the range is exactly the period's, else the dates. */
export function reportPeriodText(r: DisciplineReport, lang: Lang): string {
  const key =
    r.period === 'month'
      ? r.firstDate.slice(0, 7)
      : r.period === 'quarter'
        ? `${r.firstDate.slice(0, 4)}-Q${Math.floor((Number(r.firstDate.slice(5, 7)) - 1) / 3) + 1}`
        : r.firstDate.slice(0, 4);
  try {
    const natural = reportRange(r.period, key, r.timeZone);
    if (natural.from === r.from && natural.to === r.to) return natural.label[lang];
  } catch {
    // fall through to the dates
  }
  return dateRangeText(r.firstDate, r.lastDate, lang);
}

const avgText = (ms: number | null, lang: Lang) => (ms === null ? dash : wordsSpan(Math.round(ms / 1000) * 1000, lang));

/** 总体情况: the headline figures, one a line. */
export function reportSummaryFacts(r: DisciplineReport, lang: Lang): ViewFact[] {
  const z = zh(lang);
  const s = r.summary;
  const f = (label: string, value: string, tone: ViewFact['tone'] = 'normal'): ViewFact => ({ label, value, tone });
  return [
    f(z ? '统计期间' : 'Period', `${reportPeriodText(r, lang)}${z ? `（${dateRangeText(r.firstDate, r.lastDate, lang)}）` : ` (${dateRangeText(r.firstDate, r.lastDate, lang)})`}`),
    f(z ? '召开会议' : 'Meetings held', z ? `${s.meetings}场${s.unfinished ? `（其中${s.unfinished}场尚未结束）` : ''}` : `${s.meetings}${s.unfinished ? ` (${s.unfinished} not yet ended)` : ''}`),
    f(z ? '会议总时长' : 'Total time', z ? `${hours(s.totalMs)}小时` : `${hours(s.totalMs)} h`),
    f(z ? '平均时长' : 'Average length', avgText(s.averageMs, lang)),
    f(
      z ? '最长会议' : 'Longest meeting',
      s.longest ? (z ? `${s.longest.title}（${wordsSpan(s.longest.elapsedMs, lang)}）` : `${s.longest.title} (${wordsSpan(s.longest.elapsedMs, lang)})`) : dash,
    ),
    f(
      z ? '控制在时长上限内' : 'Within the cap',
      z
        ? `${s.withinCap}/${s.cappedMeetings}场，占${percent(s.withinCapShare)}（不含不限时会议）`
        : `${s.withinCap} of ${s.cappedMeetings}, ${percent(s.withinCapShare)} (exempt kinds not counted)`,
      s.withinCap < s.cappedMeetings ? 'alert' : 'normal',
    ),
    f(
      z ? '发言、汇报' : 'Speeches and reports',
      z
        ? `${s.speeches}人次，超时${s.overtimeSpeeches}人次，占${percent(s.overtimeShare)}，合计超时${wordsSpan(s.overtimeMs, lang)}`
        : `${s.speeches}; ${s.overtimeSpeeches} over time (${percent(s.overtimeShare)}), ${wordsSpan(s.overtimeMs, lang)} over in total`,
      s.overtimeSpeeches > 0 ? 'alert' : 'normal',
    ),
    f(
      z ? '延时' : 'Extensions',
      z
        ? `事先申明${s.extensionsDeclared}人次，批准使用${s.extensionsGranted}人次，共用去${wordsSpan(s.extensionUsedMs, lang)}`
        : `${s.extensionsDeclared} declared, ${s.extensionsGranted} granted, ${wordsSpan(s.extensionUsedMs, lang)} used`,
    ),
    f(z ? '无会期召开' : 'In no-meeting periods', z ? `${s.noMeetingPeriod}场` : String(s.noMeetingPeriod), s.noMeetingPeriod > 0 ? 'alert' : 'normal'),
    f(z ? '未经审批强制开会' : 'Started by override', z ? `${s.overrides}场` : String(s.overrides), s.overrides > 0 ? 'alert' : 'normal'),
  ];
}

const figureCells = (f: ReportFigures): string[] => [
  String(f.meetings),
  hours(f.totalMs),
  f.averageMs === null ? dash : clockSpan(f.averageMs),
  f.cappedMeetings === 0 ? dash : `${f.withinCap}/${f.cappedMeetings}`,
  String(f.speeches),
  `${f.overtimeSpeeches}${f.speeches ? ` (${percent(f.overtimeShare)})` : ''}`,
  `${f.extensionsGranted}/${f.extensionsDeclared}`,
  String(f.noMeetingPeriod),
  String(f.overrides),
];

const figureColumns = (lang: Lang) => {
  const z = zh(lang);
  return [
    col('meetings', z ? '会议数' : 'Meetings', 6, 'right'),
    col('hours', z ? '总时长(时)' : 'Hours', 7, 'right'),
    col('average', z ? '平均时长' : 'Average', 8, 'right'),
    col('withinCap', z ? '未超时/应限时' : 'Within cap', 8, 'right'),
    col('speeches', z ? '发言人次' : 'Speeches', 6, 'right'),
    col('overtime', z ? '超时人次' : 'Over time', 9, 'right'),
    col('extensions', z ? '延时 使用/申明' : 'Ext. used/decl.', 8, 'right'),
    col('noMeeting', z ? '无会期' : 'No-mtg period', 6, 'right'),
    col('overrides', z ? '强制开会' : 'Overrides', 6, 'right'),
  ];
};

/** 按主办单位: the same figures for each organiser, with a totals line. */
export function reportOrganiserTable(r: DisciplineReport, lang: Lang): ViewTable {
  const z = zh(lang);
  return {
    columns: [col('organiser', z ? '主办单位' : 'Organiser', 16), ...figureColumns(lang)],
    rows: r.byOrganiser.map((o) => ({
      cells: [o.organiser ?? (z ? '（未填写）' : '(not given)'), ...figureCells(o)],
      tone: 'normal',
    })),
    footer: [z ? '合计' : 'Total', ...figureCells(r.summary)],
    empty: z ? '本期没有召开会议。' : 'No meetings were held in this period.',
  };
}

/** 会议清单: every meeting counted, in the order held. */
export function reportMeetingsTable(r: DisciplineReport, lang: Lang): ViewTable {
  const z = zh(lang);
  return {
    columns: [
      col('date', z ? '开始时间' : 'Started', 15),
      col('title', z ? '会议名称' : 'Meeting', 18),
      col('organiser', z ? '主办单位' : 'Organiser', 12),
      col('kind', z ? '类型' : 'Kind', 13),
      col('length', z ? '用时' : 'Length', 8, 'right'),
      col('speeches', z ? '发言/超时' : 'Speeches/over', 8, 'right'),
      col('flags', z ? '说明' : 'Notes', 12),
    ],
    rows: r.meetings.map((m) => {
      const flags = [
        m.withinCap === false ? (z ? '超过时长上限' : 'over the cap') : '',
        m.inNoMeetingPeriod ? (z ? '无会期' : 'no-meeting period') : '',
        m.overridden ? (z ? '强制开会' : 'override') : '',
        m.ended ? '' : z ? '未结束' : 'not ended',
      ].filter(Boolean);
      return {
        cells: [
          shortDateTime(m.startedAt, r.timeZone, lang),
          m.title,
          m.organiser ?? dash,
          zh(lang) ? MEETING_KIND_TERMS[m.kind].zh : MEETING_KIND_TERMS[m.kind].en,
          clockSpan(m.elapsedMs),
          `${m.speeches}/${m.overtimeSpeeches}`,
          flags.join(z ? '、' : ', ') || dash,
        ],
        tone: flags.length > 0 ? 'alert' : 'normal',
      };
    }),
    footer: null,
    empty: z ? '本期没有召开会议。' : 'No meetings were held in this period.',
  };
}

/** 无会期召开的会议, with the reason recorded for each. */
export function reportNoMeetingTable(r: DisciplineReport, lang: Lang): ViewTable {
  const z = zh(lang);
  return {
    columns: [col('date', z ? '开始时间' : 'Started', 16), col('title', z ? '会议名称' : 'Meeting', 18), col('period', z ? '无会期' : 'Period', 8), col('why', z ? '召开理由' : 'Why', 43)],
    rows: r.noMeetingPeriod.map((e) => ({
      cells: [
        shortDateTime(e.startedAt, r.timeZone, lang),
        e.title,
        e.period === 'month' ? (z ? '无会月' : 'month') : z ? '下半月' : 'second half',
        justificationText(e.justification, r.timeZone, lang),
      ],
      tone: e.justification.kind === 'none' ? 'alert' : 'normal',
    })),
    footer: null,
    empty: z ? '本期没有在无会期召开的会议。' : 'No meeting was held in a no-meeting period.',
  };
}

/** 强制开会: county-wide meetings started without every approval, with the chair's reason. */
export function reportOverridesTable(r: DisciplineReport, lang: Lang): ViewTable {
  const z = zh(lang);
  return {
    columns: [col('date', z ? '开始时间' : 'Started', 16), col('title', z ? '会议名称' : 'Meeting', 18), col('missing', z ? '缺少批准' : 'Missing', 12), col('reason', z ? '理由' : 'Reason', 39)],
    rows: r.overrides.map((o) => ({
      cells: [
        shortDateTime(o.startedAt, r.timeZone, lang),
        o.title,
        o.missingRoles.map((role) => (z ? ROLE_TERMS[role].zh : ROLE_TERMS[role].en)).join(z ? '、' : ', '),
        o.reason,
      ],
      tone: 'normal',
    })),
    footer: null,
    empty: z ? '本期没有强制开会的情况。' : 'No meeting was started by override.',
  };
}
