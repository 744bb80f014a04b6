// Meeting records and the discipline report (issue 8): pure data from the event log. The
// record screen, the PDF and the CSV all read these; other rooms import from here.
export type * from './meeting-record-types';
export { buildMeetingRecord, type RecordContext } from './meeting-record';
export {
  buildDisciplineReport,
  durationBin,
  DURATION_BINS_MIN,
  type DisciplineReport,
  type NoMeetingPeriodEntry,
  type OrganiserRow,
  type OverrideEntry,
  type ReportFigures,
  type ReportMeeting,
  type ReportOptions,
} from './discipline-report';
export { reportRange, startOfDate, mondayOf, weeksOf, monthsOf, type ReportPeriodKind, type ReportRange } from './report-period';
export { seriesColor, SERIES_COLORS, type Bilingual, type ChartData, type ChartSeries } from './chart-data';
export { chartOption, reportChartOptions } from './report-charts';
export * from './record-format';
export * from './view-table';
export {
  RECORD_TITLE,
  itemKindText,
  itemStatusText,
  justificationText,
  recordAgendaTable,
  recordApprovalFacts,
  recordFacts,
  recordFindingsTable,
  recordMessagesTable,
  recordNotes,
  recordSubtitle,
  speakerText,
} from './record-view';
export {
  REPORT_TITLE,
  reportMeetingsTable,
  reportNoMeetingTable,
  reportOrganiserTable,
  reportOverridesTable,
  reportPeriodText,
  reportSummaryFacts,
} from './report-view';
