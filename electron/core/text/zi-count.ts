import { classify, isInvisibleJoiner } from './char-class';

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
  // What the previous non-extend character was: a word run is open only after 'other'.
  let prev: 'space' | 'cjk' | 'other' = 'space';

  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    i += cp > 0xffff ? 2 : 1;

    const cls = classify(cp);
    if (cls === 'space') {
      if (!isLineBreak(cp) && !isZeroWidth(cp)) charsWithSpaces++;
      prev = 'space';
      continue;
    }
    if (!isZeroWidth(cp)) {
      charsNoSpaces++;
      charsWithSpaces++;
    }
    if (cls === 'cjk') {
      cjk++;
      prev = 'cjk';
    } else if (cls === 'other') {
      if (prev !== 'other') words++;
      prev = 'other';
    } else if (prev === 'space' && !isZeroWidth(cp)) {
      // A visible mark with no base character is still something on the page; a stray invisible
      // joiner is not.
      words++;
      prev = 'other';
    }
  }

  return { zi: cjk + words, charsNoSpaces, charsWithSpaces, cjk, words };
}
