import { readFile, stat } from 'node:fs/promises';
import { InputError } from './input-error';

/** A schedule is a few kilobytes; anything this large is the wrong file. */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;

const mb = (bytes: number): string => (bytes / (1024 * 1024)).toFixed(1);

export interface InputText {
  text: string;
  /** Things worth telling the user that did not stop the read (an old encoding). */
  notes: { zh: string; en: string }[];
}

/**
 * Read a text file for import. The size is checked before reading so that a huge file is
 * refused without being loaded into memory. UTF-8 (BOM dropped) is expected; UTF-16 with a BOM
 * (Notepad's "Unicode") is read, and so is GB18030/GBK, which older Chinese tools still
 * write — the last with a note, as the calendar importer does.
 */
export async function readInputText(file: string, maxBytes = MAX_INPUT_BYTES): Promise<InputText> {
  let size: number;
  try {
    const info = await stat(file);
    if (info.isDirectory()) {
      throw new InputError(file, { path: '', zh: '这是一个文件夹，不是文件。', en: 'this is a folder, not a file.' });
    }
    size = info.size;
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw fsError(file, e);
  }
  if (size > maxBytes) {
    throw new InputError(file, {
      path: '',
      zh: `文件过大（${mb(size)} MB），上限为 ${mb(maxBytes)} MB；请确认选择的是会议日程文件。`,
      en: `the file is too large (${mb(size)} MB; the limit is ${mb(maxBytes)} MB); is it really a schedule?`,
    });
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (e) {
    throw fsError(file, e);
  }
  if (bytes.length > maxBytes) {
    // The file grew between stat and read.
    throw new InputError(file, {
      path: '',
      zh: `文件过大，上限为 ${mb(maxBytes)} MB。`,
      en: `the file is too large; the limit is ${mb(maxBytes)} MB.`,
    });
  }
  const notes: InputText['notes'] = [];
  let text = decode(bytes, notes);
  if (text === undefined) {
    throw new InputError(file, {
      path: '',
      zh: '文件不是文本（既不是 UTF-8 也不是 GBK 编码），请确认选择的是日程文件。',
      en: 'the file is not text (neither UTF-8 nor GBK); is it really a schedule?',
    });
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') {
    throw new InputError(file, { path: '', zh: '文件为空。', en: 'the file is empty.' });
  }
  return { text, notes };
}

function decode(bytes: Uint8Array, notes: InputText['notes']): string | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: fall through to GBK.
  }
  try {
    const text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    // Binary data (a .docx, an image) decodes as "GBK" full of control characters; refuse it.
    if (hasControlCharacters(text)) return undefined;
    notes.push({ zh: '文件不是 UTF-8 编码，已按 GB18030（GBK）读取。', en: 'the file is not UTF-8; it was read as GB18030 (GBK).' });
    return text;
  } catch {
    return undefined;
  }
}

function fsError(file: string, e: unknown): InputError {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return new InputError(file, { path: '', zh: '文件不存在。', en: 'the file does not exist.' });
    case 'ENOTDIR':
      return new InputError(file, { path: '', zh: '路径无效：其中某一级不是文件夹。', en: 'the path is invalid: part of it is not a folder.' });
    case 'EISDIR':
      return new InputError(file, { path: '', zh: '这是一个文件夹，不是文件。', en: 'this is a folder, not a file.' });
    case 'EACCES':
    case 'EPERM':
      return new InputError(file, { path: '', zh: '没有读取该文件的权限。', en: 'permission denied: the file cannot be read.' });
    default:
      return new InputError(file, {
        path: '',
        zh: `无法读取文件（${code ?? '未知原因'}）。`,
        en: `the file cannot be read (${code ?? 'unknown reason'}).`,
      });
  }
}

/** C0 controls other than tab, newline, form feed and carriage return: never in a text file. */
function hasControlCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 && c !== 9 && c !== 10 && c !== 12 && c !== 13) return true;
  }
  return false;
}
