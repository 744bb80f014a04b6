import {
  isoLocal,
  justificationText,
  minutes,
  reportPeriodText,
  type DisciplineReport,
  type ReportFigures,
} from '../../core/records';
import type { Lang } from '../../core/rules/finding';
import { MEETING_KIND_TERMS, ROLE_TERMS } from '../../core/rules/messages';
import { csvSections, type CsvCell } from './csv-text';

const zh = (lang: Lang) => lang === 'zh-CN';
const pct = (share: number | null): number | null => (share === null ? null : Math.round(share * 1000) / 10);
const hours = (ms: number) => Math.round((ms / 3_600_000) * 100) / 100;
const yes = (b: boolean, lang: Lang) => (b ? (zh(lang) ? '是' : 'yes') : zh(lang) ? '否' : 'no');

export const REPORT_CSV_SECTIONS: Record<Lang, string[]> = {
  'zh-CN': ['总体情况', '按主办单位', '会议清单', '无会期召开的会议', '强制开会'],
  en: ['Summary', 'By organiser', 'Meetings', 'Meetings in no-meeting periods', 'Started by override'],
};

export const organiserHeader = (lang: Lang): string[] =>
  zh(lang)
    ? ['主办单位', '会议数', '总时长（小时）', '平均时长（分钟）', '应限时会议数', '未超时会议数', '未超时占比（%）', '发言人次', '超时人次', '超时占比（%）', '发言超时合计（分钟）', '申明延时人次', '使用延时人次', '延时用时（分钟）', '无会期召开', '强制开会']
    : ['Organiser', 'Meetings', 'Total (h)', 'Average (min)', 'Capped meetings', 'Within cap', 'Within cap (%)', 'Speeches', 'Over time', 'Over time (%)', 'Speech overtime (min)', 'Extensions declared', 'Extensions granted', 'Extension used (min)', 'In no-meeting period', 'Overrides'];

const figureCells = (f: ReportFigures): CsvCell[] => [
  f.meetings,
  hours(f.totalMs),
  f.averageMs === null ? null : minutes(f.averageMs),
  f.cappedMeetings,
  f.withinCap,
  pct(f.withinCapShare),
  f.speeches,
  f.overtimeSpeeches,
  pct(f.overtimeShare),
  minutes(f.overtimeMs),
  f.extensionsDeclared,
  f.extensionsGranted,
  minutes(f.extensionUsedMs),
  f.noMeetingPeriod,
  f.overrides,
];

/** The discipline report as CSV: the summary, the organiser table, and every meeting counted. */
export function disciplineReportCsv(r: DisciplineReport, lang: Lang = 'zh-CN'): string {
  const z = zh(lang);
  const s = r.summary;
  const titles = REPORT_CSV_SECTIONS[lang];
  const tz = r.timeZone;
  const organiserName = (o: string | null) => o ?? (z ? '（未填写）' : '(not given)');
  const roles = (list: readonly string[]) =>
    list.map((role) => (z ? ROLE_TERMS[role as keyof typeof ROLE_TERMS].zh : ROLE_TERMS[role as keyof typeof ROLE_TERMS].en)).join(z ? '、' : ', ');
  const summary: [string, CsvCell][] = z
    ? [
        ['统计期间', `${reportPeriodText(r, lang)}（${r.firstDate} 至 ${r.lastDate}）`],
        ['会议数', s.meetings],
        ['其中尚未结束', s.unfinished],
        ['会议总时长（小时）', hours(s.totalMs)],
        ['平均时长（分钟）', s.averageMs === null ? null : minutes(s.averageMs)],
        ['最长会议', s.longest?.title ?? ''],
        ['最长会议时长（分钟）', s.longest ? minutes(s.longest.elapsedMs) : null],
        ['应限时会议数', s.cappedMeetings],
        ['未超时会议数', s.withinCap],
        ['未超时占比（%）', pct(s.withinCapShare)],
        ['发言人次', s.speeches],
        ['超时人次', s.overtimeSpeeches],
        ['超时占比（%）', pct(s.overtimeShare)],
        ['发言超时合计（分钟）', minutes(s.overtimeMs)],
        ['申明延时人次', s.extensionsDeclared],
        ['使用延时人次', s.extensionsGranted],
        ['延时用时（分钟）', minutes(s.extensionUsedMs)],
        ['无会期召开会议数', s.noMeetingPeriod],
        ['强制开会次数', s.overrides],
      ]
    : [
        ['Period', `${reportPeriodText(r, lang)} (${r.firstDate} to ${r.lastDate})`],
        ['Meetings', s.meetings],
        ['Not yet ended', s.unfinished],
        ['Total (h)', hours(s.totalMs)],
        ['Average (min)', s.averageMs === null ? null : minutes(s.averageMs)],
        ['Longest meeting', s.longest?.title ?? ''],
        ['Longest (min)', s.longest ? minutes(s.longest.elapsedMs) : null],
        ['Capped meetings', s.cappedMeetings],
        ['Within cap', s.withinCap],
        ['Within cap (%)', pct(s.withinCapShare)],
        ['Speeches', s.speeches],
        ['Over time', s.overtimeSpeeches],
        ['Over time (%)', pct(s.overtimeShare)],
        ['Speech overtime (min)', minutes(s.overtimeMs)],
        ['Extensions declared', s.extensionsDeclared],
        ['Extensions granted', s.extensionsGranted],
        ['Extension used (min)', minutes(s.extensionUsedMs)],
        ['In no-meeting periods', s.noMeetingPeriod],
        ['Overrides', s.overrides],
      ];
  return csvSections([
    { title: titles[0]!, header: z ? ['指标', '数值'] : ['Figure', 'Value'], rows: summary },
    {
      title: titles[1]!,
      header: organiserHeader(lang),
      rows: [
        ...r.byOrganiser.map((o) => [organiserName(o.organiser), ...figureCells(o)]),
        [z ? '合计' : 'Total', ...figureCells(s)],
      ],
    },
    {
      title: titles[2]!,
      header: z
        ? ['开始时间', '会议名称', '主办单位', '会议类型', '用时（分钟）', '时长上限（分钟）', '超过上限', '发言人次', '超时人次', '发言超时（分钟）', '无会期', '强制开会', '已结束']
        : ['Started', 'Meeting', 'Organiser', 'Kind', 'Length (min)', 'Cap (min)', 'Over the cap', 'Speeches', 'Over time', 'Speech overtime (min)', 'No-meeting period', 'Override', 'Ended'],
      rows: r.meetings.map((m) => [
        isoLocal(m.startedAt, tz),
        m.title,
        organiserName(m.organiser),
        z ? MEETING_KIND_TERMS[m.kind].zh : MEETING_KIND_TERMS[m.kind].en,
        minutes(m.elapsedMs),
        m.capMs === null ? null : minutes(m.capMs),
        m.withinCap === null ? '' : yes(!m.withinCap, lang),
        m.speeches,
        m.overtimeSpeeches,
        minutes(m.overtimeMs),
        yes(m.inNoMeetingPeriod, lang),
        yes(m.overridden, lang),
        yes(m.ended, lang),
      ]),
    },
    {
      title: titles[3]!,
      header: z ? ['开始时间', '会议名称', '主办单位', '无会期', '召开理由'] : ['Started', 'Meeting', 'Organiser', 'Period', 'Why'],
      rows: r.noMeetingPeriod.map((e) => [
        isoLocal(e.startedAt, tz),
        e.title,
        organiserName(e.organiser),
        e.period === 'month' ? (z ? '无会月' : 'month') : z ? '下半月' : 'second half',
        justificationText(e.justification, tz, lang),
      ]),
    },
    {
      title: titles[4]!,
      header: z ? ['开始时间', '会议名称', '主办单位', '缺少批准', '理由'] : ['Started', 'Meeting', 'Organiser', 'Missing', 'Reason'],
      rows: r.overrides.map((o) => [isoLocal(o.startedAt, tz), o.title, organiserName(o.organiser), roles(o.missingRoles), o.reason]),
    },
  ]);
}
