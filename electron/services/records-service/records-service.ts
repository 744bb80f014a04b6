import { bundledCalendar } from '../../core/calendar';
import type { OfficialCalendar } from '../../core/calendar/calendar-types';
import { addDays, isCivilDate } from '../../core/calendar/civil-date';
import {
  buildDisciplineReport,
  RECORD_TITLE,
  recordAgendaTable,
  recordApprovalFacts,
  recordFacts,
  recordFindingsTable,
  recordMessagesTable,
  recordNotes,
  recordSubtitle,
  REPORT_TITLE,
  reportChartOptions,
  reportMeetingsTable,
  reportNoMeetingTable,
  reportOrganiserTable,
  reportOverridesTable,
  reportPeriodText,
  reportRange,
  reportSummaryFacts,
  startOfDate,
  type MeetingRecord,
  type ReportPeriodKind,
  type ReportRange,
} from '../../core/records';
import type { Lang } from '../../core/rules/finding';
import { civilFromEpoch } from '../../core/time/civil-time';
import { disciplineReportCsv, meetingRecordCsv } from '../csv';
import { disciplineReportPdf, isRecordsError, loadMeetingRecord, loadRecordsBetween, meetingRecordPdf } from '../records';
import type { Store } from '../storage';
import { asciiFileName, safeFileStem } from './file-names';
import { RecordsRequestError } from './records-request-error';
import type {
  BinaryExport,
  BrokenRecordEntry,
  RecordList,
  RecordListEntry,
  RecordView,
  ReportChartId,
  ReportView,
  TextExport,
} from './records-service-types';

export interface RecordsServiceOptions {
  store: Store;
  /**
   * The official calendar no-meeting periods are judged by; a function when it can change while
   * the app runs (an administrator imports a new year). Default: the bundled years.
   */
  calendar?: OfficialCalendar | (() => OfficialCalendar);
  /** The clock (epoch ms): what an unfinished meeting is measured to and the PDFs' date. */
  now: () => number;
}

export type RecordsService = ReturnType<typeof createRecordsService>;

const DAY = 24 * 60 * 60 * 1000;
/** A list longer than this is a mistake (and would replay thousands of logs). */
const MAX_LIST_DAYS = 400;
const CHART_ORDER: readonly ReportChartId[] = ['meetingsOverTime', 'durationHistogram', 'overtimeByOrganiser'];
const PDF = 'application/pdf';
const CSV = 'text/csv; charset=utf-8';

const pad = (n: number) => String(n).padStart(2, '0');

function listEntry(r: MeetingRecord): RecordListEntry {
  return {
    sessionId: r.sessionId!,
    meetingId: r.meetingId,
    title: r.title,
    kind: r.kind,
    countyWide: r.countyWide,
    organiser: r.organiser,
    plannedStart: r.planned.start,
    startedAt: r.actual.startedAt!,
    endedAt: r.actual.endedAt,
    elapsedMs: r.actual.elapsedMs,
    plannedMs: r.planned.durationMs,
    capMs: r.policy.capMs,
    withinCap: r.withinCap,
    overCapMs: r.overCapMs,
    speeches: r.totals.speeches,
    overtimeSpeeches: r.totals.overtimeSpeeches,
    overtimeMs: r.totals.overtimeMs,
    extensionsDeclared: r.totals.extensionsDeclared,
    extensionsGranted: r.totals.extensionsGranted,
    messages: r.totals.messages,
    inNoMeetingPeriod: r.noMeetingPeriod.inPeriod,
    overridden: r.approvals.override !== null,
    errors: r.findings.filter((f) => f.severity === 'error').length,
  };
}

function checkDate(path: string, value: string): void {
  if (!isCivilDate(value)) {
    throw new RecordsRequestError(path, `“${value}”不是有效日期，应写作 2026-04-01`, `"${value}" is not a date; write it as 2026-04-01`);
  }
}

/** reportRange says what is wrong in both languages, joined by " / ". */
function rangeOf(period: ReportPeriodKind, key: string, timeZone: string): ReportRange {
  try {
    return reportRange(period, key, timeZone);
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    const [zh, en] = e.message.split(' / ');
    throw new RecordsRequestError('key', zh ?? e.message, en ?? e.message);
  }
}

/**
 * The records screens' service: the list of ended meetings, one meeting's record, and the
 * discipline report for a month, quarter or year, each as view data, PDF and CSV. Every figure
 * comes from a replay of the stored event logs (electron/services/records), never from a tally.
 */
export function createRecordsService(opts: RecordsServiceOptions) {
  const { store } = opts;
  const calendar = (): OfficialCalendar =>
    typeof opts.calendar === 'function' ? opts.calendar() : (opts.calendar ?? bundledCalendar());
  const timeZone = () => store.currentPolicy().policy.timeZone;
  const load = (sessionId: string) => loadMeetingRecord(store, sessionId, { calendar: calendar(), asOf: opts.now() });

  const dateOf = (epochMs: number, tz: string) => {
    const c = civilFromEpoch(epochMs, tz);
    return { date: c.date, hhmm: `${pad(c.hour)}${pad(c.minute)}` };
  };

  function recordFile(r: MeetingRecord, lang: Lang, ext: 'pdf' | 'csv') {
    const when = dateOf(r.actual.startedAt ?? r.planned.start, r.timeZone);
    return {
      fileName: `${safeFileStem(`${RECORD_TITLE[lang]}-${r.title}-${when.date}`)}.${ext}`,
      asciiName: asciiFileName(`meeting-record-${when.date}-${when.hhmm}.${ext}`),
    };
  }

  function buildReport(period: ReportPeriodKind, key: string) {
    const tz = timeZone();
    const range = rangeOf(period, key, tz);
    const asOf = opts.now();
    const records = loadRecordsBetween(store, range.from, range.to, { calendar: calendar(), asOf });
    return { range, report: buildDisciplineReport(records, { from: range.from, to: range.to, period, timeZone: tz }), asOf };
  }

  function reportFile(range: ReportRange, lang: Lang, ext: 'pdf' | 'csv') {
    const label = range.label[lang];
    const stem = lang === 'zh-CN' ? `${label}${REPORT_TITLE[lang]}` : `${REPORT_TITLE[lang]} - ${label}`;
    return { fileName: `${safeFileStem(stem)}.${ext}`, asciiName: asciiFileName(`discipline-report-${range.key}.${ext}`) };
  }

  return {
    /** Ended meetings that started between two civil dates (both included), newest first. */
    listRecords(args: { from: string; to: string }): RecordList {
      checkDate('from', args.from);
      checkDate('to', args.to);
      if (args.from > args.to) {
        throw new RecordsRequestError('to', `结束日期 ${args.to} 早于开始日期 ${args.from}`, `the end date ${args.to} is before the start date ${args.from}`);
      }
      const tz = timeZone();
      const from = startOfDate(args.from, tz);
      const to = startOfDate(addDays(args.to, 1), tz);
      if (to - from > MAX_LIST_DAYS * DAY) {
        throw new RecordsRequestError('to', `一次最多列出 ${MAX_LIST_DAYS} 天的会议记录`, `at most ${MAX_LIST_DAYS} days of records can be listed at once`);
      }
      const records: RecordListEntry[] = [];
      const broken: BrokenRecordEntry[] = [];
      // Planned a day either side: a meeting counts by when it actually started.
      for (const m of store.listMeetings({ from: from - DAY, to: to + DAY })) {
        for (const s of store.listSessions(m.meeting.id)) {
          let r: MeetingRecord;
          try {
            r = load(s.id);
          } catch (e) {
            if (!isRecordsError(e)) throw e;
            if (s.startedAt >= from && s.startedAt < to) {
              broken.push({ sessionId: s.id, meetingId: s.meetingId, title: s.meeting.title, startedAt: s.startedAt, problem: { 'zh-CN': e.zh, en: e.en } });
            }
            continue;
          }
          const started = r.actual.startedAt;
          if (r.status === 'ended' && started !== null && started >= from && started < to) records.push(listEntry(r));
        }
      }
      records.sort((a, b) => b.startedAt - a.startedAt || a.sessionId.localeCompare(b.sessionId));
      return { from: args.from, to: args.to, timeZone: tz, records, broken };
    },

    /** One session's record with every block of the record screen. */
    getRecord(sessionId: string, lang: Lang = 'zh-CN'): RecordView {
      const record = load(sessionId);
      return {
        lang,
        record,
        title: RECORD_TITLE[lang],
        subtitle: recordSubtitle(record, lang),
        facts: recordFacts(record, lang),
        agenda: recordAgendaTable(record, lang),
        messages: recordMessagesTable(record, lang),
        approvals: recordApprovalFacts(record, lang),
        findings: recordFindingsTable(record, lang),
        notes: recordNotes(record, lang),
      };
    },

    async recordPdf(sessionId: string, lang: Lang = 'zh-CN'): Promise<BinaryExport> {
      const record = load(sessionId);
      const bytes = await meetingRecordPdf(record, { lang, createdAt: opts.now() });
      return { ...recordFile(record, lang, 'pdf'), mimeType: PDF, bytes };
    },

    recordCsv(sessionId: string, lang: Lang = 'zh-CN'): TextExport {
      const record = load(sessionId);
      return { ...recordFile(record, lang, 'csv'), mimeType: CSV, text: meetingRecordCsv(record, lang) };
    },

    /** 会风会纪情况统计 for `2026-04`, `2026-Q2` or `2026`, with its tables and chart options. */
    report(period: ReportPeriodKind, key: string, lang: Lang = 'zh-CN'): ReportView {
      const { range, report } = buildReport(period, key);
      const options = reportChartOptions(report, lang);
      const periodText = reportPeriodText(report, lang);
      return {
        lang,
        report,
        period: { period, key: range.key, label: range.label[lang], firstDate: range.firstDate, lastDate: range.lastDate },
        title: lang === 'zh-CN' ? `${periodText}${REPORT_TITLE[lang]}` : `${REPORT_TITLE[lang]} — ${periodText}`,
        summary: reportSummaryFacts(report, lang),
        organisers: reportOrganiserTable(report, lang),
        meetings: reportMeetingsTable(report, lang),
        noMeetingPeriod: reportNoMeetingTable(report, lang),
        overrides: reportOverridesTable(report, lang),
        charts: CHART_ORDER.map((id) => ({ id, option: options[id] })),
      };
    },

    async reportPdf(period: ReportPeriodKind, key: string, lang: Lang = 'zh-CN'): Promise<BinaryExport> {
      const { range, report, asOf } = buildReport(period, key);
      const bytes = await disciplineReportPdf(report, { lang, createdAt: asOf });
      return { ...reportFile(range, lang, 'pdf'), mimeType: PDF, bytes };
    },

    reportCsv(period: ReportPeriodKind, key: string, lang: Lang = 'zh-CN'): TextExport {
      const { range, report } = buildReport(period, key);
      return { ...reportFile(range, lang, 'csv'), mimeType: CSV, text: disciplineReportCsv(report, lang) };
    },
  };
}
