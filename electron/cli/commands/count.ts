import type { Lang } from '../../core/rules/finding';
import { isDocumentError, readDocument, type DocumentCount } from '../../services/documents/read-document';

export interface CountArgs {
  file: string;
  json: boolean;
  lang: Lang;
}

export interface CliIo {
  out(s: string): void;
  err(s: string): void;
}

/** Exit codes of `duanhui count`. */
export const COUNT_EXIT = { ok: 0, internal: 1, unreadable: 2 } as const;

const FORMAT_NAME: Record<Lang, Record<DocumentCount['format'], string>> = {
  'zh-CN': { txt: '文本文件', docx: 'Word 文档', pdf: 'PDF' },
  en: { txt: 'text file', docx: 'Word document', pdf: 'PDF' },
};

function encodingLine(doc: DocumentCount, lang: Lang): string[] {
  if (doc.encoding === undefined || doc.encoding === 'utf-8') return [];
  const name = doc.encoding === 'gb18030' ? 'GB18030 (GBK)' : doc.encoding.toUpperCase();
  return [lang === 'zh-CN' ? `编码：${name}` : `Encoding: ${name}`];
}

function humanLines(doc: DocumentCount, lang: Lang): string[] {
  const zh = lang === 'zh-CN';
  const head = zh
    ? `文件：${doc.file}（${FORMAT_NAME[lang][doc.format]}）`
    : `File: ${doc.file} (${FORMAT_NAME[lang][doc.format]})`;
  if (doc.pdfPages !== undefined) {
    return zh
      ? [head, `页数：${doc.pdfPages} 页（PDF 实际页数）`, '字数：未统计（不提取 PDF 中的文字；如需字数，请提供 .docx 或 .txt 文件）']
      : [
          head,
          `Pages: ${doc.pdfPages} (the PDF's real page count)`,
          '字数 (word count): not counted (text is not extracted from a PDF; give a .docx or .txt file to count it)',
        ];
  }
  return zh
    ? [
        head,
        ...encodingLine(doc, lang),
        `字数：${doc.zi}`,
        `字符数（不计空格）：${doc.charsNoSpaces}`,
        `页数估算：${doc.pagesEstimated} 页（按 GB/T 9704-2012 每页 22 行、每行 28 字估算，共 ${doc.linesEstimated} 行）`,
      ]
    : [
        head,
        ...encodingLine(doc, lang),
        `字数 (word count, as Word counts it): ${doc.zi}`,
        `Characters (no spaces): ${doc.charsNoSpaces}`,
        `Estimated pages: ${doc.pagesEstimated} (GB/T 9704-2012: 22 lines of 28 characters per page; ${doc.linesEstimated} lines)`,
      ];
}

/** Everything in the count but the text itself, which can be megabytes. */
function jsonOf(doc: DocumentCount): Omit<DocumentCount, 'text'> {
  const { text: _text, ...rest } = doc;
  return rest;
}

/**
 * `duanhui count <file> [--json] [--lang en]`: print a document's 字数, characters without
 * spaces and page estimate (or a PDF's real page count). Returns the exit code: 0 counted,
 * 2 the input cannot be read or counted (a DocumentError), 1 an unexpected internal error.
 * With json, stdout gets exactly one JSON object, an error one included.
 */
export async function runCount(args: CountArgs, io: CliIo): Promise<number> {
  try {
    const doc = await readDocument(args.file);
    if (args.json) io.out(JSON.stringify(jsonOf(doc)));
    else io.out(humanLines(doc, args.lang).join('\n'));
    return COUNT_EXIT.ok;
  } catch (e) {
    const known = isDocumentError(e);
    const code = known ? e.code : 'internal';
    const message = known
      ? e.messageIn(args.lang)
      : args.lang === 'zh-CN'
        ? `统计文件“${args.file}”时发生内部错误：${e instanceof Error ? e.message : String(e)}`
        : `Internal error while counting "${args.file}": ${e instanceof Error ? e.message : String(e)}`;
    if (args.json) io.out(JSON.stringify({ file: args.file, error: { code, message } }));
    else io.err(message);
    return known ? COUNT_EXIT.unreadable : COUNT_EXIT.internal;
  }
}
