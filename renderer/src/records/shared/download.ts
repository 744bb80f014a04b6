import type { FileToSave } from '../api/records-api';

/**
 * Saves a file the way a browser does: a blob link with `download`, clicked. In Electron the
 * same click opens the save dialog (the session's will-download). The object URL is released
 * once the browser has taken the bytes.
 */
export function saveWithLink(file: FileToSave, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([file.bytes as BlobPart], { type: file.mimeType }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = file.fileName;
  a.rel = 'noopener';
  a.hidden = true;
  doc.body.appendChild(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in some engines; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
