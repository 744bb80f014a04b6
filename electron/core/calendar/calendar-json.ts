import { describeZodError, InputFileError, type IssueReport } from '../validation/zod-issues';
import type { CalendarYear } from './calendar-types';
import { CalendarFileSchema } from './calendar-file-schema';
import { calendarYearWarnings } from './calendar-warnings';

/**
 * Our own checks word their messages `中文 / English` already; describeZodError would repeat
 * such a text as both halves, so split it back.
 */
export function splitBilingual(report: IssueReport): IssueReport {
  if (report.messageZh !== report.messageEn) return report;
  const at = report.messageZh.indexOf(' / ');
  if (at < 0) return report;
  return { ...report, message: report.messageZh, messageZh: report.messageZh.slice(0, at), messageEn: report.messageZh.slice(at + 3) };
}

/**
 * The years of a parsed calendar file. Throws InputFileError listing every bad field by JSON path,
 * with its line when `source` (the file's text) is given.
 */
export function calendarYearsFromJson(
  value: unknown,
  options: { file?: string; source?: string } = {},
): { years: CalendarYear[]; warnings: string[] } {
  const parsed = CalendarFileSchema.safeParse(value);
  if (!parsed.success) {
    const issues = describeZodError(parsed.error, options).map(splitBilingual);
    throw new InputFileError(options.file, issues, '日历文件有错误 / the calendar file has errors:');
  }
  const years: CalendarYear[] = parsed.data.years;
  return { years, warnings: calendarYearWarnings(years) };
}
