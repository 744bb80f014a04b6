/**
 * Renders assets/icon.svg to the icons electron-builder packs:
 *   assets/icon.png (1024×1024: macOS and Linux), assets/icons/<n>x<n>.png (Linux icon set)
 *   and assets/icon.ico (Windows: PNG-compressed entries 16…256).
 * Needs Chromium and the Noto CJK fonts (the glyph 短); run with `npx tsx scripts/make-icons.ts`.
 * The outputs are committed, so packaging never needs a browser.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchChromium } from './lib/chromium';

const ROOT = resolve(import.meta.dirname, '..');
const ASSETS = join(ROOT, 'assets');
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
const LINUX_SIZES = [16, 32, 48, 64, 128, 256, 512, 1024];

/** An .ico whose entries are PNG streams (supported since Windows Vista; required for 256 px). */
export function encodeIco(entries: { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type 1 = icon
  header.writeUInt16LE(entries.length, 4);
  const directory = Buffer.alloc(16 * entries.length);
  let offset = header.length + directory.length;
  entries.forEach(({ size, png }, i) => {
    const at = i * 16;
    directory.writeUInt8(size >= 256 ? 0 : size, at); // 0 means 256
    directory.writeUInt8(size >= 256 ? 0 : size, at + 1);
    directory.writeUInt8(0, at + 2); // no palette
    directory.writeUInt8(0, at + 3);
    directory.writeUInt16LE(1, at + 4); // colour planes
    directory.writeUInt16LE(32, at + 6); // bits per pixel
    directory.writeUInt32LE(png.length, at + 8);
    directory.writeUInt32LE(offset, at + 12);
    offset += png.length;
  });
  return Buffer.concat([header, directory, ...entries.map((e) => e.png)]);
}

async function main(): Promise<void> {
  const svg = readFileSync(join(ASSETS, 'icon.svg'), 'utf8');
  const browser = await launchChromium();
  try {
    const render = async (size: number): Promise<Buffer> => {
      const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
      const html = `<!doctype html><html><head><style>html,body{margin:0;background:transparent}
        svg{display:block;width:${size}px;height:${size}px}</style></head><body>${svg}</body></html>`;
      await page.setContent(html);
      await page.evaluate(() => document.fonts.ready);
      const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
      await page.close();
      return png;
    };

    writeFileSync(join(ASSETS, 'icon.png'), await render(1024));
    mkdirSync(join(ASSETS, 'icons'), { recursive: true });
    for (const size of LINUX_SIZES) writeFileSync(join(ASSETS, 'icons', `${size}x${size}.png`), await render(size));
    const entries = [];
    for (const size of ICO_SIZES) entries.push({ size, png: await render(size) });
    writeFileSync(join(ASSETS, 'icon.ico'), encodeIco(entries));
  } finally {
    await browser.close();
  }
  process.stdout.write(`icons written to ${ASSETS}\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  main().catch((error: unknown) => {
    process.stderr.write(`make-icons: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
