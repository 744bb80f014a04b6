import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { runCount } from '../../../electron/cli/commands/count';
import type { Lang } from '../../../electron/core/rules/finding';
import { encodeGbk, makeDocx, makePdf, makeTempDir, type TempDir } from '../../services/documents/fixtures';

const SHORT = '县委常委会研究GDP增长5.2%。'; // 12 字, 17 characters

let dir: TempDir;
let txt: string;
let docx: string;
let pdf: string;
let gbk: string;
beforeAll(async () => {
  dir = await makeTempDir();
  txt = await dir.write('keynote.txt', SHORT);
  docx = await dir.write('keynote.docx', await makeDocx([SHORT]));
  pdf = await dir.write('report.pdf', await makePdf(3));
  gbk = await dir.write('gbk.txt', encodeGbk(SHORT));
});
afterAll(async () => {
  await dir.remove();
});

async function run(file: string, lang: Lang = 'zh-CN', json = false) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCount({ file, json, lang }, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n'), outCalls: out.length };
}

describe('runCount: human output', () => {
  it('prints 字数, characters without spaces and the page estimate in Chinese by default', async () => {
    const r = await run(txt);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toContain(`文件：${txt}（文本文件）`);
    expect(r.out).toContain('字数：12');
    expect(r.out).toContain('字符数（不计空格）：17');
    expect(r.out).toMatch(/页数估算：1 页（按 GB\/T 9704-2012/);
    expect(r.out).not.toContain('编码');
  });

  it('prints the same in English', async () => {
    const r = await run(docx, 'en');
    expect(r.code).toBe(0);
    expect(r.out).toContain('(Word document)');
    expect(r.out).toMatch(/字数 \(word count.*\): 12/);
    expect(r.out).toContain('Characters (no spaces): 17');
    expect(r.out).toContain('Estimated pages: 1');
  });

  it('names a GBK encoding', async () => {
    const r = await run(gbk);
    expect(r.out).toContain('编码：GB18030 (GBK)');
    expect(r.out).toContain('字数：12');
  });

  it('prints a PDF’s real page count and says its 字数 was not counted', async () => {
    const zh = await run(pdf);
    expect(zh.code).toBe(0);
    expect(zh.out).toContain('页数：3 页（PDF 实际页数）');
    expect(zh.out).toContain('字数：未统计');
    const en = await run(pdf, 'en');
    expect(en.out).toContain("Pages: 3 (the PDF's real page count)");
    expect(en.out).toContain('not counted');
  });
});

describe('runCount: --json', () => {
  it('prints exactly one JSON object without the text', async () => {
    const r = await run(docx, 'zh-CN', true);
    expect(r.code).toBe(0);
    expect(r.outCalls).toBe(1);
    const parsed = JSON.parse(r.out) as Record<string, unknown>;
    expect(parsed).toEqual({
      file: docx,
      format: 'docx',
      textExtracted: true,
      zi: 12,
      charsNoSpaces: 17,
      charsWithSpaces: 17,
      linesEstimated: 1,
      pagesEstimated: 1,
      pages: 1,
    });
  });

  it('gives a PDF nulls for what was not counted', async () => {
    const parsed = JSON.parse((await run(pdf, 'en', true)).out) as Record<string, unknown>;
    expect(parsed).toMatchObject({ format: 'pdf', pdfPages: 3, pages: 3, zi: null, pagesEstimated: null, textExtracted: false });
  });

  it('reports an unreadable file as one JSON object and exit code 2', async () => {
    const file = join(dir.path, 'missing.docx');
    const r = await run(file, 'en', true);
    expect(r.code).toBe(2);
    expect(r.err).toBe('');
    expect(JSON.parse(r.out)).toEqual({
      file,
      error: { code: 'not-found', message: `File "${file}" does not exist.` },
    });
  });
});

describe('runCount: unreadable input', () => {
  it.each([
    ['missing file', 'missing.txt', 'zh-CN', '找不到文件'],
    ['unsupported format', 'old.doc', 'zh-CN', '另存为 .docx'],
    ['missing file in English', 'missing.txt', 'en', 'does not exist'],
  ] as const)('%s → exit 2 and one sentence on stderr', async (_name, name, lang, text) => {
    const r = await run(join(dir.path, name), lang);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain(text);
    expect(r.err).toContain(name);
    expect(r.err).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('reports a corrupt PDF', async () => {
    const file = await dir.write('bad.pdf', 'not a pdf');
    const r = await run(file);
    expect(r.code).toBe(2);
    expect(r.err).toContain('不是有效的 PDF');
  });
});
