import type { MeetingServiceApi } from '../services/meeting-service/meeting-service-api';
import type { PlanningReply } from '../services/planning/planning-ops';
import type { RecordsReply } from '../services/records-service/records-ops';
import {
  QUERY_NAMES,
  TOPICS,
  type AppInfo,
  type InvokeChannel,
  type LanSharingStatus,
  type QueryName,
  type Topic,
} from '../shared/ipc-contract';
import { handleGuarded, type DropReporter, type IpcMainLike, type IpcSenderEvent, type SenderVerdict } from './ipc-guard';
import type { ProjectorController } from './projector-controller';
import type { PushHub, PushTarget } from './push-hub';

export type MeetingServiceLike = Pick<
  MeetingServiceApi,
  'execute' | 'snapshot' | 'now' | 'listMeetings' | 'importSchedule' | 'exportSchedule'
>;

/** The LAN server switch (electron/server); absent when this build has none. */
export interface LanSharingLike {
  status(): LanSharingStatus;
  setEnabled(enabled: boolean): Promise<LanSharingStatus>;
}

export const LAN_SHARING_UNAVAILABLE: LanSharingStatus = {
  available: false,
  enabled: false,
  urls: [],
  problem: { 'zh-CN': '此版本未包含局域网共享。', en: 'This build has no LAN sharing.' },
};

export type ShellIpcEvent = IpcSenderEvent & { sender: PushTarget };

export interface IpcHandlerDeps {
  ipcMain: IpcMainLike<ShellIpcEvent>;
  guard: (event: IpcSenderEvent) => SenderVerdict;
  meeting: MeetingServiceLike;
  projector: Pick<ProjectorController, 'dispatch' | 'choose' | 'displays'>;
  pushHub: PushHub;
  lanSharing: LanSharingLike | null;
  /** Called after the LAN switch changes, to push 'lan-sharing' and rebuild the menu. */
  onLanSharingChanged?: (status: LanSharingStatus) => void;
  appInfo: () => AppInfo;
  /** Runs one planning request (dispatchPlanning over the PlanningService); absent: planning is unavailable. */
  planning?: (request: unknown) => Promise<PlanningReply>;
  /** Runs one records request (dispatchRecords over the RecordsService); absent: records are unavailable. */
  records?: (request: unknown) => Promise<RecordsReply>;
  onDrop?: DropReporter;
}

const PLANNING_UNAVAILABLE: PlanningReply = {
  ok: false,
  error: { code: 'storage', message: { 'zh-CN': '此窗口未接入会议筹备服务。', en: 'Planning is not available in this window.' } },
};

const RECORDS_UNAVAILABLE: RecordsReply = {
  ok: false,
  error: { code: 'storage', message: { 'zh-CN': '此窗口未接入会议记录服务。', en: 'Meeting records are not available in this window.' } },
};

/** A renderer sent arguments of the wrong shape: says which channel, which argument and why. */
export class IpcArgumentError extends Error {
  constructor(channel: InvokeChannel, argument: string, expected: string, got: unknown) {
    const shown = typeof got === 'string' ? JSON.stringify(got) : typeof got;
    super(`IPC "${channel}": argument "${argument}" must be ${expected} (got ${shown}).`);
    this.name = 'IpcArgumentError';
  }
}

const isTopic = (v: unknown): v is Topic => typeof v === 'string' && (TOPICS as readonly string[]).includes(v);
const isQueryName = (v: unknown): v is QueryName => typeof v === 'string' && (QUERY_NAMES as readonly string[]).includes(v);

function listRange(channel: InvokeChannel, args: unknown): { from?: number; to?: number } | undefined {
  if (args === undefined || args === null) return undefined;
  if (typeof args !== 'object' || Array.isArray(args)) throw new IpcArgumentError(channel, 'args', 'an object { from?, to? }', args);
  const { from, to, ...rest } = args as Record<string, unknown>;
  const extra = Object.keys(rest);
  if (extra.length > 0) throw new IpcArgumentError(channel, `args.${extra[0]}`, 'absent (only from and to are allowed)', rest[extra[0] ?? '']);
  for (const [key, value] of [['from', from], ['to', to]] as const) {
    if (value !== undefined && (typeof value !== 'number' || !Number.isFinite(value))) {
      throw new IpcArgumentError(channel, `args.${key}`, 'a number of epoch milliseconds', value);
    }
  }
  return { ...(from === undefined ? {} : { from: from as number }), ...(to === undefined ? {} : { to: to as number }) };
}

/**
 * Registers every invoke channel of the contract, each behind the sender guard. Arguments are
 * checked here (the renderer is not trusted with shapes either); engine commands are checked
 * by the MeetingService itself, which answers a malformed one with a refusal.
 */
export function registerIpcHandlers(deps: IpcHandlerDeps): void {
  const handle = (channel: InvokeChannel, handler: (event: ShellIpcEvent, ...args: unknown[]) => unknown): void =>
    handleGuarded(deps.ipcMain, deps.guard, channel, handler, deps.onDrop);

  handle('meeting:command', (_event, command) => deps.meeting.execute(command));

  handle('meeting:query', (_event, name, args) => {
    if (!isQueryName(name)) throw new IpcArgumentError('meeting:query', 'name', `one of ${QUERY_NAMES.join(', ')}`, name);
    switch (name) {
      case 'snapshot':
        return deps.meeting.snapshot();
      case 'now':
        return deps.meeting.now();
      case 'list-meetings':
        return deps.meeting.listMeetings(listRange('meeting:query', args));
      case 'export-schedule':
        return deps.meeting.exportSchedule();
    }
  });

  handle('meeting:import-schedule', (_event, schedule, options) => {
    if (options !== undefined && options !== null) {
      const preview = (options as { preview?: unknown }).preview;
      if (typeof options !== 'object' || (preview !== undefined && typeof preview !== 'boolean')) {
        throw new IpcArgumentError('meeting:import-schedule', 'options.preview', 'true or false', preview);
      }
      return deps.meeting.importSchedule(schedule, preview === undefined ? {} : { preview });
    }
    return deps.meeting.importSchedule(schedule);
  });

  handle('push:subscribe', (event, topic) => {
    if (!isTopic(topic)) throw new IpcArgumentError('push:subscribe', 'topic', `one of ${TOPICS.join(', ')}`, topic);
    deps.pushHub.subscribe(event.sender, topic);
  });

  handle('push:unsubscribe', (event, topic) => {
    if (!isTopic(topic)) throw new IpcArgumentError('push:unsubscribe', 'topic', `one of ${TOPICS.join(', ')}`, topic);
    deps.pushHub.unsubscribe(event.sender, topic);
  });

  handle('shell:list-displays', () => deps.projector.displays());

  handle('shell:choose-projector-display', (_event, displayId) => {
    if (typeof displayId !== 'number' || !Number.isSafeInteger(displayId)) {
      throw new IpcArgumentError('shell:choose-projector-display', 'displayId', 'an integer display id', displayId);
    }
    return deps.projector.choose(displayId);
  });

  handle('shell:open-projector', () => deps.projector.dispatch({ type: 'open', fallback: 'preview' }));
  handle('shell:close-projector', () => deps.projector.dispatch({ type: 'close' }));
  handle('shell:preview-projector', () => deps.projector.dispatch({ type: 'open-preview' }));

  handle('shell:get-lan-sharing', () => deps.lanSharing?.status() ?? LAN_SHARING_UNAVAILABLE);

  handle('shell:set-lan-sharing', async (_event, enabled) => {
    if (typeof enabled !== 'boolean') throw new IpcArgumentError('shell:set-lan-sharing', 'enabled', 'true or false', enabled);
    if (!deps.lanSharing) return LAN_SHARING_UNAVAILABLE;
    const status = await deps.lanSharing.setEnabled(enabled);
    deps.onLanSharingChanged?.(status);
    return status;
  });

  handle('shell:app-info', () => deps.appInfo());

  // The dispatcher checks `{ op, args }` itself and answers a bad one with { ok: false }.
  handle('planning', (_event, request) => (deps.planning ? deps.planning(request) : PLANNING_UNAVAILABLE));

  // Same pattern: dispatchRecords checks `{ op, args }` and answers a bad one with { ok: false }.
  handle('records', (_event, request) => (deps.records ? deps.records(request) : RECORDS_UNAVAILABLE));
}
