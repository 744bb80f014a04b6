import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../shared/csp';

/**
 * The renderer is served from app://duanhui/… rather than file:// (Electron's checklist): a
 * real origin for the CSP and the IPC sender check, and no access to the rest of the disk.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'duanhui';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

export const CONSOLE_PAGE = 'index.html';
export const PROJECTOR_PAGE = 'projector.html';

export function pageUrl(page: string): string {
  return `${APP_ORIGIN}/${page}`;
}

/** Passed to `protocol.registerSchemesAsPrivileged` before the app is ready. */
export const APP_SCHEME_PRIVILEGES = [
  {
    scheme: APP_SCHEME,
    privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true, stream: false },
  },
] as const;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.wav': 'audio/wav',
  '.txt': 'text/plain; charset=utf-8',
};

export type AppRequestResolution =
  | { kind: 'file'; path: string; mimeType: string; isHtml: boolean }
  | { kind: 'refused'; status: 400 | 403 | 404 | 405; reason: string };

/**
 * Maps an app:// request to a file inside `rootDir`, or refuses it. Pure: no disk access.
 * Refused: other schemes or hosts, methods other than GET/HEAD, malformed escapes, NUL bytes,
 * backslashes, and any path that would leave `rootDir` once decoded (%2e%2e%2f and the like;
 * the URL parser already folds plain `../`).
 */
export function resolveAppRequest(url: string, rootDir: string, method = 'GET'): AppRequestResolution {
  if (method !== 'GET' && method !== 'HEAD') return { kind: 'refused', status: 405, reason: `method ${method}` };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { kind: 'refused', status: 400, reason: 'not a URL' };
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) {
    return { kind: 'refused', status: 404, reason: `not ${APP_ORIGIN}` };
  }
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return { kind: 'refused', status: 400, reason: 'malformed escape' };
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return { kind: 'refused', status: 400, reason: 'bad character' };
  const segments = pathname.split('/').filter((s) => s !== '' && s !== '.');
  if (segments.some((s) => s === '..')) return { kind: 'refused', status: 403, reason: 'path traversal' };
  if (segments.some((s) => s.startsWith('.'))) return { kind: 'refused', status: 404, reason: 'hidden file' };
  if (segments.length === 0) segments.push(CONSOLE_PAGE);

  const root = resolve(rootDir);
  const file = resolve(root, ...segments);
  const rel = relative(root, file);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel) || rel.split(sep).includes('..')) {
    return { kind: 'refused', status: 403, reason: 'path traversal' };
  }
  const ext = extname(file).toLowerCase();
  const mimeType = MIME[ext];
  if (!mimeType) return { kind: 'refused', status: 404, reason: `unknown file type ${ext || '(none)'}` };
  return { kind: 'file', path: file, mimeType, isHtml: ext === '.html' };
}

/** Headers on every response; the CSP rides on all of them, HTML pages included. */
export function responseHeaders(mimeType: string): Record<string, string> {
  return {
    'Content-Type': mimeType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-cache',
  };
}

export type ReadFileFn = (path: string) => Promise<Uint8Array>;

/** Answers one app:// request: the file with the security headers, or a plain-text error. */
export async function serveAppRequest(
  request: { url: string; method?: string },
  rootDir: string,
  read: ReadFileFn = readFile,
): Promise<Response> {
  const resolution = resolveAppRequest(request.url, rootDir, request.method ?? 'GET');
  if (resolution.kind === 'refused') {
    return new Response(`${resolution.status} ${resolution.reason}\n`, {
      status: resolution.status,
      headers: responseHeaders('text/plain; charset=utf-8'),
    });
  }
  let body: Uint8Array;
  try {
    body = await read(resolution.path);
  } catch {
    return new Response('404 not found\n', { status: 404, headers: responseHeaders('text/plain; charset=utf-8') });
  }
  const payload = request.method === 'HEAD' ? null : new Uint8Array(body).buffer;
  return new Response(payload, { status: 200, headers: responseHeaders(resolution.mimeType) });
}

/** The part of Electron's `protocol` the shell registers with. */
export interface ProtocolLike {
  handle(scheme: string, handler: (request: Request) => Response | Promise<Response>): void;
}

export function registerAppProtocol(protocol: ProtocolLike, rootDir: string, read?: ReadFileFn): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest({ url: request.url, method: request.method }, rootDir, read));
}
