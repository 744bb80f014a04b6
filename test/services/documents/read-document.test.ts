import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { chmod, mkdir, open } from 'node:fs/promises';
import { join } from 'node:path';
import {
  DocumentError,
  MAX_DOCUMENT_BYTES,
  readDocument,
  type DocumentErrorCode,
} from '../../../electron/services/documents/read-document';
import { countZi } from '../../../electron/core/text/zi-count';
import { estimatePages } from '../../../electron/core/text/page-estimate';
import { encodeGbk, makeDocx, makeEncryptedPdf, makePdf, makeTempDir, type TempDir } from './fixtures';

// A keynote-like text: Han, full-width punctuation, curly quotes, Latin words, numbers.
const PARAGRAPHS = [
  '同志们：',
  '　　今天召开全县2026年第一季度经济运行分析会，主要任务是总结1—2月工作、部署下一步重点。',
  '　　一、前两个月全县GDP增长5.2%，高于全市平均水平0.3个百分点，“十四五”规划重点项目开工率达到85%。',
  '　　二、坚持少开会、开短会、说短话、行短文……',
];
const TEXT = PARAGRAPHS.join('\n');
const SHORT = '县委常委会研究GDP增长5.2%。'; // 7 + 1 + 2 + 1 + 1 = 12 字

let dir: TempDir;
beforeAll(async () => {
  dir = await makeTempDir();
});
afterAll(async () => {
  await dir.remove();
});

/** Run readDocument expecting a DocumentError with this code; return it for further checks. */
async function failure(file: string, code: DocumentErrorCode): Promise<DocumentError> {
  const error = await readDocument(file).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DocumentError);
  const de = error as DocumentError;
  expect(de.code).toBe(code);
  expect(de.file).toBe(file);
  // Each message is one sentence that names the file, in both languages.
  expect(de.messages['zh-CN']).toContain(file);
  expect(de.messages.en).toContain(file);
  expect(de.message).toBe(de.messages.en);
  expect(de.messageIn('zh-CN')).toBe(de.messages['zh-CN']);
  expect(de.messages['zh-CN']).toMatch(/。$/);
  expect(de.messages.en).toMatch(/\.$/);
  return de;
}

describe('readDocument: .txt', () => {
  it('counts a UTF-8 file', async () => {
    const file = await dir.write('short.txt', SHORT);
    expect(await readDocument(file)).toEqual({
      file,
      format: 'txt',
      text: SHORT,
      textExtracted: true,
      encoding: 'utf-8',
      zi: 12,
      charsNoSpaces: 17,
      charsWithSpaces: 17,
      linesEstimated: 1,
      pagesEstimated: 1,
      pages: 1,
    });
  });

  it('drops a UTF-8 byte order mark', async () => {
    const file = await dir.write('bom.txt', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(SHORT)]));
    const doc = await readDocument(file);
    expect(doc.text).toBe(SHORT);
    expect(doc.encoding).toBe('utf-8');
    expect(doc.zi).toBe(12);
  });

  it('decodes a GBK file as GB18030 and counts the same as UTF-8', async () => {
    const gbk = encodeGbk(TEXT);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(gbk)).toThrow();
    const file = await dir.write('gbk.txt', gbk);
    const doc = await readDocument(file);
    expect(doc.encoding).toBe('gb18030');
    expect(doc.text).toBe(TEXT);
    expect(doc.zi).toBe(countZi(TEXT).zi);
  });

  it('decodes GB18030 four-byte sequences (Ext. B 𠀀)', async () => {
    const file = await dir.write('gb18030.txt', new Uint8Array([0xd6, 0xd0, 0x95, 0x32, 0x82, 0x36]));
    const doc = await readDocument(file);
    expect(doc).toMatchObject({ text: '中\u{20000}', encoding: 'gb18030', zi: 2, charsNoSpaces: 2 });
  });

  it('decodes UTF-16 with a byte order mark (Notepad’s “Unicode”)', async () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SHORT, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    const leDoc = await readDocument(await dir.write('utf16le.txt', le));
    const beDoc = await readDocument(await dir.write('utf16be.txt', be));
    expect(leDoc).toMatchObject({ text: SHORT, encoding: 'utf-16le', zi: 12 });
    expect(beDoc).toMatchObject({ text: SHORT, encoding: 'utf-16be', zi: 12 });
  });

  it('estimates pages from the text by GB/T 9704', async () => {
    const long = Array.from({ length: 30 }, () => '字'.repeat(40)).join('\r\n');
    const doc = await readDocument(await dir.write('long.txt', long));
    expect(doc).toMatchObject({ zi: 1200, linesEstimated: 60, pagesEstimated: 3, pages: 3 });
  });

  it('accepts an upper-case extension', async () => {
    const doc = await readDocument(await dir.write('UPPER.TXT', SHORT));
    expect(doc).toMatchObject({ format: 'txt', zi: 12 });
  });
});

describe('readDocument: .docx', () => {
  it('reads the text of a Word package and counts it', async () => {
    const file = await dir.write('short.docx', await makeDocx([SHORT]));
    const doc = await readDocument(file);
    expect(doc).toMatchObject({ file, format: 'docx', textExtracted: true, zi: 12, charsNoSpaces: 17, pages: 1 });
    expect(doc.text?.trim()).toBe(SHORT);
    expect(doc.encoding).toBeUndefined();
    expect(doc.pdfPages).toBeUndefined();
  });

  it('gives a .docx the same 字数, characters and page estimate as the same text in a .txt', async () => {
    const txt = await readDocument(await dir.write('same.txt', TEXT));
    const docx = await readDocument(await dir.write('same.docx', await makeDocx(PARAGRAPHS)));
    expect(docx.zi).toBe(txt.zi);
    expect(docx.zi).toBe(countZi(TEXT).zi);
    expect(docx.charsNoSpaces).toBe(txt.charsNoSpaces);
    expect(docx.pagesEstimated).toBe(txt.pagesEstimated);
    expect(docx.linesEstimated).toBe(estimatePages(TEXT).lines);
  });

  it('counts a word split across runs once, as Word does', async () => {
    const file = await dir.write('runs.docx', await makeDocx([['县委', '常委会研究G', 'DP增长5', '.2%。']]));
    expect((await readDocument(file)).zi).toBe(12);
  });

  it('reads a longer document with a surrogate-pair ideograph', async () => {
    const paragraphs = Array.from({ length: 30 }, (_, i) => `第${i + 1}条\u3000${'字'.repeat(38)}\u{20BB7}`);
    const file = await dir.write('long.docx', await makeDocx(paragraphs));
    const doc = await readDocument(file);
    expect(doc.zi).toBe(countZi(paragraphs.join('\n')).zi);
    expect(doc.pagesEstimated).toBe(estimatePages(paragraphs.join('\n')).pages);
  });
});

describe('readDocument: .pdf', () => {
  it.each([1, 3, 7])('reads the real page count of a %i-page PDF and says its text was not extracted', async (n) => {
    const file = await dir.write(`pages-${n}.pdf`, await makePdf(n));
    expect(await readDocument(file)).toEqual({
      file,
      format: 'pdf',
      textExtracted: false,
      zi: null,
      charsNoSpaces: null,
      charsWithSpaces: null,
      linesEstimated: null,
      pagesEstimated: null,
      pdfPages: n,
      pages: n,
    });
  });
});

describe('readDocument: bad input, one clear DocumentError each', () => {
  it('a missing file', async () => {
    const e = await failure(join(dir.path, 'nope.docx'), 'not-found');
    expect(e.messages['zh-CN']).toContain('找不到文件');
  });

  it('a missing folder on the way', async () => {
    await failure(join(dir.path, 'no-such-folder', 'x.txt'), 'not-found');
  });

  it('a folder named like a document', async () => {
    const folder = join(dir.path, 'folder.txt');
    await mkdir(folder);
    await failure(folder, 'not-a-file');
  });

  it.skipIf(process.getuid?.() === 0 || process.platform === 'win32')('a file without read permission', async () => {
    const file = await dir.write('locked.txt', SHORT);
    await chmod(file, 0o000);
    const e = await failure(file, 'unreadable');
    expect(e.messages.en).toContain('permission denied');
  });

  it.each([
    ['old Word .doc', 'x.doc', 'unsupported-format', /\.docx/],
    ['WPS .wps', 'x.wps', 'unsupported-format', /\.docx/],
    ['Markdown', 'x.md', 'unsupported-format', /\.txt, \.docx or \.pdf/],
    ['no extension', 'README', 'unsupported-format', /no extension/],
  ] as const)('an unsupported format: %s', async (_name, name, code, hint) => {
    // The format is judged from the name, so the file need not even exist.
    const e = await failure(join(dir.path, name), code);
    expect(e.messages.en).toMatch(hint);
  });

  it.each(['txt', 'docx', 'pdf'])('an empty (0-byte) .%s', async (ext) => {
    const e = await failure(await dir.write(`empty.${ext}`, ''), 'empty');
    expect(e.messages['zh-CN']).toContain('空文件');
  });

  it('a .txt with only whitespace', async () => {
    const e = await failure(await dir.write('blank.txt', ' \r\n\u3000\t\n'), 'empty');
    expect(e.messages.en).toContain('no text');
  });

  it('a .txt with only a byte order mark', async () => {
    await failure(await dir.write('bom-only.txt', new Uint8Array([0xef, 0xbb, 0xbf])), 'empty');
  });

  it('a .docx whose body has no text', async () => {
    await failure(await dir.write('no-text.docx', await makeDocx(['', '   '])), 'empty');
  });

  it('a binary file named .txt', async () => {
    const junk = new Uint8Array(256).map((_, i) => i);
    await failure(await dir.write('junk.txt', junk), 'not-text');
  });

  it('a .txt that is neither UTF-8 nor GB18030', async () => {
    await failure(await dir.write('bad-bytes.txt', new Uint8Array([0x41, 0x80, 0xff, 0x42])), 'not-text');
  });

  it('a .txt full of control characters', async () => {
    await failure(await dir.write('controls.txt', 'a\u0001\u0002\u0003b'), 'not-text');
  });

  it('a .docx that is plain text', async () => {
    const e = await failure(await dir.write('text.docx', '这不是 Word 文档'), 'not-docx');
    expect(e.messages.en).toContain('ZIP');
  });

  it('a .docx that is an old binary .doc or a password-protected document (OLE file)', async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Uint8Array(504)]);
    const e = await failure(await dir.write('ole.docx', ole), 'not-docx');
    expect(e.messages.en).toContain('password');
  });

  it('a ZIP without a Word document part', async () => {
    await failure(await dir.write('no-part.docx', await makeDocx([SHORT], { omitDocumentPart: true })), 'corrupt-docx');
  });

  it('an unrelated ZIP named .docx', async () => {
    const zip = new JSZip();
    zip.file('hello.txt', 'hello');
    await failure(await dir.write('other.docx', await zip.generateAsync({ type: 'uint8array' })), 'corrupt-docx');
  });

  it('a truncated .docx', async () => {
    const whole = await makeDocx(PARAGRAPHS);
    await failure(await dir.write('truncated.docx', whole.subarray(0, whole.length / 2)), 'corrupt-docx');
  });

  it('a .pdf that is not a PDF', async () => {
    await failure(await dir.write('fake.pdf', 'hello, not a pdf'), 'corrupt-pdf');
  });

  it('a .pdf with a header and nothing else', async () => {
    await failure(await dir.write('header.pdf', '%PDF-1.7\n%%EOF\n'), 'corrupt-pdf');
  });

  it('a truncated .pdf', async () => {
    const whole = await makePdf(3);
    await failure(await dir.write('truncated.pdf', whole.subarray(0, whole.length / 2)), 'corrupt-pdf');
  });

  it('an encrypted .pdf', async () => {
    const e = await failure(await dir.write('encrypted.pdf', await makeEncryptedPdf()), 'encrypted-pdf');
    expect(e.messages['zh-CN']).toContain('加密');
  });

  it('a file over 50 MB, refused by its size', async () => {
    const file = join(dir.path, 'huge.txt');
    const handle = await open(file, 'w');
    await handle.truncate(MAX_DOCUMENT_BYTES + 1); // sparse: no 50 MB written to disk
    await handle.close();
    const e = await failure(file, 'too-large');
    expect(e.messages.en).toContain('50.0 MB');
  });

  it('a file of exactly 50 MB is read, not refused for its size', async () => {
    const file = join(dir.path, 'limit.txt');
    const handle = await open(file, 'w');
    await handle.truncate(MAX_DOCUMENT_BYTES);
    await handle.close();
    // All NUL bytes: read, then refused as binary.
    await failure(file, 'not-text');
  });
});
