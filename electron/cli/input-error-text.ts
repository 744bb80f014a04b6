import type { Lang } from '../core/rules/finding';
import { InputFileError } from '../core/validation/zod-issues';
import { isDocumentError } from '../services/documents/document-error';
import { formatIssue, isInputError } from '../services/schedule/input-error';

/**
 * The text of an error that means "this input cannot be used" — whichever loader threw it —
 * or undefined for anything else (a bug, to be reported).
 */
export function inputErrorText(e: unknown, lang: Lang): string | undefined {
  if (isInputError(e)) return e.describe(lang);
  if (e instanceof InputFileError) {
    const file = e.file ?? '';
    const shown = e.issues.slice(0, 10).map((i) =>
      formatIssue(i.file ?? file, { path: i.path, line: i.line, column: i.column, zh: i.messageZh, en: i.messageEn }, lang),
    );
    if (e.issues.length > shown.length) {
      const rest = e.issues.length - shown.length;
      shown.push(lang === 'en' ? `… and ${rest} more problem(s).` : `……另有 ${rest} 处问题。`);
    }
    return shown.join('\n');
  }
  if (isDocumentError(e)) return e.messageIn(lang);
  return undefined;
}
