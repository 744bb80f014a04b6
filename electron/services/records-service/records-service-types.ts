import type { EChartsOption } from 'echarts';
import type {
  DisciplineReport,
  MeetingRecord,
  ReportPeriodKind,
  ViewFact,
  ViewTable,
} from '../../core/records';
import type { MeetingKind } from '../../core/policy/ids';
import type { Lang } from '../../core/rules/finding';

/**
 * What the records screens receive. Plain JSON (no functions, no Dates) so the same value
 * crosses Electron IPC and HTTP unchanged.
 */

export type Bilingual = Record<Lang, string>;

/** One line of the records list: an ended meeting with its headline figures. */
export interface RecordListEntry {
  sessionId: string;
  meetingId: string;
  title: string;
  kind: MeetingKind;
  countyWide: boolean;
  organiser: string | null;
  /** Epoch ms. */
  plannedStart: number;
  startedAt: number;
  endedAt: number | null;
  /** In session, recesses excluded (what the cap limits). */
  elapsedMs: number;
  plannedMs: number;
  /** null: an exempt kind (no cap). */
  capMs: number | null;
  withinCap: boolean | null;
  overCapMs: number;
  speeches: number;
  overtimeSpeeches: number;
  /** All items over their time, summed. */
  overtimeMs: number;
  extensionsDeclared: number;
  extensionsGranted: number;
  messages: number;
  inNoMeetingPeriod: boolean;
  overridden: boolean;
  /** Error-level findings on the plan. */
  errors: number;
}

/** A session whose log cannot be read: listed, so it is not silently missing. */
export interface BrokenRecordEntry {
  sessionId: string;
  meetingId: string;
  title: string;
  startedAt: number;
  problem: Bilingual;
}

export interface RecordList {
  /** Civil dates, both included, in `timeZone`. */
  from: string;
  to: string;
  timeZone: string;
  /** Newest first. */
  records: RecordListEntry[];
  broken: BrokenRecordEntry[];
}

/** The meeting record and every block the record screen shows, in one language. */
export interface RecordView {
  lang: Lang;
  record: MeetingRecord;
  title: string;
  subtitle: string;
  facts: ViewFact[];
  agenda: ViewTable;
  messages: ViewTable;
  approvals: ViewFact[];
  findings: ViewTable;
  notes: string[];
}

export interface ReportPeriodInfo {
  period: ReportPeriodKind;
  /** `2026-04`, `2026-Q2` or `2026`. */
  key: string;
  label: string;
  /** Civil dates, both included. */
  firstDate: string;
  lastDate: string;
}

export type ReportChartId = keyof DisciplineReport['charts'];

/** 会风会纪情况统计 with its tables and ECharts options, in one language. */
export interface ReportView {
  lang: Lang;
  report: DisciplineReport;
  period: ReportPeriodInfo;
  title: string;
  summary: ViewFact[];
  organisers: ViewTable;
  meetings: ViewTable;
  noMeetingPeriod: ViewTable;
  overrides: ViewTable;
  /** In display order. */
  charts: { id: ReportChartId; option: EChartsOption }[];
}

/** A file to save: `asciiName` is the fallback for clients that cannot read `fileName`. */
export interface ExportFile {
  fileName: string;
  asciiName: string;
  mimeType: string;
}

export interface BinaryExport extends ExportFile {
  bytes: Uint8Array;
}

export interface TextExport extends ExportFile {
  text: string;
}
