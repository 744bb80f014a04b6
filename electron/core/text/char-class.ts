// How one Unicode code point behaves in Word's 字数 (policy.md, "Counting 字 the way Word does").
// Shared by the 字数 count and the GB/T 9704 page estimate so both agree on what a CJK character is.

/**
 * - `space`: separates words and never counts (all Unicode White_Space incl. U+3000 and NBSP,
 *   plus the zero-width space U+200B and the BOM / zero-width no-break space U+FEFF).
 * - `cjk`: counts 1 on its own.
 * - `extend`: a combining mark, variation selector or joiner; it belongs to the character before it
 *   and never starts a count of its own unless nothing precedes it (see zi-count.ts).
 * - `other`: any other non-space character; a maximal run of these counts 1.
 */
export type CharClass = 'space' | 'cjk' | 'extend' | 'other';

/**
 * Inclusive code point ranges counted as one CJK character each, sorted by start.
 * policy.md names Han, kana, Hangul, Bopomofo, U+3001–303F, U+FF01–FFEF and seven punctuation marks.
 * "Han" is read as every block whose characters are Han ideographs or their components, so that
 * ⺮ radicals, ㇀ strokes, ㈠ enclosed ideographs and ㎡ squared units (which Word counts as East Asian
 * characters) are not lumped into a neighbouring Latin word.
 */
export const CJK_RANGES: readonly (readonly [number, number])[] = [
  [0x00b7, 0x00b7], // · middle dot (used in names: 阿卜杜拉·买买提)
  [0x1100, 0x11ff], // Hangul Jamo
  [0x2014, 0x2014], // — em dash (——)
  [0x2018, 0x2019], // ‘ ’
  [0x201c, 0x201d], // “ ”
  [0x2026, 0x2026], // … (……)
  [0x2e80, 0x2eff], // CJK Radicals Supplement
  [0x2f00, 0x2fdf], // Kangxi Radicals
  [0x2ff0, 0x2fff], // Ideographic Description Characters
  [0x3001, 0x303f], // CJK Symbols and Punctuation, without U+3000 (a space)
  [0x3040, 0x309f], // Hiragana
  [0x30a0, 0x30ff], // Katakana
  [0x3100, 0x312f], // Bopomofo
  [0x3130, 0x318f], // Hangul Compatibility Jamo
  [0x3190, 0x319f], // Kanbun
  [0x31a0, 0x31bf], // Bopomofo Extended
  [0x31c0, 0x31ef], // CJK Strokes
  [0x31f0, 0x31ff], // Katakana Phonetic Extensions
  [0x3200, 0x32ff], // Enclosed CJK Letters and Months (㈠ ㈡ …)
  [0x3300, 0x33ff], // CJK Compatibility (㎡ ㎞ …)
  [0x3400, 0x4dbf], // CJK Unified Ideographs Extension A
  [0x4e00, 0x9fff], // CJK Unified Ideographs
  [0xa960, 0xa97f], // Hangul Jamo Extended-A
  [0xac00, 0xd7af], // Hangul Syllables
  [0xd7b0, 0xd7ff], // Hangul Jamo Extended-B
  [0xf900, 0xfaff], // CJK Compatibility Ideographs
  [0xfe10, 0xfe1f], // Vertical Forms
  [0xfe30, 0xfe4f], // CJK Compatibility Forms
  [0xff01, 0xffef], // Halfwidth and Fullwidth Forms
  [0x1aff0, 0x1afff], // Kana Extended-B
  [0x1b000, 0x1b16f], // Kana Supplement, Kana Extended-A, Small Kana Extension
  // Planes 2 and 3 are allocated to Han only: Extensions B–J and the compatibility supplement.
  // Taking the whole planes keeps ideographs added after this Node's Unicode version (e.g. Ext. J
  // in Unicode 17) counted correctly.
  [0x20000, 0x3ffff],
];

/** Half-width variants inside U+FF01–FFEF: they count 1 字 but take half a cell on the page. */
export function isHalfwidthForm(cp: number): boolean {
  return (cp >= 0xff61 && cp <= 0xffdc) || (cp >= 0xffe8 && cp <= 0xffee);
}

export function isCjk(cp: number): boolean {
  let lo = 0;
  let hi = CJK_RANGES.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const range = CJK_RANGES[mid]!;
    if (cp < range[0]) hi = mid - 1;
    else if (cp > range[1]) lo = mid + 1;
    else return true;
  }
  return false;
}

export function isSpace(cp: number): boolean {
  if (cp === 0x20 || (cp >= 0x09 && cp <= 0x0d)) return true;
  if (cp < 0x85) return false;
  return (
    cp === 0x85 ||
    cp === 0xa0 ||
    cp === 0x1680 ||
    (cp >= 0x2000 && cp <= 0x200b) ||
    cp === 0x2028 ||
    cp === 0x2029 ||
    cp === 0x202f ||
    cp === 0x205f ||
    cp === 0x3000 ||
    cp === 0xfeff
  );
}

/** Invisible format characters that glue to their neighbour and are not characters a reader sees. */
export function isInvisibleJoiner(cp: number): boolean {
  return (
    cp === 0x200c || // ZWNJ
    cp === 0x200d || // ZWJ (emoji sequences)
    cp === 0x2060 || // word joiner
    (cp >= 0xfe00 && cp <= 0xfe0f) || // variation selectors
    (cp >= 0xe0100 && cp <= 0xe01ef) // ideographic variation selectors (葛󠄀 in personal names)
  );
}

const COMBINING_MARK = /^\p{M}$/u;

export function classify(cp: number): CharClass {
  if (cp < 0x80) return isSpace(cp) ? 'space' : 'other';
  if (isSpace(cp)) return 'space';
  if (isCjk(cp)) return 'cjk';
  if (isInvisibleJoiner(cp)) return 'extend';
  // Lone surrogates are not code points a regex can test; they are junk, counted as 'other'.
  if (cp >= 0xd800 && cp <= 0xdfff) return 'other';
  return COMBINING_MARK.test(String.fromCodePoint(cp)) ? 'extend' : 'other';
}
