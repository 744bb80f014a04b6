import { EncryptedPDFError, PDFDocument } from 'pdf-lib';
import { DocumentError } from './document-error';

function corrupt(file: string, cause: unknown): DocumentError {
  return new DocumentError(
    'corrupt-pdf',
    file,
    {
      'zh-CN': `文件“${file}”不是有效的 PDF 或已损坏，无法读取页数。`,
      en: `"${file}" is not a valid PDF or is damaged, so its page count cannot be read.`,
    },
    { cause },
  );
}

/**
 * The real page count of a PDF. Text is not extracted (pdf-lib cannot, and policy.md only needs
 * the page count from a PDF).
 *
 * throwOnInvalidObject: a PDF with unparsable objects is reported as damaged instead of being
 * half-read, which could give a wrong count (and pdf-lib would print warnings to the console).
 */
export async function pdfPageCount(bytes: Uint8Array, file: string): Promise<number> {
  let pages: number;
  try {
    const pdf = await PDFDocument.load(bytes, { throwOnInvalidObject: true, updateMetadata: false });
    pages = pdf.getPageCount();
  } catch (cause) {
    // instanceof alone could miss if pdf-lib were loaded twice (CJS and ESM builds).
    if (cause instanceof EncryptedPDFError || (cause instanceof Error && /is encrypted/.test(cause.message))) {
      throw new DocumentError(
        'encrypted-pdf',
        file,
        {
          'zh-CN': `文件“${file}”是加密（受密码保护）的 PDF，无法读取页数，请提供未加密的版本。`,
          en: `"${file}" is an encrypted (password-protected) PDF whose page count cannot be read; provide an unencrypted copy.`,
        },
        { cause },
      );
    }
    throw corrupt(file, cause);
  }
  if (pages < 1) throw corrupt(file, new Error('the PDF has no pages'));
  return pages;
}
