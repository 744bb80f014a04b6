import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { CalendarYear } from '../../core/calendar/calendar-types';
import { calendarYearsFromJson } from '../../core/calendar/calendar-json';
import { parseCalendarIcs } from '../../core/calendar/ics-calendar';
import { parseJsonWithPosition } from '../../core/validation/json-position';
import { InputFileError, type IssueReport } from '../../core/validation/zod-issues';

/** Far above any real calendar (a 20-year feed is ~100 KB); stops a wrong file from being read. */
export const MAX_CALENDAR_FILE_BYTES = 5 * 1024 * 1024;

export interface LoadedCalendarFile {
  years: CalendarYear[];
  warnings: string[];
  format: 'json' | 'ics';
}

const HEADLINE = '日历文件无法导入 / the calendar file cannot be imported:';

function fail(file: string, zh: string, en: string, at: { line?: number; column?: number } = {}): never {
  const issue: IssueReport = { path: '', message: `${zh} / ${en}`, messageZh: zh, messageEn: en, file, ...at };
  throw new InputFileError(file, [issue], HEADLINE);
}

/**
 * Text of the file: UTF-8 (with or without BOM), UTF-16 with a BOM (Notepad's "Unicode"), or
 * GB18030/GBK, which older Chinese tools still write — the last with a warning.
 */
function decode(file: string, bytes: Uint8Array, warnings: string[]): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    try {
      const text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
      warnings.push('文件不是 UTF-8 编码，已按 GB18030（GBK）读取 / the file is not UTF-8; read it as GB18030 (GBK)');
      return text;
    } catch {
      return fail(file, '文件不是文本（既不是 UTF-8 也不是 GBK 编码）', 'the file is not text (neither UTF-8 nor GBK)');
    }
  }
}

function formatOf(file: string, text: string): 'json' | 'ics' {
  const head = text.replace(/^\uFEFF/, '').trimStart();
  if (/^BEGIN:VCALENDAR/i.test(head)) return 'ics';
  if (head.startsWith('{') || head.startsWith('[')) return 'json';
  const ext = path.extname(file).toLowerCase();
  if (ext === '.json') return 'json';
  if (ext === '.ics' || ext === '.ical' || ext === '.ifb') return 'ics';
  return fail(file, '无法识别的日历文件：应为 .json（duanhui-calendar）或 .ics（iCalendar）', 'unrecognised calendar file: expected .json (duanhui-calendar) or .ics (iCalendar)', { line: 1 });
}

/**
 * Reads an importable calendar: our JSON format or an iCalendar feed. Every problem comes back as
 * an InputFileError naming the file, and the field (JSON path) or line; never a stack trace.
 */
export async function loadCalendarFile(file: string): Promise<LoadedCalendarFile> {
  let size: number;
  try {
    const info = await stat(file);
    if (!info.isFile()) fail(file, '不是文件（是文件夹？）', 'not a file (a folder?)');
    size = info.size;
  } catch (e) {
    if (e instanceof InputFileError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') fail(file, '找不到文件', 'file not found');
    if (code === 'EACCES' || code === 'EPERM') fail(file, '没有权限读取文件', 'permission denied');
    throw e;
  }
  if (size > MAX_CALENDAR_FILE_BYTES) {
    fail(file, `文件太大（${(size / 1024 / 1024).toFixed(1)} MB，上限 5 MB），不像日历文件`, `file too large (${(size / 1024 / 1024).toFixed(1)} MB, limit 5 MB); not a calendar file`);
  }

  const warnings: string[] = [];
  const text = decode(file, await readFile(file), warnings);
  const format = formatOf(file, text);

  if (format === 'json') {
    const parsed = parseJsonWithPosition(text, file);
    if (!parsed.ok) {
      const { line, column, messageZh, messageEn } = parsed.error;
      fail(file, `JSON 格式错误：${messageZh}`, `malformed JSON: ${messageEn}`, { line, column });
    }
    const result = calendarYearsFromJson(parsed.value, { file, source: text });
    return { years: result.years, warnings: [...warnings, ...result.warnings], format };
  }

  try {
    const result = parseCalendarIcs(text, { source: `导入自 / imported from ${path.basename(file)}` });
    return { years: result.years, warnings: [...warnings, ...result.warnings], format };
  } catch (e) {
    if (e instanceof InputFileError) {
      throw new InputFileError(file, e.issues.map((i) => ({ ...i, file })), HEADLINE);
    }
    throw e;
  }
}
