/**
 * Line breaking for Chinese text mixed with Latin words and numbers: a break may fall between
 * any two 汉字, but not inside a Latin word or a number ("GDP", "5.2%", "2026"), and the
 * 禁则 (kinsoku) rules hold: no line starts with closing punctuation （，。、）》 …) and none
 * ends with opening punctuation （（《“ …). A word wider than the line is broken by character.
 */
export type Measure = (text: string) => number;

const CJK = /[\u2E80-\u2FDF\u3000-\u303F\u3040-\u30FF\u3100-\u312F\u3190-\u31FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF]|[\uD840-\uD87F][\uDC00-\uDFFF]/u;
// Full-width marks only: ASCII punctuation stays inside its word, so "09:01" and "5.2%" never break.
const NO_LINE_START = new Set([...'，。、；：？！）》」』】〕〉〗…—·％', '\u2019', '\u201D']);
const NO_LINE_END = new Set([...'（《「『【〔〈〖', '\u2018', '\u201C']);

/** Breakable pieces: each CJK character alone, a run of other non-space characters, a run of spaces. */
export function tokens(text: string): string[] {
  const out: string[] = [];
  let word = '';
  const flush = () => {
    if (word) out.push(word);
    word = '';
  };
  for (const ch of text) {
    if (/\s/.test(ch)) {
      flush();
      const last = out[out.length - 1];
      if (last !== undefined && /^\s+$/.test(last)) out[out.length - 1] = last + ch;
      else out.push(ch);
    } else if (CJK.test(ch) || NO_LINE_START.has(ch) || NO_LINE_END.has(ch)) {
      // Punctuation is its own token so that kinsoku can move it with its neighbour.
      flush();
      out.push(ch);
    } else {
      word += ch;
    }
  }
  flush();
  return out;
}

const isSpace = (t: string) => /^\s+$/.test(t);

function splitLongWord(word: string, width: number, measure: Measure): string[] {
  const parts: string[] = [];
  let cur = '';
  for (const ch of word) {
    if (cur && measure(cur + ch) > width) {
      parts.push(cur);
      cur = ch;
    } else cur += ch;
  }
  if (cur) parts.push(cur);
  return parts;
}

/** One paragraph (no newlines) into lines of at most `width` (except a lone glyph wider than it). */
function wrapParagraph(text: string, width: number, measure: Measure): string[] {
  const toks = tokens(text).flatMap((t) => (!isSpace(t) && measure(t) > width ? splitLongWord(t, width, measure) : [t]));
  const lines: string[][] = [];
  let line: string[] = [];
  let lineWidth = 0;
  const push = () => {
    while (line.length && isSpace(line[line.length - 1]!)) line.pop();
    lines.push(line);
    line = [];
    lineWidth = 0;
  };
  for (const tok of toks) {
    if (line.length === 0 && isSpace(tok)) continue;
    const w = measure(tok);
    if (lineWidth + w <= width || line.length === 0) {
      line.push(tok);
      lineWidth += w;
      continue;
    }
    if (isSpace(tok)) {
      push();
      continue;
    }
    // Carry the tail that kinsoku forbids to leave behind: an opening mark at the end, or
    // the character a closing mark must follow.
    const carry: string[] = [];
    if (NO_LINE_START.has(tok) && line.length > 1) carry.unshift(line.pop()!);
    while (line.length > 1 && NO_LINE_END.has(line[line.length - 1]!)) carry.unshift(line.pop()!);
    push();
    line = [...carry, tok];
    lineWidth = measure(line.join(''));
  }
  if (line.length || lines.length === 0) push();
  return lines.map((l) => l.join(''));
}

/** Text (newlines kept as breaks) into lines that fit `width`. Always at least one line. */
export function wrapText(text: string, width: number, measure: Measure): string[] {
  return text.split(/\r\n|\r|\n/).flatMap((p) => wrapParagraph(p, width, measure));
}
