import { refusalMessage, type Refusal as EngineRefusal } from '../../core/engine';
import { isStorageError } from '../storage';
import type { Refusal } from './meeting-service-api';

/** Refusals of the service itself, beside the engine's (REFUSAL_CODES in electron/core/engine). */
export const SERVICE_REFUSAL_CODES = [
  'no-meeting-loaded',
  'meeting-not-found',
  'meeting-in-progress',
  'no-sample',
  'invalid-schedule',
  'storage-failed',
  'service-closed',
  'internal-error',
] as const;
export type ServiceRefusalCode = (typeof SERVICE_REFUSAL_CODES)[number];

type Params = Record<string, string | number>;
type Text = { 'zh-CN': string; en: string };

const TEXT: Record<ServiceRefusalCode, (p: Params) => Text> = {
  'no-meeting-loaded': () => ({
    'zh-CN': '还没有打开会议，请先从日程中选择一个会议。',
    en: 'No meeting is open; choose a meeting from the schedule first.',
  }),
  'meeting-not-found': (p) => ({
    'zh-CN': `日程中没有编号为“${p.meetingId}”的会议。`,
    en: `There is no meeting with the id “${p.meetingId}” in the schedule.`,
  }),
  'meeting-in-progress': (p) => ({
    'zh-CN': `“${p.title}”正在进行，请先宣布散会，再打开或关闭其他会议。`,
    en: `“${p.title}” is in progress; end it before opening or closing another meeting.`,
  }),
  'no-sample': (p) => ({
    'zh-CN': `无法载入示例会议：${p.detail}`,
    en: `The sample meeting cannot be loaded: ${p.detail}`,
  }),
  'invalid-schedule': (p) => ({ 'zh-CN': String(p.zh), en: String(p.en) }),
  'storage-failed': (p) => ({
    'zh-CN': `未能保存，操作没有执行：${p.zh}`,
    en: `Could not save; the command was not carried out: ${p.en}`,
  }),
  'service-closed': () => ({ 'zh-CN': '会议服务已关闭。', en: 'The meeting service has been closed.' }),
  'internal-error': (p) => ({
    'zh-CN': `会议服务内部错误，操作没有执行：${p.detail}`,
    en: `Internal error in the meeting service; the command was not carried out: ${p.detail}`,
  }),
};

export function serviceRefusal(code: ServiceRefusalCode, params: Params = {}): Refusal {
  return { code, params, message: TEXT[code](params) };
}

export function engineRefusal(r: EngineRefusal): Refusal {
  return { code: r.code, params: r.params, message: { 'zh-CN': refusalMessage(r, 'zh-CN'), en: refusalMessage(r, 'en') } };
}

/** A storage failure as a refusal: the storage layer's own words, which name the file and the fix. */
export function failureRefusal(e: unknown): Refusal {
  if (isStorageError(e)) {
    if (e.code === 'invalid-schedule') return serviceRefusal('invalid-schedule', { zh: e.zh, en: e.en });
    return serviceRefusal('storage-failed', { storageCode: e.code, zh: e.zh, en: e.en });
  }
  if (e instanceof MeetingServiceError) return e.refusal;
  return serviceRefusal('internal-error', { detail: e instanceof Error ? e.message : String(e) });
}

/** What a query throws: the refusal, readable as one line in zh-CN and English. */
export class MeetingServiceError extends Error {
  override readonly name = 'MeetingServiceError';
  constructor(readonly refusal: Refusal) {
    super(`${refusal.message['zh-CN']} / ${refusal.message.en}`);
  }
  get code(): string {
    return this.refusal.code;
  }
}
