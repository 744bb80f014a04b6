import { classify, isInvisibleJoiner, type CharClass } from './char-class';

export interface ZiCount {
  /** Word's 字数: `cjk + words`. This is the number policy.md's 5000-字 keynote cap compares. */
  zi: number;
  /** Word's 字符数(不计空格): visible code points, whitespace excluded. */
  charsNoSpaces: number;
  /** Word's 字符数(计空格): as above plus spaces and tabs; line breaks are not characters. */
  charsWithSpaces: number;
  /** CJK characters, each counting 1 字. */
  cjk: number;
  /** Maximal runs of other non-space characters ("GDP", "5.2%", "2026"), each counting 1 字. */
  words: number;
}

function isLineBreak(cp: number): boolean {
  return (cp >= 0x0a && cp <= 0x0d) || cp === 0x85 || cp === 0x2028 || cp === 0x2029;
}

/** Zero-width characters that Word shows no cell for: not characters, with or without spaces. */
function isZeroWidth(cp: number): boolean {
  return cp === 0x200b || cp === 0xfeff || isInvisibleJoiner(cp);
}

// A code point's class and the two flags countZi asks about, packed in one small number: the
// check runs over every character of every attached document (millions in a long schedule), so
// the answers for the Basic Multilingual Plane are kept in a table, learnt the first time a
// character is seen (0 = not yet). Pure memo: the same answers classify() gives.
const SPACE = 1;
const CJK = 2;
const EXTEND = 3;
const OTHER = 4;
const CLASS_MASK = 7;
const LINE_BREAK = 8;
const ZERO_WIDTH = 16;
const CLASS_CODE: Record<CharClass, number> = { space: SPACE, cjk: CJK, extend: EXTEND, other: OTHER };

const bmpInfo = new Uint8Array(0x10000);

function charInfo(cp: number): number {
  return CLASS_CODE[classify(cp)] | (isLineBreak(cp) ? LINE_BREAK : 0) | (isZeroWidth(cp) ? ZERO_WIDTH : 0);
}

function learnBmp(unit: number): number {
  const info = charInfo(unit);
  bmpInfo[unit] = info;
  return info;
}

/**
 * Count 字 the way Word's 字数 does (policy.md). Iterates by code point, so an Extension-B
 * ideograph written as a surrogate pair is one 字, not two.
 *
 * Combining marks, variation selectors and joiners stay with the character before them:
 * `葛` + U+E0100 is one 字, `café` written with a combining accent is one word. Only when nothing
 * precedes them (start of text or after a space) do they open a word of their own, so the count
 * stays additive over space-separated pieces.
 */
export function countZi(text: string): ZiCount {
  let cjk = 0;
  let words = 0;
  let charsNoSpaces = 0;
  let charsWithSpaces = 0;
  // What the previous non-extend character was: a word run is open only after OTHER.
  let prev: number = SPACE;
  // Ideographs of the main CJK block (U+4E00–9FFF), nearly every character of a Chinese text,
  // are counted on their own and added to cjk and both character counts at the end.
  let han = 0;

  const n = text.length;
  for (let i = 0; i < n; ) {
    const unit = text.charCodeAt(i);
    if (unit >= 0x4e00 && unit <= 0x9fff) {
      han++;
      prev = CJK;
      i++;
      continue;
    }
    let info: number;
    if (unit < 0xd800 || unit > 0xdfff) {
      info = bmpInfo[unit] || learnBmp(unit);
      i++;
    } else {
      const cp = text.codePointAt(i)!;
      i += cp > 0xffff ? 2 : 1;
      info = charInfo(cp);
    }

    const cls = info & CLASS_MASK;
    if (cls === SPACE) {
      if ((info & (LINE_BREAK | ZERO_WIDTH)) === 0) charsWithSpaces++;
      prev = SPACE;
      continue;
    }
    const zeroWidth = (info & ZERO_WIDTH) !== 0;
    if (!zeroWidth) {
      charsNoSpaces++;
      charsWithSpaces++;
    }
    if (cls === CJK) {
      cjk++;
      prev = CJK;
    } else if (cls === OTHER) {
      if (prev !== OTHER) words++;
      prev = OTHER;
    } else if (prev === SPACE && !zeroWidth) {
      // A visible mark with no base character is still something on the page; a stray invisible
      // joiner is not.
      words++;
      prev = OTHER;
    }
  }

  cjk += han;
  return { zi: cjk + words, charsNoSpaces: charsNoSpaces + han, charsWithSpaces: charsWithSpaces + han, cjk, words };
}
