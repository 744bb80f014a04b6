import type { IncomingMessage } from 'node:http';
import type { BilingualText, ErrorCode } from './ws-protocol';

export type BodyResult =
  | { ok: true; value: unknown }
  | { ok: false; status: number; code: ErrorCode; detail?: BilingualText };

/**
 * Reads a JSON request body of at most `limit` bytes. An empty body reads as `undefined`,
 * so buttons that POST nothing (clickers, Stream Deck) work.
 *
 * Past the limit the rest is read and dropped rather than destroying the request: destroying
 * it would also destroy the socket, and the client would never see the 413 reply.
 */
export function readJsonBody(req: IncomingMessage, limit: number): Promise<BodyResult> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    req.resume();
    return Promise.resolve({ ok: false, status: 413, code: 'too-large' });
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (result: BodyResult) => {
      if (settled) return;
      settled = true;
      resolve(result);
    };
    req.on('data', (chunk: Buffer) => {
      if (settled) return;
      size += chunk.length;
      if (size > limit) {
        chunks.length = 0;
        settle({ ok: false, status: 413, code: 'too-large' });
        return;
      }
      chunks.push(chunk);
    });
    req.on('error', () => settle({ ok: false, status: 400, code: 'bad-request' }));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8').trim();
      if (text === '') return settle({ ok: true, value: undefined });
      try {
        settle({ ok: true, value: JSON.parse(text) as unknown });
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        settle({ ok: false, status: 400, code: 'bad-json', detail: { 'zh-CN': detail, en: detail } });
      }
    });
  });
}
