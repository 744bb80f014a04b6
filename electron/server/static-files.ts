import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, resolve, sep } from 'node:path';
import { BASE_HEADERS, contentSecurityPolicy, sendError, sendHtmlError } from './http-replies';

const MIME: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.wav': 'audio/wav',
};

export function mimeType(file: string): string {
  return MIME[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export type StaticLookup =
  | { ok: true; file: string; size: number }
  | { ok: false; status: 400 | 403 | 404 };

function isInside(root: string, candidate: string): boolean {
  return candidate === root || candidate.startsWith(root.endsWith(sep) ? root : root + sep);
}

async function existingFile(root: string, candidate: string): Promise<{ file: string; size: number } | null> {
  try {
    const real = await realpath(candidate);
    // A symlink inside the folder must not lead out of it.
    if (!isInside(root, real)) return null;
    const info = await stat(real);
    return info.isFile() ? { file: real, size: info.size } : null;
  } catch {
    return null;
  }
}

/**
 * Maps a URL path to a file under `root`, refusing traversal (`..`, encoded or not), NUL bytes,
 * dotfiles and symlinks that leave the folder. Folders are never listed: `/` serves index.html,
 * `/projector` serves projector.html, any other folder is 404.
 */
export async function lookupStaticFile(rootDir: string, pathname: string): Promise<StaticLookup> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { ok: false, status: 400 };
  }
  if (decoded.includes('\0')) return { ok: false, status: 400 };
  const segments = decoded.split(/[\\/]/);
  if (segments.some((s) => s === '..')) return { ok: false, status: 403 };
  if (segments.some((s) => s.startsWith('.') && s !== '.')) return { ok: false, status: 404 };

  let root: string;
  try {
    root = await realpath(rootDir);
  } catch {
    return { ok: false, status: 404 };
  }
  const wanted = decoded.endsWith('/') ? `${decoded}index.html` : decoded;
  const candidate = resolve(root, `.${wanted.startsWith('/') ? '' : '/'}${wanted}`);
  if (!isInside(root, candidate)) return { ok: false, status: 403 };

  const found = (await existingFile(root, candidate)) ?? (extname(candidate) === '' ? await existingFile(root, `${candidate}.html`) : null);
  return found ? { ok: true, ...found } : { ok: false, status: 404 };
}

export interface StaticServeOptions {
  root: string | undefined;
  pathname: string;
  /** Whether this request may open an HTML page (pages need a valid token). */
  pageAllowed: boolean;
}

export async function serveStatic(req: IncomingMessage, res: ServerResponse, options: StaticServeOptions): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendError(res, 405, 'method-not-allowed', { headers: { Allow: 'GET, HEAD' } });
    return;
  }
  if (!options.root) {
    sendHtmlError(req, res, 404, 'not-found');
    return;
  }
  const found = await lookupStaticFile(options.root, options.pathname);
  if (!found.ok) {
    const code = found.status === 404 ? 'not-found' : 'bad-request';
    sendHtmlError(req, res, found.status, code);
    return;
  }
  const type = mimeType(found.file);
  const isHtml = type.startsWith('text/html');
  if (isHtml && !options.pageAllowed) {
    sendHtmlError(req, res, 401, 'unauthorized');
    return;
  }
  const headers: Record<string, string | number> = {
    ...BASE_HEADERS,
    'Content-Type': type,
    'Content-Length': found.size,
    // Built assets carry a content hash in their names; pages must always be fresh.
    'Cache-Control': isHtml
      ? 'no-store'
      : options.pathname.startsWith('/assets/')
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
  };
  if (isHtml) headers['Content-Security-Policy'] = contentSecurityPolicy(req.headers.host ?? '');
  res.writeHead(200, headers);
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const stream = createReadStream(found.file);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}
