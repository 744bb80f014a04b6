import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  parseRecordsRequest,
  recordsHttpStatus,
  runRecordsOp,
  toRecordsErrorBody,
  type BinaryExport,
  type RecordsOp,
  type RecordsService,
  type TextExport,
} from '../services/records-service';
import { BASE_HEADERS, sendError, sendJson } from './http-replies';
import type { RoomServerLog } from './server-limits';
import { KeyedTokenBuckets } from './token-bucket';
import { presentedToken, roleForToken, type RoomTokens } from './tokens';

/**
 * The records screens' read-only API, chair token only (records name people and their overtime):
 *
 *   GET /api/records?from=2026-04-01&to=2026-04-30          ended meetings with headline figures
 *   GET /api/records/<session>?lang=zh-CN                    one meeting's record and its tables
 *   GET /api/records/<session>.pdf|.csv?lang=                the record as a file
 *   GET /api/report?period=month&key=2026-04&lang=           会风会纪情况统计 with chart options
 *   GET /api/report.pdf|.csv?period=…&key=…&lang=            the report as a file
 *
 * JSON replies are `{ ok: true, result }` or `{ ok: false, error: { code, message, path? } }`;
 * files come with a Content-Disposition whose filename* carries the Chinese name in UTF-8.
 */
const RECORDS_PATH = '/api/records';
const REPORT_PATH = /^\/api\/report(\.pdf|\.csv)?$/;

export const isRecordsPath = (pathname: string): boolean =>
  pathname === RECORDS_PATH || pathname.startsWith(`${RECORDS_PATH}/`) || REPORT_PATH.test(pathname);

export interface RecordsRouteContext {
  records: RecordsService;
  tokens: () => RoomTokens;
  log: RoomServerLog;
  /** PDFs take a moment to make: their own bucket, apart from the timer's buttons. */
  buckets: KeyedTokenBuckets;
}

export function createRecordsBuckets(clock: () => number): KeyedTokenBuckets {
  return new KeyedTokenBuckets(30, 10, clock);
}

/** RFC 8187 / RFC 6266: `filename*=UTF-8''…` percent-encoded, with a plain ASCII `filename` before it. */
export function contentDisposition(fileName: string, asciiName: string): string {
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${asciiName}"; filename*=UTF-8''${encoded}`;
}

type Route = { op: RecordsOp; args: Record<string, unknown> } | { error: 'not-found' | 'bad-request' };

/** The op and its arguments from the path and query; only the parameters each op knows are read. */
function routeOf(url: URL): Route {
  const q = url.searchParams;
  const lang = q.get('lang') ?? undefined;
  const opt = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
  const report = REPORT_PATH.exec(url.pathname);
  if (report) {
    const op: RecordsOp = report[1] === '.pdf' ? 'reportPdf' : report[1] === '.csv' ? 'reportCsv' : 'report';
    return { op, args: opt({ period: q.get('period') ?? undefined, key: q.get('key') ?? undefined, lang }) };
  }
  if (url.pathname === RECORDS_PATH) return { op: 'listRecords', args: opt({ from: q.get('from') ?? undefined, to: q.get('to') ?? undefined }) };
  const rest = url.pathname.slice(RECORDS_PATH.length + 1);
  if (!rest || rest.includes('/')) return { error: 'not-found' };
  const file = /^(.+)\.(pdf|csv)$/.exec(rest);
  let sessionId: string;
  try {
    sessionId = decodeURIComponent(file ? file[1]! : rest);
  } catch {
    return { error: 'bad-request' };
  }
  const op: RecordsOp = file ? (file[2] === 'pdf' ? 'recordPdf' : 'recordCsv') : 'getRecord';
  return { op, args: opt({ sessionId, lang }) };
}

function sendFile(req: IncomingMessage, res: ServerResponse, file: BinaryExport | TextExport): void {
  const body = 'bytes' in file ? Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength) : Buffer.from(file.text, 'utf8');
  res.writeHead(200, {
    ...BASE_HEADERS,
    'Content-Type': file.mimeType,
    'Content-Length': body.byteLength,
    'Content-Disposition': contentDisposition(file.fileName, file.asciiName),
    'Cache-Control': 'no-store',
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

export async function handleRecordsApi(req: IncomingMessage, res: ServerResponse, url: URL, ctx: RecordsRouteContext): Promise<void> {
  const route = routeOf(url);
  if ('error' in route) return sendError(res, route.error === 'not-found' ? 404 : 400, route.error);
  if (req.method !== 'GET' && req.method !== 'HEAD') return sendError(res, 405, 'method-not-allowed', { headers: { Allow: 'GET, HEAD' } });
  const role = roleForToken(presentedToken(req.headers.authorization, url.searchParams), ctx.tokens());
  if (!role) return sendError(res, 401, 'unauthorized', { headers: { 'WWW-Authenticate': 'Bearer' } });
  if (role !== 'chair') return sendError(res, 403, 'forbidden');
  if (!ctx.buckets.take(req.socket.remoteAddress ?? '?')) return sendError(res, 429, 'rate-limited', { headers: { 'Retry-After': '1' } });

  const parsed = parseRecordsRequest({ op: route.op, args: route.args });
  if (!parsed.ok) return sendJson(res, recordsHttpStatus(parsed.error.code), parsed);
  let result: unknown;
  try {
    result = await runRecordsOp(ctx.records, parsed.op, parsed.args);
  } catch (e) {
    const error = toRecordsErrorBody(e);
    const status = recordsHttpStatus(error.code);
    if (status === 500) ctx.log('error', 'records request failed', { op: parsed.op, code: error.code, error: error.message.en });
    return sendJson(res, status, { ok: false, error });
  }
  if (parsed.op === 'recordPdf' || parsed.op === 'recordCsv' || parsed.op === 'reportPdf' || parsed.op === 'reportCsv') {
    return sendFile(req, res, result as BinaryExport | TextExport);
  }
  sendJson(res, 200, { ok: true, result });
}
