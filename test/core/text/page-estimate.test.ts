import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cellWidth, estimatePages } from '../../../electron/core/text/page-estimate';

const han = (n: number) => '字'.repeat(n);
const ascii = (n: number) => 'a'.repeat(n);
const paragraphs = (n: number, body = han(10)) => Array.from({ length: n }, () => body).join('\n');

describe('estimatePages: GB/T 9704-2012, 22 lines × 28 characters, 2-character indent', () => {
  it.each([
    ['empty text', '', 0, 0, 0],
    ['only spaces and blank lines', ' \n\n\t\u3000\r\n  ', 0, 0, 0],
    ['one character', '字', 1, 1, 1],
    ['26 full-width characters fill the first line after the indent', han(26), 1, 1, 1],
    ['27 full-width characters need a second line', han(27), 1, 2, 1],
    ['54 full-width characters fill exactly two lines', han(54), 1, 2, 1],
    ['55 full-width characters need a third line', han(55), 1, 3, 1],
    ['52 half-width characters are 26 cells: one line', ascii(52), 1, 1, 1],
    ['53 half-width characters are 26.5 cells: two lines', ascii(53), 1, 2, 1],
    ['20 full-width + 12 half-width = 26 cells: one line', han(20) + ascii(12), 1, 1, 1],
    ['20 full-width + 13 half-width = 26.5 cells: two lines', han(20) + ascii(13), 1, 2, 1],
    ['22 one-line paragraphs fill one page', paragraphs(22), 22, 22, 1],
    ['23 one-line paragraphs start a second page', paragraphs(23), 23, 23, 2],
    ['44 one-line paragraphs fill two pages', paragraphs(44), 44, 44, 2],
    ['45 one-line paragraphs start a third page', paragraphs(45), 45, 45, 3],
    ['11 two-line paragraphs fill one page', paragraphs(11, han(27)), 11, 22, 1],
  ])('%s', (_name, text, paras, lines, pages) => {
    expect(estimatePages(text)).toEqual({ paragraphs: paras, lines, pages });
  });
});

describe('estimatePages: what a paragraph is', () => {
  it.each([
    ['LF', 'a\nb'],
    ['CRLF', 'a\r\nb'],
    ['CR', 'a\rb'],
    ['U+2029 paragraph separator', 'a\u2029b'],
    ['U+2028 line separator', 'a\u2028b'],
    ['form feed', 'a\fb'],
  ])('a %s starts a new paragraph', (_name, text) => {
    expect(estimatePages(text).paragraphs).toBe(2);
  });

  it('ignores blank and whitespace-only lines, as between the paragraphs mammoth extracts', () => {
    expect(estimatePages('一\n\n\n二\n \u3000\t\n三\n').paragraphs).toBe(3);
  });

  it('strips a typed indent (　　) so the formula’s 2-character indent is not counted twice', () => {
    expect(estimatePages(`\u3000\u3000${han(26)}`).lines).toBe(1);
    expect(estimatePages(`    ${han(26)}`).lines).toBe(1);
    expect(estimatePages(`${han(26)}\u3000\u3000`).lines).toBe(1);
  });

  it('counts whitespace inside a paragraph: U+3000 a full cell, an ASCII space half', () => {
    expect(estimatePages(`${han(13)}\u3000${han(12)}`).lines).toBe(1);
    expect(estimatePages(`${han(13)}\u3000${han(13)}`).lines).toBe(2);
    expect(estimatePages(`${han(25)} ${ascii(1)}`).lines).toBe(1);
    expect(estimatePages(`${han(25)} ${ascii(2)}`).lines).toBe(2);
  });
});

describe('cellWidth', () => {
  it.each([
    ['Han 字', 0x5b57, 1],
    ['Han Ext. B (surrogate pair)', 0x20000, 1],
    ['kana あ', 0x3042, 1],
    ['Hangul 가', 0xac00, 1],
    ['CJK punctuation 。', 0x3002, 1],
    ['full-width comma ，', 0xff0c, 1],
    ['full-width digit ５', 0xff15, 1],
    ['curly quote “', 0x201c, 1],
    ['em dash —', 0x2014, 1],
    ['ellipsis …', 0x2026, 1],
    ['middle dot ·', 0x00b7, 1],
    ['ideographic space', 0x3000, 1],
    ['half-width katakana ｱ', 0xff71, 0.5],
    ['half-width ideographic full stop ｡', 0xff61, 0.5],
    ['half-width Hangul ﾡ', 0xffa1, 0.5],
    ['half-width arrow ￩', 0xffe9, 0.5],
    ['Latin a', 0x61, 0.5],
    ['digit 5', 0x35, 0.5],
    ['percent %', 0x25, 0.5],
    ['space', 0x20, 0.5],
    ['tab', 0x09, 0.5],
    ['Latin é', 0xe9, 0.5],
    ['combining acute', 0x301, 0],
    ['ideographic variation selector', 0xe0100, 0],
    ['zero-width space', 0x200b, 0],
    ['BOM', 0xfeff, 0],
  ])('%s → %d', (_name, cp, width) => {
    expect(cellWidth(cp)).toBe(width);
  });

  it('counts a surrogate-pair ideograph as one cell in a paragraph', () => {
    expect(estimatePages('\u{20000}'.repeat(26)).lines).toBe(1);
    expect(estimatePages('\u{20000}'.repeat(27)).lines).toBe(2);
  });
});

describe('estimatePages: options', () => {
  it('takes another grid and indent', () => {
    expect(estimatePages(han(10), { charsPerLine: 10, indent: 0 }).lines).toBe(1);
    expect(estimatePages(han(10), { charsPerLine: 10 }).lines).toBe(2);
    expect(estimatePages(paragraphs(4), { linesPerPage: 3 }).pages).toBe(2);
  });

  it.each([
    [{ charsPerLine: 0 }],
    [{ charsPerLine: 27.5 }],
    [{ linesPerPage: 0 }],
    [{ linesPerPage: Number.NaN }],
    [{ indent: -1 }],
  ])('refuses %j with a RangeError', (opts) => {
    expect(() => estimatePages('字', opts)).toThrow(RangeError);
  });
});

describe('estimatePages: a three-page report', () => {
  it('estimates 30 paragraphs of 40 字 at 60 lines, 3 pages — the report-pages boundary', () => {
    // Each paragraph: 2 + 40 = 42 cells → 2 lines; 30 paragraphs → 60 lines → 3 pages.
    const report = Array.from({ length: 30 }, () => han(40)).join('\n\n');
    expect(estimatePages(report)).toEqual({ paragraphs: 30, lines: 60, pages: 3 });
    // 31 paragraphs are 62 lines, still 3 pages; 34 are 68 lines, past the 66 of three pages.
    expect(estimatePages(`${report}\n${han(40)}`).pages).toBe(3);
    const longer = Array.from({ length: 34 }, () => han(40)).join('\n');
    expect(estimatePages(longer).pages).toBe(4);
  });
});

const line = fc.string({
  unit: fc.constantFrom('字', 'a', '5', ' ', '\u3000', '，', '\u{20000}', 'ｱ', '\u0301'),
  maxLength: 80,
});
const doc = fc.array(line, { maxLength: 40 }).map((ls) => ls.join('\n'));

describe('estimatePages: properties', () => {
  it('pages = ceil(lines / 22), every paragraph takes at least one line, nothing negative', () => {
    fc.assert(
      fc.property(doc, (text) => {
        const e = estimatePages(text);
        expect(e.pages).toBe(Math.ceil(e.lines / 22));
        expect(e.lines).toBeGreaterThanOrEqual(e.paragraphs);
        expect(e.paragraphs).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('is additive over paragraphs joined by line breaks, blank lines or not', () => {
    fc.assert(
      fc.property(doc, doc, fc.constantFrom('\n', '\r\n', '\n\n', '\n\u3000\n'), (a, b, sep) => {
        const ab = estimatePages(a + sep + b);
        const ea = estimatePages(a);
        const eb = estimatePages(b);
        expect(ab.paragraphs).toBe(ea.paragraphs + eb.paragraphs);
        expect(ab.lines).toBe(ea.lines + eb.lines);
      }),
    );
  });

  it('never shrinks when a paragraph is appended', () => {
    fc.assert(
      fc.property(doc, line, (a, p) => {
        expect(estimatePages(`${a}\n${p}`).pages).toBeGreaterThanOrEqual(estimatePages(a).pages);
      }),
    );
  });
});
