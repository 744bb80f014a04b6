/**
 * The records screens' one API with two clients: Electron IPC (`window.duanhui.records`, which
 * carries `{ op, args }`) and the room server's GET routes (browsers, chair token from `?t=`).
 * Both end in the same dispatcher, so both answer the same JSON; a failure becomes a
 * RecordsApiError the screens show in both languages.
 */
import type { RecordsReply, RecordsRequest } from '../../../../electron/shared/ipc-contract';
import type { RecordsErrorBody } from '../../../../electron/services/records-service/records-request-error';
import type { RecordList, RecordView, ReportView } from '../../../../electron/services/records-service/records-service-types';
import type { Lang } from '../../i18n';

export type { RecordList, RecordView, ReportView, RecordsErrorBody };
export type PeriodKind = 'month' | 'quarter' | 'year';

export class RecordsApiError extends Error {
  constructor(readonly body: RecordsErrorBody) {
    super(body.message.en);
    this.name = 'RecordsApiError';
  }
}

/** A file ready to be saved. */
export interface FileToSave {
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
}

export type ExportRequest =
  | { what: 'record'; sessionId: string; format: 'pdf' | 'csv'; lang: Lang }
  | { what: 'report'; period: PeriodKind; key: string; format: 'pdf' | 'csv'; lang: Lang };

export interface RecordsApi {
  readonly kind: 'http' | 'ipc';
  listRecords(from: string, to: string): Promise<RecordList>;
  getRecord(sessionId: string, lang: Lang): Promise<RecordView>;
  report(period: PeriodKind, key: string, lang: Lang): Promise<ReportView>;
  exportFile(request: ExportRequest): Promise<FileToSave>;
}

const unreachable = (e: unknown): RecordsErrorBody => {
  const m = e instanceof Error ? e.message : String(e);
  return { code: 'storage', message: { 'zh-CN': `无法连接服务器：${m}`, en: `Cannot reach the server: ${m}` } };
};

const unexpected = (status: number): RecordsErrorBody => ({
  code: 'storage',
  message: { 'zh-CN': `服务器回复无法读取（${status}）`, en: `The server's reply cannot be read (${status})` },
});

const base64Bytes = (b64: string): Uint8Array => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));

/** The UTF-8 name from `filename*=UTF-8''…`, else the plain `filename="…"`. */
export function fileNameFrom(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (star?.[1]) {
    try {
      return decodeURIComponent(star[1].trim());
    } catch {
      // fall through to the plain name
    }
  }
  return /filename="([^"]+)"/i.exec(disposition)?.[1] ?? fallback;
}

// ---------------------------------------------------------------------------------------------
// IPC

type Invoke = (request: RecordsRequest) => Promise<RecordsReply>;

export function createIpcRecordsApi(invoke: Invoke): RecordsApi {
  const call = async <T>(op: string, args: Record<string, unknown>): Promise<T> => {
    let reply: RecordsReply;
    try {
      reply = await invoke({ op, args });
    } catch (e) {
      throw new RecordsApiError(unreachable(e));
    }
    if (!reply.ok) throw new RecordsApiError(reply.error);
    return reply.result as T;
  };
  return {
    kind: 'ipc',
    listRecords: (from, to) => call('listRecords', { from, to }),
    getRecord: (sessionId, lang) => call('getRecord', { sessionId, lang }),
    report: (period, key, lang) => call('report', { period, key, lang }),
    async exportFile(r) {
      const op = `${r.what}${r.format === 'pdf' ? 'Pdf' : 'Csv'}`;
      const args = r.what === 'record' ? { sessionId: r.sessionId, lang: r.lang } : { period: r.period, key: r.key, lang: r.lang };
      const file = await call<{ fileName: string; mimeType: string; base64?: string; text?: string }>(op, args);
      const bytes = file.base64 !== undefined ? base64Bytes(file.base64) : new TextEncoder().encode(file.text ?? '');
      return { fileName: file.fileName, mimeType: file.mimeType, bytes };
    },
  };
}

// ---------------------------------------------------------------------------------------------
// HTTP

export function createHttpRecordsApi(token: string, fetchImpl: typeof fetch = (...a) => fetch(...a), baseUrl = ''): RecordsApi {
  const send = async (path: string, query: Record<string, string>): Promise<Response> => {
    const qs = new URLSearchParams(query).toString();
    try {
      return await fetchImpl(`${baseUrl}${path}${qs ? `?${qs}` : ''}`, { headers: { Authorization: `Bearer ${token}` } });
    } catch (e) {
      throw new RecordsApiError(unreachable(e));
    }
  };
  const failure = async (response: Response): Promise<RecordsApiError> => {
    try {
      const body = (await response.json()) as { error?: RecordsErrorBody };
      // The room server's own refusals (401, 429 …) have the same { ok: false, error } shape.
      if (body.error?.message) return new RecordsApiError(body.error);
    } catch {
      // not JSON
    }
    return new RecordsApiError(unexpected(response.status));
  };
  const json = async <T>(path: string, query: Record<string, string>): Promise<T> => {
    const response = await send(path, query);
    if (!response.ok) throw await failure(response);
    try {
      return ((await response.json()) as { result: T }).result;
    } catch {
      throw new RecordsApiError(unexpected(response.status));
    }
  };
  const session = (id: string) => `/api/records/${encodeURIComponent(id)}`;
  return {
    kind: 'http',
    listRecords: (from, to) => json('/api/records', { from, to }),
    getRecord: (sessionId, lang) => json(session(sessionId), { lang }),
    report: (period, key, lang) => json('/api/report', { period, key, lang }),
    async exportFile(r) {
      const path = r.what === 'record' ? `${session(r.sessionId)}.${r.format}` : `/api/report.${r.format}`;
      const query: Record<string, string> = r.what === 'record' ? { lang: r.lang } : { period: r.period, key: r.key, lang: r.lang };
      const response = await send(path, query);
      if (!response.ok) throw await failure(response);
      const bytes = new Uint8Array(await response.arrayBuffer());
      const mimeType = response.headers.get('Content-Type') ?? 'application/octet-stream';
      return { fileName: fileNameFrom(response.headers.get('Content-Disposition'), `duanhui.${r.format}`), mimeType, bytes };
    },
  };
}

interface PreloadWithRecords {
  records?: Invoke;
}

/** Electron windows have `window.duanhui.records`; browsers talk to the room server with `?t=`. */
export function pickRecordsApi(win: Window = window): RecordsApi {
  const preload = (win as Window & { duanhui?: PreloadWithRecords }).duanhui;
  if (preload?.records) return createIpcRecordsApi(preload.records.bind(preload));
  const token = new URLSearchParams(win.location.search).get('t') ?? '';
  return createHttpRecordsApi(token);
}
