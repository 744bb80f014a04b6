import type { Lang } from '../../core/rules/finding';

/** One thing wrong with an input file, located as precisely as we can. */
export interface InputIssue {
  /** JSON path such as `meetings[2].kind`, an .ics location such as `VEVENT[3].DTSTART`, or '' for the whole file. */
  path: string;
  line?: number;
  column?: number;
  zh: string;
  en: string;
}

/**
 * An input file that cannot be used. Callers (the CLI, the app's import dialog) show
 * `describe(lang)` and never a stack: the message says what is wrong and where.
 */
export class InputError extends Error {
  readonly file: string;
  readonly issues: readonly InputIssue[];

  constructor(file: string, issues: InputIssue | readonly InputIssue[]) {
    const list = Array.isArray(issues) ? (issues as readonly InputIssue[]) : [issues as InputIssue];
    if (list.length === 0) throw new RangeError('InputError needs at least one issue');
    super(formatIssue(file, list[0]!, 'en'));
    this.name = 'InputError';
    this.file = file;
    this.issues = list;
  }

  /** The first (most important) issue's location and wording. */
  get path(): string {
    return this.issues[0]!.path;
  }
  get line(): number | undefined {
    return this.issues[0]!.line;
  }
  get column(): number | undefined {
    return this.issues[0]!.column;
  }
  get zh(): string {
    return this.issues[0]!.zh;
  }
  get en(): string {
    return this.issues[0]!.en;
  }

  /** One sentence per issue, each starting with its location; at most `max` issues are listed. */
  describe(lang: Lang, max = 10): string {
    const shown = this.issues.slice(0, max).map((issue) => formatIssue(this.file, issue, lang));
    const rest = this.issues.length - shown.length;
    if (rest > 0) shown.push(lang === 'en' ? `… and ${rest} more problem(s).` : `……另有 ${rest} 处问题。`);
    return shown.join('\n');
  }
}

export const isInputError = (e: unknown): e is InputError => e instanceof InputError;

/** `file 第 7 行第 12 列 meetings[0].kind：…` / `file, line 7, column 12, meetings[0].kind: …` */
export function formatIssue(file: string, issue: InputIssue, lang: Lang): string {
  return `${locationOf(file, issue, lang)}${lang === 'en' ? ': ' : '：'}${lang === 'en' ? issue.en : issue.zh}`;
}

function locationOf(file: string, issue: InputIssue, lang: Lang): string {
  const parts: string[] = [file];
  if (lang === 'en') {
    if (issue.line !== undefined) parts.push(`line ${issue.line}`);
    if (issue.column !== undefined) parts.push(`column ${issue.column}`);
    if (issue.path) parts.push(issue.path);
    return parts.join(', ');
  }
  let where = '';
  if (issue.line !== undefined) where += `第 ${issue.line} 行`;
  if (issue.column !== undefined) where += `第 ${issue.column} 列`;
  if (where) parts.push(where);
  if (issue.path) parts.push(issue.path);
  return parts.join(' ');
}
