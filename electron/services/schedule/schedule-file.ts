import { extname } from 'node:path';
import type { Lang } from '../../core/rules/finding';
import { ScheduleSchema, type Schedule } from '../../core/schedule/schedule-schema';
import { findJsonPath, formatJsonPath, locateJson, type JsonLocations } from '../../core/validation/json-position';
import { describeZodError, parseJsonWithPosition } from '../../core/validation/zod-issues';
import { isIanaTimeZone, isRealDate } from '../../core/time/civil-time';
import { parseIcsSchedule } from './ics-schedule';
import { InputError, type InputIssue } from './input-error';
import { MAX_INPUT_BYTES, readInputText } from './read-input-file';

export interface LoadScheduleOptions {
  /** Zone for .ics times (a .json schedule names its own); default Asia/Shanghai. */
  timeZone?: string;
  /** Language of the warnings; default zh-CN. */
  lang?: Lang;
  /** Size limit in bytes; default 10 MB. */
  maxBytes?: number;
}

export interface LoadedSchedule {
  schedule: Schedule;
  source: 'json' | 'ics';
  warnings: string[];
}

/**
 * Read a schedule (.json per docs/schedule-format.md, or .ics). Throws InputError — never
 * anything else for bad input — saying what is wrong and where (JSON path, line, column).
 */
export async function loadScheduleFile(path: string, options: LoadScheduleOptions = {}): Promise<LoadedSchedule> {
  const { text, notes } = await readInputText(path, options.maxBytes ?? MAX_INPUT_BYTES);
  const readWarnings = notes.map((n) => (options.lang === 'en' ? n.en : n.zh));
  const kind = sourceKind(path, text);
  if (kind === 'ics') {
    const { schedule, warnings } = parseIcsSchedule(text, path, options);
    return { schedule, source: 'ics', warnings: [...readWarnings, ...warnings] };
  }
  return { schedule: parseJsonSchedule(text, path), source: 'json', warnings: readWarnings };
}

/** By extension; an unknown extension is sniffed from the first characters. */
function sourceKind(path: string, text: string): 'json' | 'ics' {
  const ext = extname(path).toLowerCase();
  if (ext === '.json') return 'json';
  if (ext === '.ics' || ext === '.ical' || ext === '.ifb') return 'ics';
  const head = text.trimStart();
  if (head.startsWith('{') || head.startsWith('[')) return 'json';
  if (/^BEGIN:VCALENDAR/i.test(head)) return 'ics';
  throw new InputError(path, {
    path: '',
    zh: '无法识别的日程格式：应为 .json（短会日程）或 .ics（iCalendar）文件。',
    en: 'unrecognised schedule format: expected a .json (Duanhui schedule) or .ics (iCalendar) file.',
  });
}

/** Parse and validate a JSON schedule text; exported for tests and for the app's paste box. */
export function parseJsonSchedule(text: string, file: string): Schedule {
  const parsed = parseJsonWithPosition(text, file);
  if (!parsed.ok) {
    const e = parsed.error;
    throw new InputError(file, {
      path: '',
      line: e.line,
      column: e.column,
      zh: `JSON 格式错误：${e.messageZh}。`,
      en: `malformed JSON: ${e.messageEn}.`,
    });
  }
  const data = parsed.value;
  notAScheduleCheck(data, text, file);
  const result = ScheduleSchema.safeParse(data);
  if (!result.success) {
    const reports = describeZodError(result.error, { file, source: text });
    const issues = result.error.issues.length === reports.length ? result.error.issues : undefined;
    throw new InputError(
      file,
      reports.map((r, k): InputIssue => {
        // Name the value that was refused: "“meeting” 不是允许的会议类型" reads better than the list alone.
        const zodIssue = issues?.[k];
        const got = zodIssue && zodIssue.code === 'invalid_value' ? valueAt(data, zodIssue.path) : undefined;
        const gotZh = got === undefined ? '' : `取值 ${JSON.stringify(got)} 无效，`;
        const gotEn = got === undefined ? '' : `${JSON.stringify(got)} is not allowed; `;
        // The schema words its date-time pattern in English only; say it in Chinese too.
        const dateTime = zodIssue?.code === 'invalid_format' && /^(start|approvedAt)$/.test(String(zodIssue.path.at(-1)));
        if (dateTime) {
          const v = JSON.stringify(valueAt(data, zodIssue.path));
          return {
            path: r.path,
            ...(r.line === undefined ? {} : { line: r.line, column: r.column }),
            zh: `时间 ${v} 格式不对，应写作当地时间 2026-03-05T09:00，或带时差 2026-03-05T09:00+08:00。`,
            en: `time ${v} is not in the expected form: civil time 2026-03-05T09:00, or with an offset 2026-03-05T09:00+08:00.`,
          };
        }
        return {
          path: r.path,
          ...(r.line === undefined ? {} : { line: r.line }),
          ...(r.column === undefined ? {} : { column: r.column }),
          zh: `${gotZh}${r.messageZh}。`,
          en: `${gotEn}${r.messageEn}.`,
        };
      }),
    );
  }
  const problems = checkBeyondSchema(result.data, text);
  if (problems.length > 0) throw new InputError(file, problems);
  return result.data;
}

/**
 * A JSON file that is not a schedule at all (a policy, package.json…) would otherwise get a
 * dozen field errors; one sentence says what it is. A newer version is named as such.
 */
function notAScheduleCheck(data: unknown, text: string, file: string): void {
  const at = (path: PropertyKey[]) => {
    const loc = locateJson(text);
    const pos = loc ? findJsonPath(loc, path) : undefined;
    return pos ? { line: pos.line, column: pos.column } : {};
  };
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new InputError(file, {
      path: '',
      ...at([]),
      zh: '不是短会日程：文件应为一个 JSON 对象 {"format": "duanhui-schedule", …}。',
      en: 'not a Duanhui schedule: the file should be one JSON object {"format": "duanhui-schedule", …}.',
    });
  }
  const { format, version } = data as { format?: unknown; version?: unknown };
  if (format !== 'duanhui-schedule') {
    throw new InputError(file, {
      path: 'format',
      ...at(['format']),
      zh: `不是短会日程：format 应为 "duanhui-schedule"${format === undefined ? '，文件中没有该字段' : `，实为 ${JSON.stringify(format)}`}。`,
      en: `not a Duanhui schedule: format should be "duanhui-schedule"${format === undefined ? ', and the file has none' : `, not ${JSON.stringify(format)}`}.`,
    });
  }
  if (typeof version === 'number' && version > 1) {
    throw new InputError(file, {
      path: 'version',
      ...at(['version']),
      zh: `日程格式版本 ${version} 比本程序新（本程序读取版本 1），请升级短会。`,
      en: `schedule format version ${version} is newer than this program reads (version 1); please update Duanhui.`,
    });
  }
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[seg];
  }
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : undefined;
}

/** What the schema cannot say: unique ids, a real IANA zone, dates that exist. */
export function checkBeyondSchema(schedule: Schedule, source?: string): InputIssue[] {
  const locations: JsonLocations | undefined = source === undefined ? undefined : locateJson(source);
  const issues: InputIssue[] = [];
  const add = (path: PropertyKey[], zh: string, en: string) => {
    const at = locations ? findJsonPath(locations, path) : undefined;
    issues.push({ path: formatJsonPath(path), ...(at ? { line: at.line, column: at.column } : {}), zh, en });
  };

  if (!isIanaTimeZone(schedule.timeZone)) {
    add(
      ['timeZone'],
      `时区“${schedule.timeZone}”无效，应为 IANA 时区名，例如 Asia/Shanghai。`,
      `time zone "${schedule.timeZone}" is not valid; expected an IANA name such as Asia/Shanghai.`,
    );
  }

  const firstIndex = new Map<string, number>();
  schedule.meetings.forEach((m, i) => {
    const earlier = firstIndex.get(m.id);
    if (earlier === undefined) firstIndex.set(m.id, i);
    else {
      add(
        ['meetings', i, 'id'],
        `会议编号“${m.id}”重复（meetings[${earlier}] 已使用），每个会议的 id 须唯一。`,
        `meeting id "${m.id}" is used twice (already by meetings[${earlier}]); ids must be unique.`,
      );
    }
    if (!realDateTime(m.start)) {
      add(['meetings', i, 'start'], `日期“${m.start}”不存在。`, `the date "${m.start}" does not exist.`);
    }
    m.approvals.forEach((a, k) => {
      if (!realDateTime(a.approvedAt)) {
        add(
          ['meetings', i, 'approvals', k, 'approvedAt'],
          `批准日期“${a.approvedAt}”不存在。`,
          `the approval date "${a.approvedAt}" does not exist.`,
        );
      }
    });
  });
  return issues;
}

/** The schema's pattern allows day 31 in every month; this rejects 2026-02-30 and 2026-04-31. */
function realDateTime(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})T/.exec(value);
  return m !== null && isRealDate(Number(m[1]), Number(m[2]), Number(m[3]));
}
