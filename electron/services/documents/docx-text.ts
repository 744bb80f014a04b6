import mammoth from 'mammoth';
import { DocumentError } from './document-error';

const ZIP_SIGNATURES: readonly (readonly number[])[] = [
  [0x50, 0x4b, 0x03, 0x04], // PK.. local file header
  [0x50, 0x4b, 0x05, 0x06], // PK.. empty archive
];
// Old binary Word (.doc) and password-protected .docx are both OLE compound files.
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] as const;

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** The raw text of a .docx (paragraphs separated by blank lines), as mammoth extracts it. */
export async function docxText(bytes: Buffer, file: string): Promise<string> {
  if (startsWith(bytes, OLE_SIGNATURE)) {
    throw new DocumentError('not-docx', file, {
      'zh-CN': `文件“${file}”不是 .docx 格式：它是旧版 Word (.doc) 文件或加了密码的文档，请在 Word/WPS 中去除密码并另存为 .docx。`,
      en: `"${file}" is not a .docx package: it is an old Word (.doc) file or a password-protected document; remove the password and save it as .docx in Word or WPS.`,
    });
  }
  if (!ZIP_SIGNATURES.some((sig) => startsWith(bytes, sig))) {
    throw new DocumentError('not-docx', file, {
      'zh-CN': `文件“${file}”不是有效的 .docx 文档（.docx 应为 ZIP 压缩包），请在 Word/WPS 中另存为 .docx。`,
      en: `"${file}" is not a valid .docx document (a .docx is a ZIP package); save it as .docx in Word or WPS.`,
    });
  }
  try {
    const result = await mammoth.extractRawText({ buffer: bytes });
    return result.value;
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new DocumentError(
      'corrupt-docx',
      file,
      {
        'zh-CN': `文件“${file}”已损坏，无法读取其中的文字（${reason}）。`,
        en: `"${file}" is a damaged Word document whose text cannot be read (${reason}).`,
      },
      { cause },
    );
  }
}
