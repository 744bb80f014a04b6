// Kept apart from record.ts so `duanhui --help` does not load PDF and storage code.
export const RECORD_HELP = `npm run duanhui -- record --db FILE (--session ID | --meeting ID) [--format pdf|csv|json] [--out FILE] [--lang zh-CN|en]
    导出一次会议的会议记录。/ Export the record of one meeting.
npm run duanhui -- report --db FILE --month 2026-04 | --quarter 2026-Q2 | --year 2026 [--format pdf|csv|json] [--out FILE] [--lang zh-CN|en] [--time-zone ZONE]
    导出会风会纪情况统计。/ Export the meeting discipline report.`;
