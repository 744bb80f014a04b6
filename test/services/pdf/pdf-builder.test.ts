import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PDFDict, PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { A4, fontCandidates, loadPdfFont, niceScale, PdfBuilder, PdfFontError } from '../../../electron/services/pdf';

const hasPoppler = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/** Text of a PDF as poppler extracts it (proves the glyphs map back to the characters). */
function pdfText(bytes: Uint8Array): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duanhui-pdf-'));
  try {
    const file = path.join(dir, 'x.pdf');
    fs.writeFileSync(file, bytes);
    return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The embedded font programs (each FontDescriptor's FontFile2) and their sizes, bytes. */
async function embeddedFonts(bytes: Uint8Array): Promise<number[]> {
  const doc = await PDFDocument.load(bytes);
  const sizes: number[] = [];
  for (const [, obj] of doc.context.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFDict) || obj.get(PDFName.of('Type')) !== PDFName.of('FontDescriptor')) continue;
    const file = doc.context.lookup(obj.get(PDFName.of('FontFile2')));
    if (file instanceof PDFRawStream) sizes.push(file.contents.length);
  }
  return sizes;
}

async function sample(rows = 3) {
  const pdf = await PdfBuilder.create({ title: '测试文档', runningHeader: '测试文档', createdAt: Date.UTC(2026, 3, 1) });
  pdf.title('审批表');
  pdf.heading('一、基本情况');
  pdf.facts([
    { label: '会议名称', value: '全县经济工作会议' },
    { label: '说明', value: '这是一段很长的中文说明文字，用来检查表格单元格里的自动换行是否正确，不会超出边框，也不会被截断。'.repeat(2), tone: 'alert' },
  ]);
  pdf.table({
    columns: [
      { label: '序号', weight: 1, align: 'center' },
      { label: '单位', weight: 4 },
      { label: '用时', weight: 2, align: 'right' },
    ],
    rows: Array.from({ length: rows }, (_, i) => ({ cells: [String(i + 1), `县第${i + 1}局`, `${i}:00`] })),
    footer: ['', '合计', '99:00'],
  });
  pdf.barChart({ title: '每周会议数', unit: '场', categories: ['第1周', '第2周'], stacked: true, series: [{ name: '未超时', values: [3, 4], color: '#4a76a8' }, { name: '超时', values: [1, 0], color: '#b8332a' }] });
  return pdf.save();
}

describe('PdfBuilder: a Chinese A4 document', () => {
  it('makes A4 pages with metadata, and embeds only a subset of the font', async () => {
    const bytes = await sample();
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(doc.getPageCount()).toBe(1);
    const { width, height } = doc.getPage(0).getSize();
    expect([width, height]).toEqual(A4);
    expect([Math.round(width / (72 / 25.4)), Math.round(height / (72 / 25.4))]).toEqual([210, 297]);
    expect(doc.getTitle()).toBe('测试文档');
    expect(doc.getCreator()).toBe('短会 Duanhui');
    const fonts = await embeddedFonts(bytes);
    expect(fonts).toHaveLength(1);
    // The whole Noto Sans SC is over 10 MB; the subset of a page of text is a few tens of KB.
    expect(fonts[0]!).toBeLessThan(200_000);
    expect(bytes.length).toBeLessThan(300_000);
  });

  it('flows a long table onto more pages, numbering every page', async () => {
    const bytes = await sample(120);
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPageCount()).toBeGreaterThanOrEqual(3);
    for (const p of doc.getPages()) expect([p.getWidth(), p.getHeight()]).toEqual(A4);
    if (!hasPoppler) return;
    const text = pdfText(bytes);
    const total = doc.getPageCount();
    for (let n = 1; n <= total; n++) expect(text).toMatch(new RegExp(`第\\s*${n}\\s*页\\s*共\\s*${total}\\s*页`));
    // The header row repeats on every page of the table.
    expect(text.split('\f').filter((page) => /序号\s+单位\s+用时/.test(page)).length).toBeGreaterThanOrEqual(total - 1);
  });

  it.skipIf(!hasPoppler)('the text comes back out as Chinese (glyphs are real characters, not boxes)', async () => {
    const text = pdfText(await sample());
    for (const s of ['审批表', '一、基本情况', '全县经济工作会议', '县第3局', '合计', '每周会议数', '未超时']) expect(text).toContain(s);
  });

  it('rounds chart axes to 1, 2 or 5 steps', () => {
    expect(niceScale(7, true)).toEqual({ max: 8, step: 2 });
    expect(niceScale(18, true)).toEqual({ max: 20, step: 5 });
    expect(niceScale(42.3, false)).toEqual({ max: 50, step: 10 });
    expect(niceScale(0, true)).toEqual({ max: 4, step: 1 });
    expect(niceScale(3, true)).toEqual({ max: 3, step: 1 });
  });
});

describe('the bundled font', () => {
  it('is found in assets/fonts, with its OFL licence beside it', () => {
    const font = loadPdfFont();
    expect(path.basename(font.file)).toBe('NotoSansSC-Regular.ttf');
    expect(fs.existsSync(path.join(path.dirname(font.file), 'OFL.txt'))).toBe(true);
    expect(fs.readFileSync(path.join(path.dirname(font.file), 'OFL.txt'), 'utf8')).toContain('SIL OPEN FONT LICENSE Version 1.1');
  });

  it('names every place searched when the font is missing, and refuses a file that is no font', () => {
    const missing = path.join(os.tmpdir(), 'no-such-font.ttf');
    expect(() => loadPdfFont(missing)).toThrow(PdfFontError);
    expect(() => loadPdfFont(missing)).toThrow(/no-such-font\.ttf/);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duanhui-font-'));
    const fake = path.join(dir, 'fake.ttf');
    fs.writeFileSync(fake, 'wOF2 not a ttf');
    try {
      expect(() => loadPdfFont(fake)).toThrow(/not a TrueType\/OpenType font/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    expect(fontCandidates({ DUANHUI_PDF_FONT: '/x/y.ttf' })[0]).toBe(path.resolve('/x/y.ttf'));
  });
});
