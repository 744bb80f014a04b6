/**
 * Copies `text`: the async clipboard first; where that is refused (no permission, not a secure
 * context, an old WebView) the selected text field and the legacy copy command. Says whether
 * it worked, so the caller can tell the chair to press Ctrl+C instead.
 */
export async function copyText(text: string, field: HTMLInputElement | HTMLTextAreaElement | null, nav: Navigator = navigator, doc: Document = document): Promise<boolean> {
  try {
    if (nav.clipboard?.writeText) {
      await nav.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Fall through to the selection.
  }
  if (!field) return false;
  field.focus();
  field.select();
  try {
    return typeof doc.execCommand === 'function' && doc.execCommand('copy');
  } catch {
    return false;
  }
}
