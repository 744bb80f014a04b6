// Builds real document files for the document-reading tests: a WordprocessingML package that
// mammoth reads, PDFs from pdf-lib, GBK-encoded text. Nothing is mocked at the file level.
import JSZip from 'jszip';
import { PDFDocument } from 'pdf-lib';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
  <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
  <Default Extension="xml" ContentType="application/xml"/>
  <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>`;

const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
  <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>`;

function xmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * One paragraph per array entry; an entry that is itself an array is split into several runs
 * (w:r), the way Word splits text where formatting or spell-check state changes.
 */
export function documentXml(paragraphs: readonly (string | readonly string[])[]): string {
  const body = paragraphs
    .map((p) => {
      const runs = typeof p === 'string' ? [p] : p;
      const xml = runs
        .map((r) => `<w:r><w:rPr><w:rFonts w:eastAsia="仿宋_GB2312"/></w:rPr><w:t xml:space="preserve">${xmlEscape(r)}</w:t></w:r>`)
        .join('');
      return `<w:p>${xml}</w:p>`;
    })
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}<w:sectPr/></w:body></w:document>`;
}

export async function makeDocx(
  paragraphs: readonly (string | readonly string[])[],
  opts: { omitDocumentPart?: boolean } = {},
): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', CONTENT_TYPES);
  zip.file('_rels/.rels', ROOT_RELS);
  if (!opts.omitDocumentPart) zip.file('word/document.xml', documentXml(paragraphs));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

export async function makePdf(pages: number): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  for (let i = 0; i < pages; i++) pdf.addPage([595.28, 841.89]); // A4, as GB/T 9704 prescribes
  return pdf.save();
}

/** A PDF whose trailer names an /Encrypt dictionary, which is how readers recognise encryption. */
export async function makeEncryptedPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.addPage();
  pdf.context.trailerInfo.Encrypt = pdf.context.register(
    pdf.context.obj({ Filter: 'Standard', V: 1, R: 2, O: 'x', U: 'x', P: -44 }),
  );
  return pdf.save({ useObjectStreams: false });
}

let gbkTable: Map<string, number[]> | undefined;

/**
 * Encode text as GBK. Node has no GBK encoder, so the table is the GBK decoder run backwards
 * over every two-byte sequence; ASCII maps to itself.
 */
export function encodeGbk(text: string): Uint8Array {
  if (!gbkTable) {
    gbkTable = new Map();
    const decoder = new TextDecoder('gbk', { fatal: true });
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        try {
          const ch = decoder.decode(new Uint8Array([lead, trail]));
          if (!gbkTable.has(ch)) gbkTable.set(ch, [lead, trail]);
        } catch {
          // not a GBK code
        }
      }
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out.push(cp);
    else {
      const bytes = gbkTable.get(ch);
      if (!bytes) throw new Error(`no GBK code for ${ch}`);
      out.push(...bytes);
    }
  }
  return new Uint8Array(out);
}

export interface TempDir {
  path: string;
  /** Write a file in the folder and return its path. */
  write(name: string, data: string | Uint8Array): Promise<string>;
  remove(): Promise<void>;
}

export async function makeTempDir(): Promise<TempDir> {
  const path = await mkdtemp(join(tmpdir(), 'duanhui-docs-'));
  return {
    path,
    async write(name, data) {
      const file = join(path, name);
      await writeFile(file, data);
      return file;
    },
    remove: () => rm(path, { recursive: true, force: true }),
  };
}
