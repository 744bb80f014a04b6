import type { IncomingMessage, ServerResponse } from 'node:http';
import { errorText } from './error-text';
import type { BilingualText, ErrorCode } from './ws-protocol';

/** Sent on every response. No-referrer keeps the `?t=` token out of Referer headers. */
export const BASE_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

/**
 * CSP for the renderer pages: scripts only from this server, WebSocket only back to it.
 * `ws://host` is listed besides 'self' because older browsers do not let 'self' cover ws:.
 * Inline styles stay allowed: React and the i18n layer set style attributes.
 */
export function contentSecurityPolicy(hostHeader: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self' ws://${hostHeader}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...BASE_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    ...headers,
  });
  res.end(text);
}

export interface HttpErrorBody {
  ok: false;
  error: { code: ErrorCode; message: BilingualText; path?: string };
}

export function sendError(
  res: ServerResponse,
  status: number,
  code: ErrorCode,
  options: { message?: BilingualText; path?: string; headers?: Record<string, string> } = {},
): void {
  const body: HttpErrorBody = {
    ok: false,
    error: { code, message: options.message ?? errorText(code), ...(options.path ? { path: options.path } : {}) },
  };
  sendJson(res, status, body, options.headers);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A small bilingual HTML page for browsers that open a link that does not work. */
export function sendHtmlError(req: IncomingMessage, res: ServerResponse, status: number, code: ErrorCode): void {
  const text = errorText(code);
  const html =
    `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>短会 Duanhui</title>` +
    `<body style="font-family:sans-serif;padding:2em"><h1>${escapeHtml(text['zh-CN'])}</h1>` +
    `<p lang="en">${escapeHtml(text.en)}</p></body></html>`;
  res.writeHead(status, {
    ...BASE_HEADERS,
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': Buffer.byteLength(html),
    'Cache-Control': 'no-store',
    'Content-Security-Policy': contentSecurityPolicy(req.headers.host ?? ''),
  });
  res.end(req.method === 'HEAD' ? undefined : html);
}
