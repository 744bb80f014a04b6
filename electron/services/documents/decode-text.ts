import { DocumentError } from './document-error';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function tryDecode(encoding: TextEncodingName, bytes: Uint8Array): string | undefined {
  try {
    // fatal: a wrong guess must fail, not fill the text with U+FFFD.
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** C0 controls and DEL that never appear in typed text (tab, line breaks and DOS's ^Z end mark excepted). */
function countStrayControls(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x01 && c <= 0x08) || (c >= 0x0e && c <= 0x1f && c !== 0x1a) || c === 0x7f) n++;
  }
  return n;
}

function notText(file: string): DocumentError {
  return new DocumentError('not-text', file, {
    'zh-CN': `文件“${file}”不是可识别的文本：既不是 UTF-8，也不是 GBK/GB18030 编码，可能是二进制文件或无 BOM 的 UTF-16 文件。`,
    en: `"${file}" is not readable text: it is neither UTF-8 nor GBK/GB18030 and looks like a binary file or UTF-16 without a byte order mark.`,
  });
}

/**
 * Decode a .txt file's bytes. UTF-16 is recognised by its byte order mark (Notepad's "Unicode");
 * otherwise UTF-8 (with or without BOM) is tried first, then GB18030, a superset of GBK and
 * GB2312, because county offices still save GBK text. UTF-8 goes first: valid UTF-8 Chinese is
 * almost never also valid GB18030 of the same length, while the reverse guess would garble it.
 */
export function decodeText(bytes: Uint8Array, file: string): DecodedText {
  let decoded: DecodedText | undefined;
  if (startsWith(bytes, [0xff, 0xfe])) {
    const text = tryDecode('utf-16le', bytes);
    if (text !== undefined) decoded = { text, encoding: 'utf-16le' };
  } else if (startsWith(bytes, [0xfe, 0xff])) {
    const text = tryDecode('utf-16be', bytes);
    if (text !== undefined) decoded = { text, encoding: 'utf-16be' };
  } else if (!bytes.includes(0)) {
    // A NUL byte means binary data or BOM-less UTF-16: neither decoder below should "succeed".
    const utf8 = tryDecode('utf-8', bytes);
    if (utf8 !== undefined) decoded = { text: utf8, encoding: 'utf-8' };
    else {
      const gb = tryDecode('gb18030', bytes);
      if (gb !== undefined) decoded = { text: gb, encoding: 'gb18030' };
    }
  }
  if (decoded === undefined) throw notText(file);

  const strays = countStrayControls(decoded.text);
  if (strays > 0 && strays * 100 > decoded.text.length) throw notText(file);
  return decoded;
}
