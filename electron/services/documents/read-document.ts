import { readFile, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { extname } from 'node:path';
import { countZi } from '../../core/text/zi-count';
import { estimatePages } from '../../core/text/page-estimate';
import { decodeText, type TextEncodingName } from './decode-text';
import { docxText } from './docx-text';
import { pdfPageCount } from './pdf-pages';
import { DocumentError } from './document-error';

export { DocumentError, isDocumentError, DOCUMENT_ERROR_CODES, type DocumentErrorCode } from './document-error';
export type { TextEncodingName } from './decode-text';

export const DOCUMENT_FORMATS = ['txt', 'docx', 'pdf'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

/** Files above this are refused before a byte is read: a keynote is never this large. */
export const MAX_DOCUMENT_BYTES = 50 * 1024 * 1024;

export interface DocumentCount {
  /** The path as the caller gave it. */
  file: string;
  format: DocumentFormat;
  /** The document's text (.txt and .docx only). */
  text?: string;
  /** False for a PDF: its text is not extracted, so its 字数 is unknown (null below). */
  textExtracted: boolean;
  /** How a .txt file was decoded. */
  encoding?: TextEncodingName;
  /** Word's 字数 (policy.md); null for a PDF. */
  zi: number | null;
  /** Word's 字符数(不计空格); null for a PDF. */
  charsNoSpaces: number | null;
  /** Word's 字符数(计空格); null for a PDF. */
  charsWithSpaces: number | null;
  /** GB/T 9704 line estimate; null for a PDF. */
  linesEstimated: number | null;
  /** GB/T 9704 page estimate from the text; null for a PDF. */
  pagesEstimated: number | null;
  /** The PDF's real page count. */
  pdfPages?: number;
  /** The page count rules should use: the PDF's real count when there is one, else the estimate. */
  pages: number;
}

export interface ReadDocumentOptions {
  /** Size limit in bytes; defaults to MAX_DOCUMENT_BYTES (50 MB). */
  maxBytes?: number;
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function formatOf(file: string): DocumentFormat {
  const ext = extname(file).toLowerCase();
  if (ext === '.txt' || ext === '.docx' || ext === '.pdf') return ext.slice(1) as DocumentFormat;
  const hint =
    ext === '.doc' || ext === '.wps' || ext === '.rtf'
      ? { 'zh-CN': `请在 Word/WPS 中将其另存为 .docx`, en: 'save it as .docx in Word or WPS' }
      : { 'zh-CN': `请提供 .txt、.docx 或 .pdf 文件`, en: 'give a .txt, .docx or .pdf file' };
  const shown = ext === '' ? { 'zh-CN': '没有扩展名', en: 'has no extension' } : { 'zh-CN': `扩展名 ${ext}`, en: `extension ${ext}` };
  throw new DocumentError('unsupported-format', file, {
    'zh-CN': `不支持文件“${file}”的格式（${shown['zh-CN']}），${hint['zh-CN']}。`,
    en: `"${file}" is not a supported format (${shown.en}); ${hint.en}.`,
  });
}

function ioError(file: string, cause: unknown): DocumentError {
  const code = (cause as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    return new DocumentError('not-found', file, {
      'zh-CN': `找不到文件“${file}”。`,
      en: `File "${file}" does not exist.`,
    }, { cause });
  }
  if (code === 'EISDIR') return notAFile(file);
  const why =
    code === 'EACCES' || code === 'EPERM'
      ? { 'zh-CN': '没有读取权限', en: 'permission denied' }
      : { 'zh-CN': `系统错误 ${code ?? '未知'}`, en: `system error ${code ?? 'unknown'}` };
  return new DocumentError('unreadable', file, {
    'zh-CN': `无法读取文件“${file}”（${why['zh-CN']}）。`,
    en: `Cannot read file "${file}" (${why.en}).`,
  }, { cause });
}

function notAFile(file: string): DocumentError {
  return new DocumentError('not-a-file', file, {
    'zh-CN': `“${file}”是文件夹或特殊文件，不是文档。`,
    en: `"${file}" is a folder or special file, not a document.`,
  });
}

function emptyFile(file: string, hasBytes: boolean): DocumentError {
  return new DocumentError('empty', file, hasBytes
    ? { 'zh-CN': `文件“${file}”中没有文字（只有空白）。`, en: `"${file}" contains no text (only whitespace).` }
    : { 'zh-CN': `文件“${file}”是空文件。`, en: `"${file}" is an empty file.` });
}

function countText(file: string, format: 'txt' | 'docx', text: string, encoding?: TextEncodingName): DocumentCount {
  const zi = countZi(text);
  if (zi.charsNoSpaces === 0) throw emptyFile(file, true);
  const estimate = estimatePages(text);
  return {
    file,
    format,
    text,
    textExtracted: true,
    ...(encoding === undefined ? {} : { encoding }),
    zi: zi.zi,
    charsNoSpaces: zi.charsNoSpaces,
    charsWithSpaces: zi.charsWithSpaces,
    linesEstimated: estimate.lines,
    pagesEstimated: estimate.pages,
    pages: estimate.pages,
  };
}

/**
 * Read a .txt, .docx or .pdf and count it: 字数 and the GB/T 9704 page estimate for text
 * documents, the real page count for a PDF (whose text is not extracted).
 * Throws DocumentError (code, file, zh-CN + English sentence) for anything it cannot count;
 * any other exception is a bug.
 */
export async function readDocument(file: string, opts: ReadDocumentOptions = {}): Promise<DocumentCount> {
  const maxBytes = opts.maxBytes ?? MAX_DOCUMENT_BYTES;
  const format = formatOf(file);

  let info: Stats;
  try {
    info = await stat(file);
  } catch (cause) {
    throw ioError(file, cause);
  }
  if (!info.isFile()) throw notAFile(file);
  if (info.size > maxBytes) throw tooLarge(file, info.size, maxBytes);
  if (info.size === 0) throw emptyFile(file, false);

  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (cause) {
    throw ioError(file, cause);
  }
  if (bytes.length === 0) throw emptyFile(file, false);

  return countBytes(file, format, bytes);
}

function tooLarge(file: string, size: number, maxBytes: number): DocumentError {
  return new DocumentError('too-large', file, {
    'zh-CN': `文件“${file}”大小为 ${megabytes(size)}，超过 ${megabytes(maxBytes)} 的上限，未读取。`,
    en: `"${file}" is ${megabytes(size)}, over the ${megabytes(maxBytes)} limit, so it was not read.`,
  });
}

/**
 * Like readDocument, for a file whose bytes are already here (dropped on a browser page, sent
 * over IPC or HTTP). `file` is the file's name as the user knows it: it gives the format and is
 * named in every message.
 */
export async function readDocumentBytes(file: string, bytes: Uint8Array, opts: ReadDocumentOptions = {}): Promise<DocumentCount> {
  const maxBytes = opts.maxBytes ?? MAX_DOCUMENT_BYTES;
  const format = formatOf(file);
  if (bytes.length > maxBytes) throw tooLarge(file, bytes.length, maxBytes);
  if (bytes.length === 0) throw emptyFile(file, false);
  return countBytes(file, format, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
}

async function countBytes(file: string, format: DocumentFormat, bytes: Buffer): Promise<DocumentCount> {
  switch (format) {
    case 'txt': {
      const { text, encoding } = decodeText(bytes, file);
      return countText(file, 'txt', text, encoding);
    }
    case 'docx':
      return countText(file, 'docx', await docxText(bytes, file));
    case 'pdf': {
      const pdfPages = await pdfPageCount(bytes, file);
      return {
        file,
        format: 'pdf',
        textExtracted: false,
        zi: null,
        charsNoSpaces: null,
        charsWithSpaces: null,
        linesEstimated: null,
        pagesEstimated: null,
        pdfPages,
        pages: pdfPages,
      };
    }
  }
}
