/**
 * Names for exported files. Windows refuses \ / : * ? " < > | and control characters in a
 * name, and a title can hold any of them; a long meeting title is cut so the whole path stays
 * well under Windows' 260 characters.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what Windows refuses
const FORBIDDEN = /[\\/:*?"<>|\u0000-\u001f\u007f]+/g;
const MAX_STEM = 80;

export function safeFileStem(text: string): string {
  const cleaned = text.replace(FORBIDDEN, '_').replace(/\s+/g, ' ').trim().replace(/^\.+|\.+$/g, '');
  const chars = [...cleaned];
  return (chars.length > MAX_STEM ? chars.slice(0, MAX_STEM).join('') : cleaned) || 'duanhui';
}

/** Only printable ASCII without quotes or backslashes: safe inside `filename="…"`. */
export function asciiFileName(text: string): string {
  return text.replace(/[^\x20-\x7e]|["\\]/g, '_').replace(/_+/g, '_');
}
