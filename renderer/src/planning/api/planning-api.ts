/**
 * The planning screens' one API with two clients: HTTP to the room server (browsers, with the
 * chair token from `?t=`) and Electron IPC (`window.duanhui.planning`). Both carry `{ op, args }`
 * and answer `{ ok, result | error }`; a failure becomes a PlanningApiError the screens show.
 */
import type { PlanningReply, PlanningRequest } from '../../../../electron/shared/ipc-contract';
import type { PlanningErrorBody } from '../../../../electron/services/planning/planning-error';
import type {
  BinaryFile,
  CalendarImportResult,
  CalendarInfo,
  ExportedFile,
  ImportPreview,
  ImportResult,
  MeetingCheck,
  MeetingView,
  Overview,
  PolicyState,
} from '../../../../electron/services/planning/planning-types';

export type { PlanningErrorBody };

export class PlanningApiError extends Error {
  constructor(readonly body: PlanningErrorBody) {
    super(body.message.en);
    this.name = 'PlanningApiError';
  }
}

export type Transport = (request: PlanningRequest) => Promise<PlanningReply>;

export interface PlanningApi {
  readonly kind: 'http' | 'ipc';
  overview(from: string, to: string): Promise<Overview>;
  check(meeting: unknown): Promise<MeetingCheck>;
  getMeeting(id: string): Promise<MeetingView>;
  saveMeeting(meeting: unknown, expectedUpdatedAt?: number | null): Promise<MeetingView>;
  moveMeeting(id: string, start: string): Promise<MeetingView>;
  deleteMeeting(id: string): Promise<{ deleted: boolean }>;
  attachDocument(args: { meetingId: string; item: string | number; fileName: string; base64: string }): Promise<MeetingView>;
  transition(id: string, action: 'submit' | 'approve' | 'return', actor?: string): Promise<MeetingView>;
  recordApproval(id: string, approval: unknown): Promise<MeetingView>;
  removeApproval(id: string, role: string): Promise<MeetingView>;
  recordException(id: string, rule: string, reason: string, recordedBy?: string): Promise<MeetingView>;
  removeException(id: string, exceptionId: number): Promise<MeetingView>;
  checklistPdf(id: string, lang: 'zh-CN' | 'en'): Promise<BinaryFile>;
  previewImport(fileName: string, text: string): Promise<ImportPreview>;
  importSchedule(fileName: string, text: string, overwrite: boolean): Promise<ImportResult>;
  exportSchedule(format: 'json' | 'ics', from?: string, to?: string): Promise<ExportedFile>;
  policy(): Promise<PolicyState>;
  savePolicy(policy: unknown): Promise<PolicyState>;
  resetPolicy(): Promise<PolicyState>;
  calendarInfo(): Promise<CalendarInfo>;
  importCalendar(fileName: string, base64: string): Promise<CalendarImportResult>;
}

export function createPlanningApi(kind: PlanningApi['kind'], transport: Transport): PlanningApi {
  const call = async <T>(op: string, args: Record<string, unknown> = {}): Promise<T> => {
    const reply = await transport({ op, args });
    if (!reply.ok) throw new PlanningApiError(reply.error);
    return reply.result as T;
  };
  const defined = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
  return {
    kind,
    overview: (from, to) => call('overview', { from, to }),
    check: (meeting) => call('check', { meeting }),
    getMeeting: (id) => call('get-meeting', { id }),
    saveMeeting: (meeting, expectedUpdatedAt) => call('save-meeting', defined({ meeting, expectedUpdatedAt })),
    moveMeeting: (id, start) => call('move-meeting', { id, start }),
    deleteMeeting: (id) => call('delete-meeting', { id }),
    attachDocument: (args) => call('attach-document', args),
    transition: (id, action, actor) => call('transition', defined({ id, action, actor })),
    recordApproval: (id, approval) => call('record-approval', { id, approval }),
    removeApproval: (id, role) => call('remove-approval', { id, role }),
    recordException: (id, rule, reason, recordedBy) => call('record-exception', defined({ id, rule, reason, recordedBy })),
    removeException: (id, exceptionId) => call('remove-exception', { id, exceptionId }),
    checklistPdf: (id, lang) => call('checklist-pdf', { id, lang }),
    previewImport: (fileName, text) => call('preview-import', { fileName, text }),
    importSchedule: (fileName, text, overwrite) => call('import', { fileName, text, overwrite }),
    exportSchedule: (format, from, to) => call('export', defined({ format, from, to })),
    policy: () => call('get-policy'),
    savePolicy: (policy) => call('save-policy', { policy }),
    resetPolicy: () => call('reset-policy'),
    calendarInfo: () => call('calendar-info'),
    importCalendar: (fileName, base64) => call('import-calendar', { fileName, base64 }),
  };
}

const networkError = (e: unknown): PlanningReply => {
  const m = e instanceof Error ? e.message : String(e);
  return { ok: false, error: { code: 'storage', message: { 'zh-CN': `无法连接服务器：${m}`, en: `Cannot reach the server: ${m}` } } };
};

/** HTTP client: POST /api/planning/<op> with the chair token. */
export function httpTransport(token: string, fetchImpl: typeof fetch = (...a) => fetch(...a), baseUrl = ''): Transport {
  return async ({ op, args }) => {
    let response: Response;
    try {
      response = await fetchImpl(`${baseUrl}/api/planning/${encodeURIComponent(op)}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(args ?? {}),
      });
    } catch (e) {
      return networkError(e);
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      return { ok: false, error: { code: 'storage', message: { 'zh-CN': `服务器回复无法读取（${response.status}）`, en: `The server's reply cannot be read (${response.status})` } } };
    }
    const b = body as { ok?: boolean; error?: { code?: string; message?: { 'zh-CN': string; en: string } } };
    if (b && typeof b.ok === 'boolean' && (b.ok || b.error?.message)) {
      // Errors of the room server itself (401, 429 …) share the shape { ok: false, error: { code, message } }.
      return b as PlanningReply;
    }
    return { ok: false, error: { code: 'storage', message: { 'zh-CN': `服务器回复格式不对（${response.status}）`, en: `Unexpected server reply (${response.status})` } } };
  };
}

interface PreloadWithPlanning {
  planning?: (request: PlanningRequest) => Promise<PlanningReply>;
}

/** Electron windows have `window.duanhui.planning`; browsers talk to the room server with `?t=`. */
export function pickPlanningApi(win: Window = window): PlanningApi {
  const preload = (win as Window & { duanhui?: PreloadWithPlanning }).duanhui;
  if (preload?.planning) {
    const invoke = preload.planning;
    return createPlanningApi('ipc', (request) => invoke(request).catch(networkError));
  }
  const token = new URLSearchParams(win.location.search).get('t') ?? '';
  return createPlanningApi('http', httpTransport(token));
}
