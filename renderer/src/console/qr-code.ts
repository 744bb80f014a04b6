import { encode, type QrCodeGenerateOptions } from 'uqr';

/**
 * A QR code as one SVG path. Level M survives a little glare or a smudged screen; the border is
 * drawn by the SVG (QUIET_ZONE modules of white) rather than by the encoder, so the module count
 * is the symbol's own size.
 */
export const QR_OPTIONS = { ecc: 'M', border: 0 } as const satisfies QrCodeGenerateOptions;

/** The white margin scanners need around the symbol, in modules (ISO/IEC 18004 asks for 4). */
export const QUIET_ZONE = 4;

export interface QrPath {
  /** Modules per side, without the quiet zone. */
  size: number;
  /** Dark modules: one `M x y h w v 1 h -w z` rectangle per horizontal run. */
  d: string;
}

export function qrPath(text: string): QrPath {
  const { size, data } = encode(text, QR_OPTIONS);
  const parts: string[] = [];
  data.forEach((row, y) => {
    let x = 0;
    while (x < size) {
      if (!row[x]) {
        x += 1;
        continue;
      }
      const start = x;
      while (x < size && row[x]) x += 1;
      parts.push(`M${start} ${y}h${x - start}v1h${start - x}z`);
    }
  });
  return { size, d: parts.join('') };
}
