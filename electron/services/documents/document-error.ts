import type { Lang } from '../../core/rules/finding';

/** Why a document could not be counted; stable ids, safe to branch on and to show in JSON. */
export const DOCUMENT_ERROR_CODES = [
  'not-found',
  'not-a-file',
  'unreadable',
  'too-large',
  'unsupported-format',
  'empty',
  'not-text',
  'not-docx',
  'corrupt-docx',
  'corrupt-pdf',
  'encrypted-pdf',
] as const;
export type DocumentErrorCode = (typeof DOCUMENT_ERROR_CODES)[number];

/**
 * A document that cannot be read or counted. `messages` holds one sentence per language naming
 * the file; `message` is the English one so logs stay readable. Callers show `messageIn(lang)`.
 */
export class DocumentError extends Error {
  override readonly name = 'DocumentError';

  constructor(
    readonly code: DocumentErrorCode,
    readonly file: string,
    readonly messages: Readonly<Record<Lang, string>>,
    options?: { cause?: unknown },
  ) {
    super(messages.en, options);
  }

  messageIn(lang: Lang): string {
    return this.messages[lang];
  }
}

export function isDocumentError(e: unknown): e is DocumentError {
  return e instanceof DocumentError;
}
