import { readFile } from 'node:fs/promises';
import { PolicySchema, type Policy } from '../../core/policy/policy';
import { canonicalTimeZone } from '../../core/time/civil-time';
import { findJsonPath, locateJson } from '../../core/validation/json-position';
import { describeZodError, InputFileError, parseJsonWithPosition, type IssueReport } from '../../core/validation/zod-issues';

/**
 * A policy file is JSON naming only what it changes: PolicySchema's defaults (policy.md) fill
 * the rest, so `{}` is the default rule set and `{"noMeetingMonths": [3, 7]}` changes one thing.
 */

const HEADLINE = '规则文件无效 / invalid policy file';

const readFailure = (file: string, e: unknown): InputFileError => {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  const [zh, en] =
    code === 'ENOENT'
      ? ['找不到文件', 'file not found']
      : code === 'EISDIR'
        ? ['这是一个文件夹，不是文件', 'this is a folder, not a file']
        : code === 'EACCES' || code === 'EPERM'
          ? ['没有读取权限', 'permission denied']
          : ['无法读取文件', `cannot read the file (${code ?? String(e)})`];
  return new InputFileError(file, [{ path: '', message: `${zh} / ${en}`, messageZh: zh, messageEn: en, file }], HEADLINE);
};

/**
 * Check a policy file's text. Throws InputFileError listing every bad field (file, JSON path,
 * line, what was expected); an unknown IANA time zone is one of them.
 */
export function parsePolicyText(text: string, file = 'policy.json'): Policy {
  const json = parseJsonWithPosition(text, file);
  if (!json.ok) {
    const { line, column, messageZh, messageEn } = json.error;
    throw new InputFileError(file, [
      { path: '', message: `JSON 格式错误：${messageZh} / malformed JSON: ${messageEn}`, messageZh: `JSON 格式错误：${messageZh}`, messageEn: `malformed JSON: ${messageEn}`, line, column, file },
    ], HEADLINE);
  }

  const parsed = PolicySchema.safeParse(json.value);
  const issues: IssueReport[] = parsed.success ? [] : describeZodError(parsed.error, { file, source: text });

  // The schema only asks for a non-empty string; the zone must be one the runtime knows.
  const raw = json.value as { timeZone?: unknown } | null;
  const zone = raw && typeof raw === 'object' && !Array.isArray(raw) ? raw.timeZone : undefined;
  let canonical: string | undefined;
  if (typeof zone === 'string' && zone !== '') {
    canonical = canonicalTimeZone(zone);
    if (canonical === undefined) {
      const at = (() => {
        const loc = locateJson(text);
        return loc ? findJsonPath(loc, ['timeZone']) : undefined;
      })();
      const zh = `未知的时区 ${JSON.stringify(zone)}，应为 IANA 时区名，例如 "Asia/Shanghai"`;
      const en = `unknown time zone ${JSON.stringify(zone)}, expected an IANA name such as "Asia/Shanghai"`;
      issues.push({ path: 'timeZone', message: `${zh} / ${en}`, messageZh: zh, messageEn: en, file, ...(at ? { line: at.line, column: at.column } : {}) });
    }
  }

  if (!parsed.success || issues.length > 0) {
    issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    throw new InputFileError(file, issues, HEADLINE);
  }
  return canonical ? { ...parsed.data, timeZone: canonical } : parsed.data;
}

/** Read and check a policy file; see parsePolicyText. A file that cannot be read is reported too. */
export async function loadPolicyFile(path: string): Promise<Policy> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw readFailure(path, e);
  }
  return parsePolicyText(text, path);
}
