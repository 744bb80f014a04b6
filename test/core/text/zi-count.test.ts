import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { countZi } from '../../../electron/core/text/zi-count';
import { isCjk } from '../../../electron/core/text/char-class';

const ch = (cp: number) => String.fromCodePoint(cp);
const hex = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

describe('countZi: the examples in policy.md', () => {
  it.each([
    ['Hello、World。', 4],
    ['2026年县委常委会（扩大）会议，GDP增长5.2%。', 19],
  ])('%s → %i 字', (text, zi) => {
    expect(countZi(text).zi).toBe(zi);
  });

  it('splits the second example into 16 CJK characters and 3 words (2026, GDP, 5.2%)', () => {
    expect(countZi('2026年县委常委会（扩大）会议，GDP增长5.2%。')).toEqual({
      zi: 19,
      cjk: 16,
      words: 3,
      charsNoSpaces: 27,
      charsWithSpaces: 27,
    });
  });
});

// Each CJK category of policy.md, at the edges of its range. Sandwiched between two Latin
// letters a CJK character splits the run: `a?b` is 3 字 (a, ?, b).
const CJK_BOUNDARIES: readonly (readonly [string, number])[] = [
  ['Han, URO first', 0x4e00],
  ['Han, URO last', 0x9fff],
  ['Han Ext. A first', 0x3400],
  ['Han Ext. A last', 0x4dbf],
  ['Han compatibility first', 0xf900],
  ['Han compatibility last', 0xfaff],
  ['Han Ext. B first (surrogate pair)', 0x20000],
  ['Han Ext. B 𠮷 (surrogate pair)', 0x20bb7],
  ['Han Ext. B last', 0x2a6df],
  ['Han Ext. C first', 0x2a700],
  ['Han Ext. D first', 0x2b740],
  ['Han Ext. E first', 0x2b820],
  ['Han Ext. F first', 0x2ceb0],
  ['Han Ext. I first', 0x2ebf0],
  ['Han compatibility supplement', 0x2f800],
  ['Han Ext. G first', 0x30000],
  ['Han Ext. H last', 0x323af],
  ['Han Ext. J (Unicode 17, newer than Node 24 ICU)', 0x323b0],
  ['CJK radical ⺮', 0x2eae],
  ['Kangxi radical ⼀', 0x2f00],
  ['CJK stroke ㇀', 0x31c0],
  ['enclosed ideograph ㈠', 0x3220],
  ['squared unit ㎡', 0x33a1],
  ['Hiragana ぁ', 0x3041],
  ['Hiragana block last', 0x309f],
  ['Katakana block first', 0x30a0],
  ['Katakana ヿ', 0x30ff],
  ['Katakana phonetic extension ㇰ', 0x31f0],
  ['Kana supplement', 0x1b000],
  ['Hangul Jamo first', 0x1100],
  ['Hangul Jamo last', 0x11ff],
  ['Hangul compatibility jamo ㄱ', 0x3131],
  ['Hangul syllable 가', 0xac00],
  ['Hangul syllable 힣', 0xd7a3],
  ['Hangul Jamo Ext. B last', 0xd7ff],
  ['Bopomofo ㄅ', 0x3105],
  ['Bopomofo block last', 0x312f],
  ['Bopomofo extended first', 0x31a0],
  ['Bopomofo extended last', 0x31bf],
  ['CJK punctuation first 、', 0x3001],
  ['CJK punctuation 。', 0x3002],
  ['CJK punctuation 〇', 0x3007],
  ['CJK punctuation 《', 0x300a],
  ['CJK punctuation last', 0x303f],
  ['full-width first ！', 0xff01],
  ['full-width ，', 0xff0c],
  ['full-width digit ０', 0xff10],
  ['full-width letter Ａ', 0xff21],
  ['half-width katakana ｱ', 0xff71],
  ['full-width ￥', 0xffe5],
  ['full-width forms last', 0xffef],
  ['left single quote ‘', 0x2018],
  ['right single quote ’', 0x2019],
  ['left double quote “', 0x201c],
  ['right double quote ”', 0x201d],
  ['em dash —', 0x2014],
  ['ellipsis …', 0x2026],
  ['middle dot ·', 0x00b7],
];

// Just outside those ranges: ordinary characters that join a Latin run (`a?b` is 1 word).
const NON_CJK_NEIGHBOURS: readonly (readonly [string, number])[] = [
  ['pilcrow ¶ (before ·)', 0x00b6],
  ['cedilla ¸ (after ·)', 0x00b8],
  ['en dash – (before —)', 0x2013],
  ['horizontal bar ― (after —)', 0x2015],
  ['double low line ‗ (before ‘)', 0x2017],
  ['low single quote ‚ (after ’)', 0x201a],
  ['reversed quote ‛', 0x201b],
  ['low double quote „ (after ”)', 0x201e],
  ['two-dot leader ‥ (before …)', 0x2025],
  ['hyphenation point ‧ (after …)', 0x2027],
  ['Georgian ჿ (before Hangul Jamo)', 0x10ff],
  ['Ethiopic ሀ (after Hangul Jamo)', 0x1200],
  ['Yijing hexagram ䷀ (after Ext. A)', 0x4dc0],
  ['Yi syllable ꀀ (after URO)', 0xa000],
  ['private use ', 0xe000],
  ['U+FF00 (before full-width forms)', 0xff00],
  ['U+FFF0 (after full-width forms)', 0xfff0],
  ['replacement character �', 0xfffd],
  ['U+1FFFF (before plane 2)', 0x1ffff],
  ['U+40000 (after plane 3)', 0x40000],
  ['emoji 😀', 0x1f600],
  ['Latin é', 0x00e9],
  ['Cyrillic Ж', 0x0416],
];

// Never counted, and a separator: `a?b` is 2 words.
const SPACES: readonly (readonly [string, string])[] = [
  ['space', ' '],
  ['tab', '\t'],
  ['LF', '\n'],
  ['CRLF', '\r\n'],
  ['CR', '\r'],
  ['vertical tab', '\v'],
  ['form feed', '\f'],
  ['NEL', '\u0085'],
  ['no-break space', '\u00a0'],
  ['ideographic space U+3000', '\u3000'],
  ['en quad', '\u2000'],
  ['em space', '\u2003'],
  ['hair space', '\u200a'],
  ['zero-width space', '\u200b'],
  ['line separator', '\u2028'],
  ['paragraph separator', '\u2029'],
  ['narrow no-break space', '\u202f'],
  ['medium mathematical space', '\u205f'],
  ['BOM / zero-width no-break space', '\ufeff'],
  ['several mixed', ' \t\u3000\u00a0\n'],
];

describe('countZi: every CJK category of policy.md counts 1 per character', () => {
  it.each(CJK_BOUNDARIES.map(([name, cp]) => [name, hex(cp), cp] as const))('%s (%s)', (_name, _hex, cp) => {
    expect(isCjk(cp)).toBe(true);
    expect(countZi(ch(cp))).toMatchObject({ zi: 1, cjk: 1, words: 0, charsNoSpaces: 1 });
    expect(countZi(`a${ch(cp)}b`)).toMatchObject({ zi: 3, cjk: 1, words: 2 });
    expect(countZi(ch(cp).repeat(5)).zi).toBe(5);
  });
});

describe('countZi: characters outside the CJK ranges belong to the surrounding word', () => {
  it.each(NON_CJK_NEIGHBOURS.map(([name, cp]) => [name, hex(cp), cp] as const))('%s (%s)', (_name, _hex, cp) => {
    expect(isCjk(cp)).toBe(false);
    expect(countZi(`a${ch(cp)}b`)).toMatchObject({ zi: 1, cjk: 0, words: 1, charsNoSpaces: 3 });
    expect(countZi(ch(cp).repeat(5)).zi).toBe(1);
  });
});

describe('countZi: whitespace never counts and separates words', () => {
  it.each(SPACES)('%s', (_name, space) => {
    expect(countZi(space)).toMatchObject({ zi: 0, cjk: 0, words: 0, charsNoSpaces: 0 });
    expect(countZi(`a${space}b`)).toMatchObject({ zi: 2, words: 2, charsNoSpaces: 2 });
    expect(countZi(`字${space}字`)).toMatchObject({ zi: 2, cjk: 2 });
  });

  it('U+3000 is a space although it sits next to the U+3001–303F punctuation block', () => {
    expect(countZi('\u3000\u3000今天').zi).toBe(2);
  });
});

describe('countZi: typical official-document text', () => {
  it.each([
    ['', 0],
    ['GDP', 1],
    ['5.2%', 1],
    ['2026', 1],
    ['e-mail address', 2],
    ['Hello,World', 1],
    ['中华人民共和国', 7],
    ['“十四五”规划', 7],
    ['同志们：', 4],
    ['……', 2],
    ['——', 2],
    ['阿卜杜拉·买买提', 8],
    ['第1季度', 4],
    ['1—2月', 4],
    ['《县委常委会议事规则》', 11],
    ['ＧＤＰ增长５．２％', 9],
    ['ｱｲｳ', 3],
    ['GDP增长5.2%，CPI上涨0.3个百分点', 13],
    ['　　一、前两个月GDP增长5.2%。\n　　二、下一步工作安排。', 21],
    ['𠮷野家', 3],
    ['Word 2016 和 WPS 2019', 5],
  ])('%j → %i 字', (text, zi) => {
    expect(countZi(text).zi).toBe(zi);
  });
});

describe('countZi: code points, not UTF-16 units', () => {
  it('counts an Extension-B ideograph (a surrogate pair) as one 字 and one character', () => {
    const extB = '\u{20000}\u{2A6DF}\u{20BB7}';
    expect(extB.length).toBe(6);
    expect(countZi(extB)).toEqual({ zi: 3, cjk: 3, words: 0, charsNoSpaces: 3, charsWithSpaces: 3 });
    expect(countZi(`GDP${extB}GDP`)).toMatchObject({ zi: 5, words: 2 });
  });

  it('counts a lone surrogate as an ordinary non-space character instead of throwing', () => {
    expect(countZi('a\ud800b')).toMatchObject({ zi: 1, charsNoSpaces: 3 });
    expect(countZi('字\udc00')).toMatchObject({ zi: 2, cjk: 1, words: 1 });
  });
});

describe('countZi: marks, variation selectors and joiners stay with their base character', () => {
  it.each([
    ['ideographic variation sequence 葛󠄀', '葛\u{E0100}', 1, 1],
    ['standard variation selector', '字\ufe00', 1, 1],
    ['combining accent in a word', 'cafe\u0301', 1, 5],
    ['combining accent after a CJK character', '字\u0301', 1, 2],
    ['emoji ZWJ sequence', '\u{1F468}\u200d\u{1F469}\u200d\u{1F467}', 1, 3],
    ['combining mark with no base', '\u0301', 1, 1],
    ['stray zero-width joiner', '\u200d', 0, 0],
    ['stray variation selector', ' \ufe0f ', 0, 0],
  ])('%s', (_name, text, zi, charsNoSpaces) => {
    expect(countZi(text)).toMatchObject({ zi, charsNoSpaces });
  });
});

describe('countZi: character counts', () => {
  it('counts spaces and tabs but not line breaks in charsWithSpaces, like Word', () => {
    expect(countZi('a b\tc\r\nd\u3000e')).toMatchObject({ charsNoSpaces: 5, charsWithSpaces: 8 });
  });

  it('does not count zero-width characters at all', () => {
    expect(countZi('\ufeffa\u200bb')).toMatchObject({ zi: 2, charsNoSpaces: 2, charsWithSpaces: 2 });
  });
});

// --- properties -------------------------------------------------------------------------------

const INTERESTING = [
  ...CJK_BOUNDARIES.map(([, cp]) => ch(cp)),
  ...NON_CJK_NEIGHBOURS.map(([, cp]) => ch(cp)),
  ...SPACES.map(([, s]) => s),
  '\u0301', '\u{E0100}', '\u200d', '\ufe0f', '\ud800', 'a', 'Z', '5', '.', '%', '-',
];
const unit = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...INTERESTING) },
  { weight: 2, arbitrary: fc.integer({ min: 0x4e00, max: 0x9fff }).map(ch) },
  { weight: 1, arbitrary: fc.integer({ min: 0x20000, max: 0x323af }).map(ch) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
);
const text = fc.string({ unit, maxLength: 40 });
const whitespace = fc.constantFrom(...SPACES.map(([, s]) => s));

describe('countZi: properties', () => {
  it('is additive over space-separated concatenation', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        const ab = countZi(`${a} ${b}`);
        const ca = countZi(a);
        const cb = countZi(b);
        expect(ab).toEqual({
          zi: ca.zi + cb.zi,
          cjk: ca.cjk + cb.cjk,
          words: ca.words + cb.words,
          charsNoSpaces: ca.charsNoSpaces + cb.charsNoSpaces,
          charsWithSpaces: ca.charsWithSpaces + cb.charsWithSpaces + 1,
        });
      }),
      { numRuns: 500 },
    );
  });

  it('keeps 字数 additive whatever whitespace separates the pieces', () => {
    fc.assert(
      fc.property(text, whitespace, text, (a, sep, b) => {
        expect(countZi(a + sep + b).zi).toBe(countZi(a).zi + countZi(b).zi);
      }),
    );
  });

  it('is never negative, zi = cjk + words, and no count exceeds the code points', () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ unit: 'binary' })), (s) => {
        const c = countZi(s);
        const codePoints = [...s].length;
        expect(c.cjk).toBeGreaterThanOrEqual(0);
        expect(c.words).toBeGreaterThanOrEqual(0);
        expect(c.zi).toBe(c.cjk + c.words);
        expect(c.zi).toBeLessThanOrEqual(c.charsNoSpaces);
        expect(c.charsNoSpaces).toBeLessThanOrEqual(c.charsWithSpaces);
        expect(c.charsWithSpaces).toBeLessThanOrEqual(codePoints);
      }),
    );
  });

  it('counts whitespace-only text as 0', () => {
    fc.assert(
      fc.property(fc.array(whitespace, { maxLength: 30 }), (parts) => {
        expect(countZi(parts.join(''))).toMatchObject({ zi: 0, cjk: 0, words: 0, charsNoSpaces: 0 });
      }),
    );
  });

  it('counts a string of ideographs by code point: one 字 each, BMP or astral', () => {
    const ideographs = fc.array(
      fc.oneof(fc.integer({ min: 0x4e00, max: 0x9fff }), fc.integer({ min: 0x20000, max: 0x3ffff })).map(ch),
      { maxLength: 50 },
    );
    fc.assert(
      fc.property(ideographs, (chars) => {
        expect(countZi(chars.join('')).zi).toBe(chars.length);
      }),
    );
  });

  // An independent reading of policy.md, by Unicode script rather than by block tables, over the
  // characters both readings agree on: letters, digits, ASCII punctuation, the named CJK scripts.
  it('agrees with a regex reading of policy.md on plain text', () => {
    const POLICY_CJK =
      /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}\u3001-\u303f\uff01-\uffef\u2018\u2019\u201c\u201d\u2014\u2026\u00b7]/gu;
    const oracle = (s: string) => {
      const cjk = s.match(POLICY_CJK)?.length ?? 0;
      const words = s.replace(POLICY_CJK, ' ').split(/\s+/u).filter((w) => w !== '').length;
      return cjk + words;
    };
    const plain = fc.oneof(
      fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }),
      fc.constantFrom(' ', '\n', '\t', '\u3000', '\u00a0', '·', '“', '”', '‘', '’', '—', '…', 'é', 'Ж'),
      fc.integer({ min: 0x3001, max: 0x303f }).map(ch),
      fc.integer({ min: 0xff01, max: 0xffef }).filter((cp) => /\P{Cn}/u.test(ch(cp))).map(ch),
      fc.integer({ min: 0x4e00, max: 0x9fef }).map(ch),
      fc.integer({ min: 0x20000, max: 0x2a6df }).map(ch),
      fc.integer({ min: 0x3041, max: 0x3096 }).map(ch),
      fc.integer({ min: 0x30a1, max: 0x30fa }).map(ch),
      fc.integer({ min: 0xac00, max: 0xd7a3 }).map(ch),
      fc.integer({ min: 0x3105, max: 0x312f }).map(ch),
    );
    fc.assert(
      fc.property(fc.string({ unit: plain, maxLength: 60 }), (s) => {
        expect(countZi(s).zi).toBe(oracle(s));
      }),
      { numRuns: 1000 },
    );
  });
});
