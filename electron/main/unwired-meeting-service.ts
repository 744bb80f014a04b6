import type { CommandResult, LiveSnapshot, MeetingServiceApi, Refusal } from '../services/meeting-service/meeting-service-api';

/**
 * Stands in for the MeetingService until electron/main/index.ts is given the real one
 * (TODO(meeting-service): replace with the factory from electron/services/meeting-service).
 * Every command is refused with a clear message; the shell (windows, projector, menus) works.
 */
export function createUnwiredMeetingService(now: () => number): MeetingServiceApi {
  const snapshot: LiveSnapshot = { version: 0, at: now(), meetingId: null, engine: null };
  const refusal: Refusal = {
    code: 'service-unavailable',
    message: { 'zh-CN': '会议服务尚未接入此版本。', en: 'The meeting service is not wired into this build yet.' },
  };
  const refused: CommandResult = { ok: false, refusal };
  return {
    execute: () => Promise.resolve(refused),
    snapshot: () => snapshot,
    subscribe: () => () => undefined,
    now,
    listMeetings: () => [],
    importSchedule: () => {
      throw new Error(refusal.message.en);
    },
    exportSchedule: () => null,
  };
}
