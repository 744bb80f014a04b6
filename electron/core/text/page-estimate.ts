import { classify, isHalfwidthForm, isInvisibleJoiner } from './char-class';

export interface PageEstimateOptions {
  /** Characters per line; GB/T 9704-2012 says 28. */
  charsPerLine?: number;
  /** Lines per page; GB/T 9704-2012 says 22. */
  linesPerPage?: number;
  /** First-line indent of every paragraph, in full-width characters (空两格 = 2). */
  indent?: number;
}

export interface PageEstimate {
  /** Non-blank paragraphs found (see estimatePages). */
  paragraphs: number;
  lines: number;
  pages: number;
}

export const GB9704_CHARS_PER_LINE = 28;
export const GB9704_LINES_PER_PAGE = 22;
export const GB9704_INDENT = 2;

/**
 * How many character cells a code point takes in a 公文 set in 仿宋 on the GB/T 9704 grid.
 * Full-width (1): everything countZi counts as CJK (Han, kana, Hangul, CJK and full-width
 * punctuation, “ ” ‘ ’ — … ·) except the half-width forms U+FF61–FFDC / U+FFE8–FFEE, and the
 * ideographic space U+3000. Zero (0): combining marks, variation selectors, joiners, U+200B, U+FEFF.
 * Half-width (0.5): everything else — Latin letters, digits, ASCII punctuation and spaces, tabs.
 */
export function cellWidth(cp: number): number {
  const cls = classify(cp);
  switch (cls) {
    case 'cjk':
      return isHalfwidthForm(cp) ? 0.5 : 1;
    case 'extend':
      return 0;
    case 'space':
      if (cp === 0x3000) return 1;
      if (cp === 0x200b || cp === 0xfeff || isInvisibleJoiner(cp)) return 0;
      return 0.5;
    case 'other':
      return 0.5;
  }
}

const LINE_SPLIT = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/;
// Only what separates paragraphs or indents them; U+3000 is how Chinese .txt files indent (two of them).
const EDGE_SPACE = /^[\s\u200b\ufeff]+|[\s\u200b\ufeff]+$/g;

function positiveInteger(name: string, value: number, min: number): number {
  if (!Number.isInteger(value) || value < min) {
    throw new RangeError(`${name} must be an integer ≥ ${min}, got ${value}`);
  }
  return value;
}

/**
 * Estimate the pages a text fills as a 公文 (policy.md, "Page estimate", GB/T 9704-2012).
 *
 * What a paragraph is: the text is split at every line break (CRLF, CR, LF, VT, FF, NEL, U+2028,
 * U+2029); each piece, with leading and trailing whitespace removed (ASCII spaces, tabs, U+3000
 * indents, NBSP, zero-width space, BOM), is a paragraph if anything is left. Blank lines are
 * not paragraphs: a .docx read by mammoth separates paragraphs with an empty line, and a
 * hand-typed .txt often does too, so both give the same estimate as the same text in Word.
 * Leading indents are removed because the formula already adds the 2-character indent; keeping
 * them would count it twice.
 *
 * Each paragraph takes ceil((indent + width) / charsPerLine) lines, where width sums cellWidth
 * over the paragraph's code points; pages = ceil(lines / linesPerPage). Empty or whitespace-only
 * text is 0 paragraphs, 0 lines, 0 pages. Titles, headers and spacing between blocks are not
 * modelled: this is an estimate, and a PDF's real page count wins over it.
 */
export function estimatePages(text: string, opts: PageEstimateOptions = {}): PageEstimate {
  const charsPerLine = positiveInteger('charsPerLine', opts.charsPerLine ?? GB9704_CHARS_PER_LINE, 1);
  const linesPerPage = positiveInteger('linesPerPage', opts.linesPerPage ?? GB9704_LINES_PER_PAGE, 1);
  const indent = positiveInteger('indent', opts.indent ?? GB9704_INDENT, 0);

  let paragraphs = 0;
  let lines = 0;
  for (const raw of text.split(LINE_SPLIT)) {
    const paragraph = raw.replace(EDGE_SPACE, '');
    if (paragraph === '') continue;
    let width = 0;
    for (let i = 0; i < paragraph.length; ) {
      const cp = paragraph.codePointAt(i)!;
      i += cp > 0xffff ? 2 : 1;
      width += cellWidth(cp);
    }
    paragraphs++;
    // Widths are multiples of 0.5, exact in binary floating point: no rounding error here.
    lines += Math.max(1, Math.ceil((indent + width) / charsPerLine));
  }
  return { paragraphs, lines, pages: Math.ceil(lines / linesPerPage) };
}
