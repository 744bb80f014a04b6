/**
 * A small JSON scanner that knows where things are. `JSON.parse` builds the value (fast and
 * exact); this scanner runs only when we need a position: to say where malformed JSON breaks
 * (Node's own message gives a position only for some errors) and to find the line of a field
 * a schema rejected.
 *
 * Lines and columns are 1-based; a column counts UTF-16 code units, as editors do for the
 * Chinese text these files hold. `\n`, `\r\n` and a lone `\r` each end a line.
 */

export type JsonPathSegment = string | number;

export interface SourcePosition {
  offset: number;
  line: number;
  column: number;
}

export interface JsonSyntaxProblem extends SourcePosition {
  /** What is wrong, zh-CN then English. */
  messageZh: string;
  messageEn: string;
}

/** Where each value sits: the key's position for an object member, the value's for an element. */
export interface JsonLocations {
  /** `formatJsonPath(path)` → position. The root is under `''`. */
  readonly byPath: ReadonlyMap<string, number>;
  positionOf(offset: number): SourcePosition;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `['meetings', 0, 'agenda', 2, 'kind']` → `meetings[0].agenda[2].kind`. */
export function formatJsonPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (typeof seg === 'symbol') out += `[${seg.toString()}]`;
    else if (IDENTIFIER.test(seg)) out += out === '' ? seg : `.${seg}`;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}

/** Offsets of line starts, for turning an offset into line and column. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

export function positionLocator(text: string): (offset: number) => SourcePosition {
  const starts = lineStarts(text);
  return (offset: number) => {
    const o = Math.max(0, Math.min(offset, text.length));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= o) lo = mid;
      else hi = mid - 1;
    }
    return { offset: o, line: lo + 1, column: o - (starts[lo] ?? 0) + 1 };
  };
}

class ScanError extends Error {
  constructor(
    readonly offset: number,
    readonly messageZh: string,
    readonly messageEn: string,
  ) {
    super(messageEn);
  }
}

const describeChar = (text: string, i: number): { zh: string; en: string } => {
  if (i >= text.length) return { zh: '文件意外结束', en: 'unexpected end of input' };
  const cp = text.codePointAt(i) ?? 0;
  const ch = String.fromCodePoint(cp);
  const shown = cp < 0x20 ? `U+${cp.toString(16).toUpperCase().padStart(4, '0')}` : `'${ch}'`;
  // A full-width quote or comma typed by a Chinese input method is the usual culprit.
  const hint =
    '“”‘’，：｛｝［］'.includes(ch) ? { zh: '（全角符号？JSON 须用半角）', en: ' (a full-width character? JSON needs ASCII punctuation)' } : { zh: '', en: '' };
  return { zh: `意外的字符 ${shown}${hint.zh}`, en: `unexpected character ${shown}${hint.en}` };
};

/**
 * Recursive-descent scan of the JSON grammar (RFC 8259). Records the position of every value by
 * path when `record` is given; throws ScanError at the first error.
 */
function scan(text: string, record?: Map<string, number>): void {
  let i = 0;
  const n = text.length;
  // A UTF-8 BOM is tolerated here; parseJsonWithPosition strips it before JSON.parse.
  if (text.charCodeAt(0) === 0xfeff) i = 1;

  const fail = (at: number): never => {
    const d = describeChar(text, at);
    throw new ScanError(at, d.zh, d.en);
  };
  const ws = () => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i++;
      else break;
    }
  };
  const expect = (ch: string, zh: string, en: string) => {
    if (text[i] !== ch) {
      const d = describeChar(text, i);
      throw new ScanError(i, `${d.zh}，${zh}`, `${d.en}, ${en}`);
    }
    i++;
  };

  const string = (): string => {
    const start = i;
    i++; // opening quote
    let hasEscape = false;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        const raw = text.slice(start, i);
        return hasEscape ? (JSON.parse(raw) as string) : raw.slice(1, -1);
      }
      if (c === 92) {
        hasEscape = true;
        const e = text[i + 1];
        if (e === undefined) break;
        if ('"\\/bfnrt'.includes(e)) i += 2;
        else if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
            throw new ScanError(i, '无效的 \\u 转义（须为 4 位十六进制）', 'invalid \\u escape (needs 4 hex digits)');
          }
          i += 6;
        } else throw new ScanError(i, `无效的转义 \\${e}`, `invalid escape \\${e}`);
        continue;
      }
      if (c < 0x20) {
        throw new ScanError(i, '字符串中有未转义的控制字符（换行须写作 \\n）', 'unescaped control character in a string (write a newline as \\n)');
      }
      i++;
    }
    throw new ScanError(start, '字符串没有结束引号', 'unterminated string');
  };

  const number = () => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m || m[0] === '' || m[0] === '-') fail(i);
    i += (m as RegExpExecArray)[0].length;
  };

  const literal = (word: string) => {
    if (text.startsWith(word, i)) i += word.length;
    else fail(i);
  };

  const value = (path: string, depth: number) => {
    if (depth > 10_000) throw new ScanError(i, '嵌套过深', 'nesting too deep');
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') {
          const d = describeChar(text, i);
          throw new ScanError(i, `${d.zh}，应为带双引号的字段名`, `${d.en}, expected a double-quoted property name`);
        }
        const keyAt = i;
        const key = string();
        // Must spell the path exactly as formatJsonPath does.
        const childPath = !IDENTIFIER.test(key) ? `${path}[${JSON.stringify(key)}]` : path === '' ? key : `${path}.${key}`;
        record?.set(childPath, keyAt);
        ws();
        expect(':', '应为冒号 :', "expected ':'");
        value(childPath, depth + 1);
        ws();
        if (text[i] === ',') {
          i++;
          ws();
          if (text[i] === '}') throw new ScanError(i, '对象末尾多了逗号', 'trailing comma before }');
          continue;
        }
        expect('}', '应为逗号 , 或 }', "expected ',' or '}'");
        return;
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (let k = 0; ; k++) {
        ws();
        const childPath = `${path}[${k}]`;
        record?.set(childPath, i);
        value(childPath, depth + 1);
        ws();
        if (text[i] === ',') {
          i++;
          ws();
          if (text[i] === ']') throw new ScanError(i, '数组末尾多了逗号', 'trailing comma before ]');
          continue;
        }
        expect(']', '应为逗号 , 或 ]', "expected ',' or ']'");
        return;
      }
    }
    if (c === '"') return void string();
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return number();
    if (c === 't') return literal('true');
    if (c === 'f') return literal('false');
    if (c === 'n') return literal('null');
    fail(i);
  };

  record?.set('', i);
  ws();
  if (i >= n) throw new ScanError(i, '文件为空，应为 JSON', 'empty input, expected JSON');
  value('', 0);
  ws();
  if (i < n) {
    const d = describeChar(text, i);
    throw new ScanError(i, `${d.zh}：JSON 已结束，后面不应再有内容`, `${d.en}: the JSON value has already ended`);
  }
}

/** Positions of every value in a well-formed JSON text; undefined when the text is malformed. */
export function locateJson(text: string): JsonLocations | undefined {
  const byPath = new Map<string, number>();
  try {
    scan(text, byPath);
  } catch {
    return undefined;
  }
  return { byPath, positionOf: positionLocator(text) };
}

/**
 * The position of the deepest existing node along `path`, and how much of the path exists
 * (a missing field is shown at its parent).
 */
export function findJsonPath(
  locations: JsonLocations,
  path: readonly PropertyKey[],
): (SourcePosition & { found: number }) | undefined {
  for (let k = path.length; k >= 0; k--) {
    const offset = locations.byPath.get(formatJsonPath(path.slice(0, k)));
    if (offset !== undefined) return { ...locations.positionOf(offset), found: k };
  }
  return undefined;
}

/** The first syntax error of `text`, or undefined when it is well-formed JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxProblem | undefined {
  try {
    scan(text);
    return undefined;
  } catch (e) {
    const at = positionLocator(text);
    if (e instanceof ScanError) return { ...at(e.offset), messageZh: e.messageZh, messageEn: e.messageEn };
    const msg = e instanceof Error ? e.message : String(e);
    return { ...at(0), messageZh: msg, messageEn: msg };
  }
}

export type JsonParseResult =
  | { ok: true; value: unknown }
  | { ok: false; error: JsonSyntaxProblem & { file?: string; message: string } };

/** Where Node's own message puts the error ("… at position 13 (line 3 column 2)"). */
const nodePosition = (message: string): number | undefined => {
  const m = /position (\d+)/.exec(message);
  return m ? Number(m[1]) : undefined;
};

/**
 * Parse JSON text; on failure say where (file, line, column) and what is wrong, in zh-CN and
 * English. A leading UTF-8 BOM (Windows Notepad writes one) is accepted.
 */
export function parseJsonWithPosition(text: string, file?: string): JsonParseResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (e) {
    let problem = findJsonSyntaxError(text);
    if (!problem) {
      // Our scanner and V8 disagree (should not happen): trust V8's position when it gives one.
      const msg = e instanceof Error ? e.message : String(e);
      const pos = nodePosition(msg);
      const offset = pos === undefined ? 0 : pos + (body === text ? 0 : 1);
      problem = { ...positionLocator(text)(offset), messageZh: msg, messageEn: msg };
    }
    const where = `${file ? `${file}:` : ''}${problem.line}:${problem.column}`;
    const message = `${where}: JSON 格式错误：${problem.messageZh} / malformed JSON: ${problem.messageEn}`;
    return { ok: false, error: { ...problem, ...(file === undefined ? {} : { file }), message } };
  }
}
