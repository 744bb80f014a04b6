import { EventEmitter } from 'node:events';
import * as fontkit from 'fontkit';
import type { PDFDocument } from 'pdf-lib';

type Fontkit = Parameters<PDFDocument['registerFontkit']>[0];

/**
 * pdf-lib's own fontkit fork (@pdf-lib/fontkit 1.1.1, unmaintained) writes broken subsets of
 * CJK fonts: a TrueType subset gets a short `loca` table while its glyph records have odd
 * lengths, so most glyphs of Noto Sans SC come out blank (pdf-lib issue #1232; fixed upstream
 * in fontkit 1.8, foliojs/fontkit#191). Upstream fontkit 2 subsets correctly; pdf-lib accepts
 * any object with `create`, and the one API gap is that fontkit 2's subset has `encode()`
 * where pdf-lib calls the old `encodeStream()`. This adapter bridges that.
 */
export const upstreamFontkit: Fontkit = {
  create(fontData: Uint8Array) {
    const font = fontkit.create(fontData instanceof Buffer ? fontData : Buffer.from(fontData));
    const createSubset = font.createSubset.bind(font);
    font.createSubset = () => {
      const subset = createSubset() as ReturnType<typeof createSubset> & { encodeStream?: () => EventEmitter };
      subset.encodeStream = () => {
        const stream = new EventEmitter();
        queueMicrotask(() => {
          try {
            stream.emit('data', subset.encode());
            stream.emit('end');
          } catch (e) {
            stream.emit('error', e);
          }
        });
        return stream;
      };
      return subset;
    };
    return font as unknown as ReturnType<Fontkit['create']>;
  },
};
