import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { countZi, type ZiCount } from '../../../electron/core/text/zi-count';
import { classify, isInvisibleJoiner } from '../../../electron/core/text/char-class';

// countZi reads the main ideograph block without classifying and keeps a table of BMP classes.
// This is the plain per-code-point loop it replaced: both must give the same five counts for
// any text, whatever characters the table has already learnt.
function referenceCount(text: string): ZiCount {
  const lineBreak = (cp: number) => (cp >= 0x0a && cp <= 0x0d) || cp === 0x85 || cp === 0x2028 || cp === 0x2029;
  const zeroWidth = (cp: number) => cp === 0x200b || cp === 0xfeff || isInvisibleJoiner(cp);
  let cjk = 0;
  let words = 0;
  let charsNoSpaces = 0;
  let charsWithSpaces = 0;
  let prev: 'space' | 'cjk' | 'other' = 'space';
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    i += cp > 0xffff ? 2 : 1;
    const cls = classify(cp);
    if (cls === 'space') {
      if (!lineBreak(cp) && !zeroWidth(cp)) charsWithSpaces++;
      prev = 'space';
      continue;
    }
    if (!zeroWidth(cp)) {
      charsNoSpaces++;
      charsWithSpaces++;
    }
    if (cls === 'cjk') {
      cjk++;
      prev = 'cjk';
    } else if (cls === 'other') {
      if (prev !== 'other') words++;
      prev = 'other';
    } else if (prev === 'space' && !zeroWidth(cp)) {
      words++;
      prev = 'other';
    }
  }
  return { zi: cjk + words, charsNoSpaces, charsWithSpaces, cjk, words };
}

const ch = (cp: number) => String.fromCodePoint(cp);
// Edges of the fast path and of the classes around it, and every kind of character countZi
// treats differently: spaces, line breaks, zero-width, joiners, marks, surrogates.
const EDGES = [
  0x4dff, 0x4e00, 0x4e01, 0x9ffe, 0x9fff, 0xa000, 0x3000, 0x3001, 0x303f, 0x20, 0x0a, 0x0d, 0x85, 0xa0, 0x200b,
  0x200c, 0x200d, 0x2028, 0xfeff, 0xfe0f, 0x0301, 0x00b7, 0xff0c, 0xff61, 0xd7ff, 0xe000, 0xffff,
].map(ch);
const unit = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...EDGES, 'a', '5', '%', '.', '，', '。', '\uD800', '\uDC00', '𠮷', '葛\u{E0100}') },
  { weight: 3, arbitrary: fc.integer({ min: 0x4e00, max: 0x9fff }).map(ch) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u)) },
  { weight: 1, arbitrary: fc.integer({ min: 0x10000, max: 0x10ffff }).map(ch) },
);

describe('countZi fast path', () => {
  it('gives the same counts as the per-code-point loop (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 60 }), (text) => {
        expect(countZi(text)).toEqual(referenceCount(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('gives the same counts for every BMP code unit alone, between letters and between ideographs', () => {
    for (let u = 0; u <= 0xffff; u++) {
      const c = String.fromCharCode(u);
      for (const text of [c, `a${c}b`, `中${c}文`, ` ${c}`]) {
        const got = countZi(text);
        const want = referenceCount(text);
        if (got.zi !== want.zi || got.words !== want.words || got.cjk !== want.cjk || got.charsNoSpaces !== want.charsNoSpaces || got.charsWithSpaces !== want.charsWithSpaces) {
          expect({ unit: u.toString(16), text, got }).toEqual({ unit: u.toString(16), text, got: want });
        }
      }
    }
  });

  it('counts a long official text the same', () => {
    const text = '各位领导：截至目前，全县已落实春播面积12.6万亩，化肥、种子储备充足，农机检修完成率95%。\n'.repeat(200);
    expect(countZi(text)).toEqual(referenceCount(text));
  });
});
