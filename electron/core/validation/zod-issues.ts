import type { z } from 'zod';
import { findJsonPath, formatJsonPath, locateJson, type JsonLocations } from './json-position';

export { formatJsonPath, parseJsonWithPosition, type JsonParseResult } from './json-position';

/**
 * Turns a zod error into messages an office clerk editing a JSON file can act on: which field
 * (a JSON path like `meetings[0].agenda[2].kind`), what was expected (for an enum, the allowed
 * values), and — given the file's text — the line of that field.
 */
export interface IssueReport {
  /** JSON path of the offending field; `''` is the whole document. */
  path: string;
  /** zh-CN, then English: `应为…… / expected …`. */
  message: string;
  messageZh: string;
  messageEn: string;
  /** 1-based line (and column) of the field in the source, when the source was given. */
  line?: number;
  column?: number;
  file?: string;
}

export interface DescribeOptions {
  file?: string;
  /** The JSON text that was parsed; enables line numbers. */
  source?: string;
}

type Issue = z.core.$ZodIssue;

const list = (values: readonly unknown[]): string => values.map((v) => JSON.stringify(v)).join(', ');

const TYPE_ZH: Record<string, string> = {
  string: '字符串',
  number: '数字',
  int: '整数',
  boolean: '布尔值 true/false',
  object: '对象 {…}',
  array: '数组 […]',
  null: 'null',
  undefined: '（无）',
  bigint: '整数',
  date: '日期',
};

/** What the value actually is, in JSON's words (zod 4 leaves the input out of issues). */
const receivedOf = (message: string): string | undefined => /received (\w+)/.exec(message)?.[1];

/** "at least 3" / "不少于 3", with the unit of what is measured. */
function bound(origin: string | undefined, relZh: string, relEn: string, n: string): { zh: string; en: string } {
  switch (origin) {
    case 'string':
      return { zh: `长度应${relZh} ${n} 个字符`, en: `must be ${relEn} ${n} characters long` };
    case 'array':
    case 'set':
      return { zh: `应有${relZh} ${n} 项`, en: `must have ${relEn} ${n} item${n === '1' ? '' : 's'}` };
    default:
      return { zh: `应${relZh} ${n}`, en: `must be ${relEn} ${n}` };
  }
}

/** zod's built-in English texts start like this; anything else is a schema's own wording. */
const isZodDefault = (message: string) =>
  /^(Invalid|Too (big|small)|Unrecognized key|Expected|Required)/.test(message);

function explain(issue: Issue): { zh: string; en: string } {
  switch (issue.code) {
    case 'invalid_type': {
      const received = receivedOf(issue.message);
      if (received === 'undefined') {
        return { zh: `缺少必填字段（应为${TYPE_ZH[issue.expected] ?? issue.expected}）`, en: `required field is missing (expected ${issue.expected})` };
      }
      const expected = issue.expected;
      if (expected === 'int') {
        return { zh: '应为整数', en: `expected an integer${received ? `, got ${received === 'number' ? 'a fraction' : received}` : ''}` };
      }
      return {
        zh: `应为${TYPE_ZH[expected] ?? expected}${received ? `，实际为${TYPE_ZH[received] ?? received}` : ''}`,
        en: `expected ${expected}${received ? `, got ${received}` : ''}`,
      };
    }
    case 'invalid_value':
      return issue.values.length === 1
        ? { zh: `应为 ${list(issue.values)}`, en: `expected ${list(issue.values)}` }
        : { zh: `应为以下之一：${list(issue.values)}`, en: `expected one of: ${list(issue.values)}` };
    case 'too_small': {
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return { zh: '不能为空', en: 'must not be empty' };
      const n = String(issue.minimum);
      return issue.inclusive === false ? bound(issue.origin, '大于', 'more than', n) : bound(issue.origin, '不少于', 'at least', n);
    }
    case 'too_big': {
      const n = String(issue.maximum);
      return issue.inclusive === false ? bound(issue.origin, '小于', 'less than', n) : bound(issue.origin, '不多于', 'at most', n);
    }
    case 'invalid_format':
      if (!isZodDefault(issue.message)) return { zh: `格式不对：${issue.message}`, en: `wrong format: ${issue.message}` };
      return issue.format === 'regex' && 'pattern' in issue
        ? { zh: `格式不对，应匹配 ${String(issue.pattern)}`, en: `wrong format, expected to match ${String(issue.pattern)}` }
        : { zh: `格式不对，应为 ${issue.format}`, en: `wrong format, expected ${issue.format}` };
    case 'unrecognized_keys':
      return { zh: '不认识的字段（拼写错误？）', en: 'unknown field (a typo?)' };
    case 'not_multiple_of':
      return { zh: `应为 ${String(issue.divisor)} 的倍数`, en: `expected a multiple of ${String(issue.divisor)}` };
    case 'invalid_union':
      return { zh: '不符合任何一种允许的写法', en: 'matches none of the allowed forms' };
    default:
      return { zh: issue.message, en: issue.message };
  }
}

/** One report per bad field; an unknown key is reported at its own line. */
export function describeZodError(error: z.ZodError | { issues: readonly Issue[] }, options: DescribeOptions = {}): IssueReport[] {
  let locations: JsonLocations | undefined;
  if (options.source !== undefined) locations = locateJson(options.source);

  const reports: IssueReport[] = [];
  const add = (path: readonly PropertyKey[], zh: string, en: string) => {
    const report: IssueReport = { path: formatJsonPath(path), message: `${zh} / ${en}`, messageZh: zh, messageEn: en };
    const at = locations ? findJsonPath(locations, path) : undefined;
    if (at) {
      report.line = at.line;
      report.column = at.column;
    }
    if (options.file !== undefined) report.file = options.file;
    reports.push(report);
  };

  for (const issue of error.issues) {
    const path = issue.path as PropertyKey[];
    if (issue.code === 'unrecognized_keys') {
      const { zh, en } = explain(issue);
      for (const key of issue.keys) add([...path, key], zh, en);
      continue;
    }
    const { zh, en } = explain(issue);
    add(path, zh, en);
  }
  return reports;
}

/** `file:line: path: message`, one issue a line, for a CLI or an error dialog. */
export function formatIssues(issues: readonly IssueReport[], options: { file?: string } = {}): string {
  return issues
    .map((issue) => {
      const file = issue.file ?? options.file;
      const where = [file, issue.line].filter((x) => x !== undefined).join(':');
      const path = issue.path === '' ? '(根 / root)' : issue.path;
      return `${where ? `${where}: ` : ''}${path}: ${issue.message}`;
    })
    .join('\n');
}

/**
 * An input file (schedule, policy, calendar) that cannot be used. `message` lists every problem;
 * `issues` keeps them apart for a UI. Throw it instead of a stack trace.
 */
export class InputFileError extends Error {
  constructor(
    readonly file: string | undefined,
    readonly issues: readonly IssueReport[],
    headline?: string,
  ) {
    super([headline, formatIssues(issues, file === undefined ? {} : { file })].filter(Boolean).join('\n'));
    this.name = 'InputFileError';
  }
}
