/**
 * TEMPORARY stand-in for the real MeetingService, used by `npm run serve` only while
 * electron/services/meeting-service/index.ts (createMeetingService) does not exist yet.
 * Delete this file once the real service lands.
 *
 * It keeps no meeting: every command is refused with `service-unavailable`, the snapshot is
 * empty, so screens can connect and sync their clocks but nothing runs.
 */
import type {
  CommandResult,
  LiveSnapshot,
  MeetingServiceApi,
} from '../services/meeting-service/meeting-service-api';

export function createTemporaryStandinService(now: () => number = Date.now): MeetingServiceApi {
  const refusal: CommandResult = {
    ok: false,
    refusal: {
      code: 'service-unavailable',
      message: {
        'zh-CN': '会议服务尚未接入（临时替身），命令未执行',
        en: 'The meeting service is not wired in yet (temporary stand-in); the command was not run',
      },
    },
  };
  const snapshot = (): LiveSnapshot => ({ version: 0, at: now(), meetingId: null, engine: null });
  return {
    execute: () => Promise.resolve(refusal),
    snapshot,
    subscribe: () => () => {},
    now,
    listMeetings: () => [],
    importSchedule: () => {
      throw new Error('schedule import needs the real meeting service / 日程导入需要正式的会议服务');
    },
    exportSchedule: () => ({ meetings: [] }),
  };
}
