// CSV that opens correctly in Excel and WPS: UTF-8 with BOM, CRLF, RFC 4180, formula guard.
export { BOM, CRLF, csvCell, csvRow, csvSections, csvText, type CsvCell, type CsvSection } from './csv-text';
export { meetingRecordCsv, recordItemHeader, RECORD_CSV_SECTIONS } from './record-csv';
export { disciplineReportCsv, organiserHeader, REPORT_CSV_SECTIONS } from './report-csv';
