import { z } from 'zod';
import { describeZodError } from '../../core/validation/zod-issues';
import { PdfFontError } from '../pdf';
import { isRecordsError } from '../records';
import { isStorageError } from '../storage';
import { RecordsRequestError, type RecordsErrorBody } from './records-request-error';
import type { RecordsService } from './records-service';

/**
 * The one request shape both transports carry — `{ op, args }` — and its dispatcher. Electron
 * IPC (the `records` channel) ends here directly; the room server's GET routes build the same
 * request from the URL, so both check arguments the same way and answer the same JSON.
 */

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
const sessionId = z.string().min(1).max(200);
const lang = z.enum(['zh-CN', 'en']).optional();
const period = z.enum(['month', 'quarter', 'year']);
const key = z.string().min(4).max(10);

export const RECORDS_OP_ARGS = {
  listRecords: z.object({ from: date, to: date }).strict(),
  getRecord: z.object({ sessionId, lang }).strict(),
  recordPdf: z.object({ sessionId, lang }).strict(),
  recordCsv: z.object({ sessionId, lang }).strict(),
  report: z.object({ period, key, lang }).strict(),
  reportPdf: z.object({ period, key, lang }).strict(),
  reportCsv: z.object({ period, key, lang }).strict(),
} as const;

export type RecordsOp = keyof typeof RECORDS_OP_ARGS;
export const RECORDS_OPS = Object.keys(RECORDS_OP_ARGS) as RecordsOp[];
export type RecordsOpArgs<O extends RecordsOp> = z.infer<(typeof RECORDS_OP_ARGS)[O]>;

export type RecordsReply = { ok: true; result: unknown } | { ok: false; error: RecordsErrorBody };

/** A PDF as JSON can carry it (IPC structured clone would too, but HTTP JSON cannot). */
export interface Base64File {
  fileName: string;
  asciiName: string;
  mimeType: string;
  base64: string;
}

const toBase64 = (bytes: Uint8Array): string => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');

/** Runs one op whose arguments were already checked; binary results stay binary. */
export async function runRecordsOp(service: RecordsService, op: RecordsOp, args: unknown): Promise<unknown> {
  switch (op) {
    case 'listRecords':
      return service.listRecords(args as RecordsOpArgs<'listRecords'>);
    case 'getRecord': {
      const a = args as RecordsOpArgs<'getRecord'>;
      return service.getRecord(a.sessionId, a.lang);
    }
    case 'recordPdf': {
      const a = args as RecordsOpArgs<'recordPdf'>;
      return service.recordPdf(a.sessionId, a.lang);
    }
    case 'recordCsv': {
      const a = args as RecordsOpArgs<'recordCsv'>;
      return service.recordCsv(a.sessionId, a.lang);
    }
    case 'report': {
      const a = args as RecordsOpArgs<'report'>;
      return service.report(a.period, a.key, a.lang);
    }
    case 'reportPdf': {
      const a = args as RecordsOpArgs<'reportPdf'>;
      return service.reportPdf(a.period, a.key, a.lang);
    }
    case 'reportCsv': {
      const a = args as RecordsOpArgs<'reportCsv'>;
      return service.reportCsv(a.period, a.key, a.lang);
    }
  }
}

/** Any failure as the JSON the screens show: what is wrong and where, in both languages. */
export function toRecordsErrorBody(e: unknown): RecordsErrorBody {
  if (e instanceof RecordsRequestError) {
    const path = `args.${e.path}`;
    return { code: 'bad-request', path, message: { 'zh-CN': `${path}：${e.zh}`, en: `${path}: ${e.en}` } };
  }
  if (isRecordsError(e)) {
    const code = e.code === 'session-not-found' || e.code === 'no-sessions' ? 'not-found' : 'unreadable';
    return { code, message: { 'zh-CN': e.zh, en: e.en } };
  }
  if (e instanceof PdfFontError) return { code: 'pdf-failed', message: { 'zh-CN': e.zh, en: e.en } };
  if (isStorageError(e)) return { code: 'storage', message: { 'zh-CN': e.zh, en: e.en } };
  const m = e instanceof Error ? e.message.split('\n')[0] : String(e);
  return { code: 'storage', message: { 'zh-CN': `内部错误：${m}`, en: `Internal error: ${m}` } };
}

/** Checks `{ op, args }`; the parsed arguments, or the reply that refuses them. */
export function parseRecordsRequest(request: unknown): { ok: true; op: RecordsOp; args: unknown } | { ok: false; error: RecordsErrorBody } {
  if (request === null || typeof request !== 'object' || Array.isArray(request)) {
    return { ok: false, error: { code: 'bad-request', message: { 'zh-CN': '请求应为 { op, args } 对象', en: 'The request must be an object { op, args }' } } };
  }
  const { op, args } = request as { op?: unknown; args?: unknown };
  if (typeof op !== 'string' || !Object.hasOwn(RECORDS_OP_ARGS, op)) {
    return {
      ok: false,
      error: {
        code: 'unknown-op',
        path: 'op',
        message: { 'zh-CN': `op：没有操作“${String(op)}”，可用：${RECORDS_OPS.join('、')}`, en: `op: no operation "${String(op)}"; known: ${RECORDS_OPS.join(', ')}` },
      },
    };
  }
  const parsed = RECORDS_OP_ARGS[op as RecordsOp].safeParse(args ?? {});
  if (!parsed.success) {
    const first = describeZodError(parsed.error)[0];
    const path = `args${first?.path ? `.${first.path}` : ''}`;
    return {
      ok: false,
      error: {
        code: 'bad-request',
        path,
        message: { 'zh-CN': `${path}：${first?.messageZh ?? '格式不对'}`, en: `${path}: ${first?.messageEn ?? 'bad shape'}` },
      },
    };
  }
  return { ok: true, op: op as RecordsOp, args: parsed.data };
}

/**
 * Runs `{ op, args }` and never throws: refusals and failures come back as `{ ok: false }`.
 * PDFs come back base64 so the reply is plain JSON on any transport.
 */
export async function dispatchRecords(service: RecordsService, request: unknown): Promise<RecordsReply> {
  const parsed = parseRecordsRequest(request);
  if (!parsed.ok) return parsed;
  try {
    const result = await runRecordsOp(service, parsed.op, parsed.args);
    if (result && typeof result === 'object' && 'bytes' in result) {
      const { bytes, ...file } = result as { bytes: Uint8Array; fileName: string; asciiName: string; mimeType: string };
      return { ok: true, result: { ...file, base64: toBase64(bytes) } satisfies Base64File };
    }
    return { ok: true, result };
  } catch (e) {
    return { ok: false, error: toRecordsErrorBody(e) };
  }
}

/** HTTP status for a failure code (the body says the rest). */
export function recordsHttpStatus(code: RecordsErrorBody['code']): number {
  switch (code) {
    case 'bad-request':
      return 400;
    case 'not-found':
    case 'unknown-op':
      return 404;
    default:
      return 500;
  }
}
