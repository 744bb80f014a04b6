// Meeting records and discipline reports from storage, as PDF (and CSV via services/csv).
export { loadLatestRecord, loadMeetingRecord, loadRecordsBetween, parseEvents, type RecordSourceOptions } from './record-source';
export { meetingRecordPdf, type PdfRenderOptions } from './record-pdf';
export { disciplineReportPdf, pdfChart } from './report-pdf';
export { RecordsError, isRecordsError, type RecordsErrorCode } from './records-error';
