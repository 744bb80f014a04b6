import { z } from 'zod';
import { WORKFLOW_ACTIONS } from '../../core/planning';
import { APPROVAL_ROLES, RULE_IDS } from '../../core/policy/ids';
import { describeZodError, InputFileError } from '../../core/validation/zod-issues';
import { isDocumentError } from '../documents/read-document';
import { PdfFontError } from '../pdf';
import { InputError } from '../schedule/input-error';
import { isStorageError } from '../storage';
import { PlanningError, type PlanningErrorBody } from './planning-error';
import type { PlanningService } from './planning-service';

/**
 * The one request shape every transport carries — `{ op, args }` — and its dispatcher. HTTP
 * (POST /api/planning/<op>) and Electron IPC (the `planning` channel) both end here, so both
 * check arguments the same way and answer the same JSON.
 */

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
const id = z.string().min(1).max(100);
const lang = z.enum(['zh-CN', 'en']).optional();
/** Bytes travel as base64 in JSON; 40 MB of base64 is a 30 MB file, above any keynote. */
const base64 = z.string().max(40 * 1024 * 1024).regex(/^[A-Za-z0-9+/=\s]*$/, 'expected base64');

export const PLANNING_OP_ARGS = {
  overview: z.object({ from: date, to: date }).strict(),
  check: z.object({ meeting: z.unknown(), timeZone: z.string().optional() }).strict(),
  'get-meeting': z.object({ id }).strict(),
  'save-meeting': z.object({ meeting: z.unknown(), expectedUpdatedAt: z.number().nullable().optional() }).strict(),
  'move-meeting': z.object({ id, start: z.string().min(1) }).strict(),
  'delete-meeting': z.object({ id }).strict(),
  'attach-document': z
    .object({ meetingId: id, item: z.union([z.string().min(1), z.number().int().min(0)]), fileName: z.string().min(1).max(255), base64, keepText: z.boolean().optional() })
    .strict(),
  'document-text': z.object({ meetingId: id, documentId: z.number().int() }).strict(),
  transition: z.object({ id, action: z.enum(WORKFLOW_ACTIONS), actor: z.string().max(100).optional(), note: z.string().max(500).optional() }).strict(),
  'record-approval': z.object({ id, approval: z.unknown() }).strict(),
  'remove-approval': z.object({ id, role: z.enum(APPROVAL_ROLES) }).strict(),
  'record-exception': z.object({ id, rule: z.enum(RULE_IDS), reason: z.string().max(2000), recordedBy: z.string().max(100).optional() }).strict(),
  'remove-exception': z.object({ id, exceptionId: z.number().int() }).strict(),
  'checklist-pdf': z.object({ id, lang }).strict(),
  'preview-import': z.object({ fileName: z.string().min(1).max(255), text: z.string().max(10 * 1024 * 1024) }).strict(),
  import: z.object({ fileName: z.string().min(1).max(255), text: z.string().max(10 * 1024 * 1024), overwrite: z.boolean().optional() }).strict(),
  export: z.object({ format: z.enum(['json', 'ics']), from: date.optional(), to: date.optional() }).strict(),
  'get-policy': z.object({}).strict(),
  'save-policy': z.object({ policy: z.unknown() }).strict(),
  'reset-policy': z.object({}).strict(),
  'calendar-info': z.object({}).strict(),
  'import-calendar': z.object({ fileName: z.string().min(1).max(255), base64 }).strict(),
  'remove-calendar-year': z.object({ year: z.number().int() }).strict(),
} as const;

export type PlanningOp = keyof typeof PLANNING_OP_ARGS;
export const PLANNING_OPS = Object.keys(PLANNING_OP_ARGS) as PlanningOp[];

export type PlanningReply = { ok: true; result: unknown } | { ok: false; error: PlanningErrorBody };

const bytesOf = (b64: string): Uint8Array => new Uint8Array(Buffer.from(b64, 'base64'));
const toBase64 = (bytes: Uint8Array): string => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');

async function run(service: PlanningService, op: PlanningOp, args: never): Promise<unknown> {
  const a: never = args;
  switch (op) {
    case 'overview':
      return service.overview(a);
    case 'check':
      return service.check(a);
    case 'get-meeting':
      return service.getMeeting(a);
    case 'save-meeting':
      return service.saveMeeting(a);
    case 'move-meeting':
      return service.moveMeeting(a);
    case 'delete-meeting':
      return service.deleteMeeting(a);
    case 'attach-document': {
      const { base64: b64, ...rest } = args as { base64: string; meetingId: string; item: string | number; fileName: string; keepText?: boolean };
      return service.attachDocument({ ...rest, bytes: bytesOf(b64) });
    }
    case 'document-text':
      return service.documentText(a);
    case 'transition':
      return service.transition(a);
    case 'record-approval':
      return service.recordApproval(a);
    case 'remove-approval':
      return service.removeApproval(a);
    case 'record-exception':
      return service.recordException(a);
    case 'remove-exception':
      return service.removeException(a);
    case 'checklist-pdf': {
      const { fileName, bytes } = await service.checklistPdf(a);
      return { fileName, mimeType: 'application/pdf', base64: toBase64(bytes) };
    }
    case 'preview-import':
      return service.previewImport(a);
    case 'import':
      return service.importSchedule(a);
    case 'export':
      return service.exportSchedule(a);
    case 'get-policy':
      return service.policy();
    case 'save-policy':
      return service.savePolicy(a);
    case 'reset-policy':
      return service.resetPolicy();
    case 'calendar-info':
      return service.calendarInfo();
    case 'import-calendar': {
      const { base64: b64, fileName } = args as { base64: string; fileName: string };
      return service.importCalendar({ fileName, bytes: bytesOf(b64) });
    }
    case 'remove-calendar-year':
      return service.removeCalendarYear(a);
  }
}

/** Any failure as the JSON the screens show: what is wrong and where, never a stack. */
export function toPlanningErrorBody(e: unknown): PlanningErrorBody {
  if (e instanceof PlanningError) return e.toJSON();
  if (isDocumentError(e)) return { code: 'invalid-document', message: { 'zh-CN': e.messageIn('zh-CN'), en: e.messageIn('en') } };
  if (e instanceof InputError) {
    return {
      code: 'invalid-schedule',
      message: { 'zh-CN': e.describe('zh-CN'), en: e.describe('en') },
      ...(e.path ? { path: e.path } : {}),
      issues: e.issues.map((i) => ({ path: i.path, message: { 'zh-CN': i.zh, en: i.en } })),
    };
  }
  if (e instanceof InputFileError) {
    const first = e.issues[0];
    const where = (i: (typeof e.issues)[number]) => [i.line ? `${i.line}:${i.column ?? 1}` : '', i.path].filter(Boolean).join(' ');
    return {
      code: 'invalid-calendar',
      message: {
        'zh-CN': `日历文件“${e.file ?? ''}”无法导入：${first ? `${where(first)} ${first.messageZh}` : ''}`.trim(),
        en: `The calendar file "${e.file ?? ''}" cannot be imported: ${first ? `${where(first)} ${first.messageEn}` : ''}`.trim(),
      },
      ...(first?.path ? { path: first.path } : {}),
      issues: e.issues.map((i) => ({ path: where(i), message: { 'zh-CN': i.messageZh, en: i.messageEn } })),
    };
  }
  if (e instanceof PdfFontError) return { code: 'pdf-failed', message: { 'zh-CN': e.zh, en: e.en } };
  if (isStorageError(e)) {
    const code = e.code === 'meeting-not-found' || e.code === 'item-not-found' ? 'not-found' : e.code.startsWith('invalid-') ? 'bad-request' : 'storage';
    return { code, message: { 'zh-CN': e.zh, en: e.en } };
  }
  const m = e instanceof Error ? e.message : String(e);
  return { code: 'storage', message: { 'zh-CN': `内部错误：${m}`, en: `Internal error: ${m}` } };
}

/** Runs `{ op, args }` and never throws: refusals and failures come back as `{ ok: false }`. */
export async function dispatchPlanning(service: PlanningService, request: unknown): Promise<PlanningReply> {
  if (request === null || typeof request !== 'object' || Array.isArray(request)) {
    return { ok: false, error: { code: 'bad-request', message: { 'zh-CN': '请求应为 { op, args } 对象', en: 'The request must be an object { op, args }' } } };
  }
  const { op, args } = request as { op?: unknown; args?: unknown };
  if (typeof op !== 'string' || !(op in PLANNING_OP_ARGS)) {
    return {
      ok: false,
      error: {
        code: 'unknown-op',
        path: 'op',
        message: { 'zh-CN': `op：没有操作“${String(op)}”，可用：${PLANNING_OPS.join('、')}`, en: `op: no operation "${String(op)}"; known: ${PLANNING_OPS.join(', ')}` },
      },
    };
  }
  const schema = PLANNING_OP_ARGS[op as PlanningOp];
  const parsed = schema.safeParse(args ?? {});
  if (!parsed.success) {
    const issues = describeZodError(parsed.error).map((r) => ({ path: `args${r.path ? `.${r.path}` : ''}`, message: { 'zh-CN': r.messageZh, en: r.messageEn } }));
    const first = issues[0]!;
    return {
      ok: false,
      error: { code: 'bad-request', path: first.path, issues, message: { 'zh-CN': `${first.path}：${first.message['zh-CN']}`, en: `${first.path}: ${first.message.en}` } },
    };
  }
  try {
    return { ok: true, result: await run(service, op as PlanningOp, parsed.data as never) };
  } catch (e) {
    return { ok: false, error: toPlanningErrorBody(e) };
  }
}

/** HTTP status for a failure code (the body says the rest). */
export function httpStatusOf(code: PlanningErrorBody['code']): number {
  switch (code) {
    case 'not-found':
    case 'unknown-op':
      return 404;
    case 'workflow-refused':
    case 'would-overwrite':
    case 'conflict':
      return 409;
    case 'invalid-meeting':
    case 'invalid-policy':
    case 'invalid-schedule':
    case 'invalid-calendar':
    case 'invalid-document':
      return 422;
    case 'bad-request':
      return 400;
    default:
      return 500;
  }
}
