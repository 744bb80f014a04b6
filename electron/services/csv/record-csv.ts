import {
  itemKindText,
  itemStatusText,
  isoLocal,
  minutes,
  recordApprovalFacts,
  recordFacts,
  recordFindingsTable,
  recordMessagesTable,
  type MeetingRecord,
} from '../../core/records';
import type { Lang } from '../../core/rules/finding';
import { csvSections, type CsvSection } from './csv-text';

const zh = (lang: Lang) => lang === 'zh-CN';

/** The agenda section's header; exported for tests and for anyone reading the file back. */
export const recordItemHeader = (lang: Lang): string[] =>
  zh(lang)
    ? ['序号', '类型', '议题', '发言人', '单位', '状态', '计划（分钟）', '限时（分钟）', '实际用时（分钟）', '超时（分钟）', '申明延时（分钟）', '批准延时（分钟）', '已用延时（分钟）', '开始时间', '结束时间']
    : ['No.', 'Kind', 'Item', 'Speaker', 'Unit', 'Status', 'Planned (min)', 'Limit (min)', 'Actual (min)', 'Overtime (min)', 'Extension declared (min)', 'Extension granted (min)', 'Extension used (min)', 'Started', 'Ended'];

/** Section titles, in file order. */
export const RECORD_CSV_SECTIONS: Record<Lang, string[]> = {
  'zh-CN': ['会议概况', '议程执行情况', '主持人提示', '审批情况', '合规检查'],
  en: ['Meeting', 'Agenda as run', 'Chair messages', 'Approvals', 'Rule check'],
};

/**
 * The meeting record as CSV (UTF-8 with BOM, CRLF): the same facts as the PDF, with spans as
 * minutes (numbers Excel can add up) and instants as `YYYY-MM-DD HH:MM:SS` in the meeting's zone.
 */
export function meetingRecordCsv(r: MeetingRecord, lang: Lang = 'zh-CN'): string {
  const z = zh(lang);
  const titles = RECORD_CSV_SECTIONS[lang];
  const tz = r.timeZone;
  const time = (t: number | null) => (t === null ? '' : isoLocal(t, tz));
  const messages = recordMessagesTable(r, lang);
  const findings = recordFindingsTable(r, lang);
  const sections: CsvSection[] = [
    { title: titles[0]!, header: z ? ['项目', '内容'] : ['Field', 'Value'], rows: recordFacts(r, lang).map((f) => [f.label, f.value]) },
    {
      title: titles[1]!,
      header: recordItemHeader(lang),
      rows: r.items.map((i) => [
        i.index + 1,
        itemKindText(i, lang),
        i.title,
        i.speaker ?? '',
        i.unit ?? '',
        itemStatusText(i.status, lang),
        i.plannedMs === null ? null : minutes(i.plannedMs),
        minutes(i.limitMs),
        i.startedAt === null ? null : minutes(i.elapsedMs),
        minutes(i.overtimeMs),
        minutes(i.declaredExtensionMs),
        minutes(i.grantedExtensionMs),
        minutes(i.extensionUsedMs),
        time(i.startedAt),
        time(i.endedAt),
      ]),
    },
    {
      title: titles[2]!,
      header: messages.columns.map((c) => c.label),
      rows: r.messages.map((m, k) => [isoLocal(m.at, tz), ...messages.rows[k]!.cells.slice(1)]),
    },
    { title: titles[3]!, header: z ? ['项目', '内容'] : ['Field', 'Value'], rows: recordApprovalFacts(r, lang).map((f) => [f.label, f.value]) },
    { title: titles[4]!, header: findings.columns.map((c) => c.label), rows: findings.rows.map((row) => row.cells) },
  ];
  return csvSections(sections);
}
