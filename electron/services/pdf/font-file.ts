import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The Chinese font every PDF embeds (as a subset): Noto Sans SC Regular, SIL OFL 1.1, shipped in
 * assets/fonts/ with its licence. A PDF must not rely on the reader's fonts: a government PC
 * may have none that cover 汉字 in the viewer's fallback, and the text would show as boxes.
 */
export const BUNDLED_FONT_FILE = 'NotoSansSC-Regular.ttf';

/** Set to a .ttf/.otf file to use another font (e.g. a licensed 仿宋 for official documents). */
export const FONT_ENV = 'DUANHUI_PDF_FONT';

export class PdfFontError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
    readonly searched: string[],
  ) {
    super(en);
    this.name = 'PdfFontError';
  }
}

const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * Where the font may be, in order: the environment override, the packaged app's resources
 * (electron-builder `extraResources` → resources/fonts), then the source tree (development,
 * tests, the CLI) found from this module and from the working folder.
 */
export function fontCandidates(env: NodeJS.ProcessEnv = process.env): string[] {
  const out: string[] = [];
  if (env[FONT_ENV]) out.push(path.resolve(env[FONT_ENV]!));
  const resources = (process as { resourcesPath?: string }).resourcesPath;
  if (resources) out.push(path.join(resources, 'fonts', BUNDLED_FONT_FILE), path.join(resources, 'assets', 'fonts', BUNDLED_FONT_FILE));
  for (const up of ['../../..', '../..', '..']) out.push(path.resolve(here, up, 'assets', 'fonts', BUNDLED_FONT_FILE));
  out.push(path.resolve(process.cwd(), 'assets', 'fonts', BUNDLED_FONT_FILE));
  return [...new Set(out)];
}

let cached: { file: string; bytes: Uint8Array } | null = null;

/** The font's bytes (read once, then kept). Throws PdfFontError naming every place searched. */
export function loadPdfFont(file?: string): { file: string; bytes: Uint8Array } {
  if (file === undefined && cached) return cached;
  const searched = file === undefined ? fontCandidates() : [path.resolve(file)];
  for (const candidate of searched) {
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(candidate);
    } catch {
      continue;
    }
    const magic = bytes.subarray(0, 4).toString('latin1');
    if (!(magic === '\0\x01\0\0' || magic === 'OTTO' || magic === 'true')) {
      throw new PdfFontError(
        `字体文件 ${candidate} 不是 TrueType/OpenType 字体（.ttf/.otf；不支持 .ttc 和 .woff2）。`,
        `The font file ${candidate} is not a TrueType/OpenType font (.ttf/.otf; .ttc and .woff2 are not supported).`,
        searched,
      );
    }
    const found = { file: candidate, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
    if (file === undefined) cached = found;
    return found;
  }
  throw new PdfFontError(
    `找不到生成 PDF 所需的中文字体 ${BUNDLED_FONT_FILE}。已查找：${searched.join('；')}。可用环境变量 ${FONT_ENV} 指定字体文件。`,
    `Cannot find the Chinese font ${BUNDLED_FONT_FILE} that PDFs need. Searched: ${searched.join('; ')}. Set ${FONT_ENV} to a font file.`,
    searched,
  );
}
