/**
 * The one typed contract between the Electron main process and its renderer windows
 * (the GitHub Desktop pattern: every channel name maps to its request and response types).
 *
 * Imported by electron/main (handlers), electron/preload (client) and renderer/ (the
 * `window.duanhui` type). Type-only imports keep it free of Electron, Node and zod at run time.
 */
import type { Command } from '../core/engine/commands';
import type { CommandResult, LiveSnapshot } from '../services/meeting-service/meeting-service-api';
import type { PlanningReply } from '../services/planning/planning-ops';
import type { RecordsReply } from '../services/records-service/records-ops';

export type { Command, CommandResult, LiveSnapshot, PlanningReply };
export type { RecordsReply };

/** One planning operation (electron/services/planning/planning-ops.ts): `op` names it, `args` carries its arguments. */
export interface PlanningRequest {
  op: string;
  args?: unknown;
}

/** One records operation (electron/services/records-service/records-ops.ts): `op` names it, `args` carries its arguments. */
export interface RecordsRequest {
  op: string;
  args?: unknown;
}

export type Lang = 'zh-CN' | 'en';

/**
 * What `command()` carries: an engine command, or one of the MeetingService's own (load a stored
 * meeting, or the bundled sample). The service validates every command itself (`execute(unknown)`).
 */
export type ServiceCommand = Command | { type: 'load-meeting'; meetingId: string } | { type: 'load-sample' };

export interface BilingualText {
  'zh-CN': string;
  en: string;
}

// ---------------------------------------------------------------------------------------------
// Shell values

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One screen as the console's display picker shows it. */
export interface DisplayInfo {
  id: number;
  label: string;
  internal: boolean;
  primary: boolean;
  bounds: Rect;
  scaleFactor: number;
}

/**
 * Where the projector view is. `fullscreen`: on `displayId`; `preview`: a normal window on the
 * chair's screen; `hidden`: wanted but its display is gone; `off`: closed by the chair.
 */
export type ProjectorPlacement =
  | { kind: 'off' }
  | { kind: 'hidden'; waitingFor: RememberedDisplay | null }
  | { kind: 'preview' }
  | { kind: 'fullscreen'; displayId: number; label: string };

/** A display remembered across restarts: ids can change between sessions, labels rarely do. */
export interface RememberedDisplay {
  id: number;
  label: string;
}

export interface ProjectorStatus {
  placement: ProjectorPlacement;
  /** The chair's choice, remembered in the settings file; null = first external display. */
  preferred: RememberedDisplay | null;
}

export interface DisplaysState {
  displays: DisplayInfo[];
  projector: ProjectorStatus;
}

export type ShellNoticeCode =
  | 'projector-shown'
  | 'projector-preview'
  | 'projector-waiting'
  | 'projector-display-removed'
  | 'projector-display-returned'
  | 'projector-display-changed'
  | 'projector-only-one-display'
  | 'display-added';

/** A line the console shows ("the projector's display went away", …). */
export interface ShellNotice {
  code: ShellNoticeCode;
  severity: 'info' | 'warning';
  params: Record<string, string | number>;
  message: BilingualText;
}

export interface LanSharingStatus {
  /** False when this build or this machine has no LAN server. */
  available: boolean;
  enabled: boolean;
  /** Addresses other screens can open, e.g. http://192.168.1.20:8080/ ; empty when off. */
  urls: string[];
  /** Why it is unavailable or failed, when it is. */
  problem?: BilingualText;
}

export interface AppInfo {
  name: string;
  productName: string;
  version: string;
  electron: string;
  chrome: string;
  node: string;
  platform: string;
  arch: string;
  locale: string;
  packaged: boolean;
}

/** What the application menu asks the console to do (the console knows the current item). */
export type MenuCommand =
  | 'start-meeting'
  | 'pause-resume'
  | 'next-item'
  | 'grant-extension'
  | 'end-meeting'
  | 'undo'
  | 'blackout';

// ---------------------------------------------------------------------------------------------
// Queries (read-only questions to the MeetingService)

export interface MeetingQueries {
  snapshot: { args: undefined; result: LiveSnapshot };
  /** The service clock (epoch ms). */
  now: { args: undefined; result: number };
  'list-meetings': { args: { from?: number; to?: number } | undefined; result: unknown[] };
  'export-schedule': { args: undefined; result: unknown };
}

export type QueryName = keyof MeetingQueries;
export const QUERY_NAMES = ['snapshot', 'now', 'list-meetings', 'export-schedule'] as const satisfies readonly QueryName[];

// ---------------------------------------------------------------------------------------------
// Subscriptions (main → renderer pushes)

export interface Topics {
  snapshot: LiveSnapshot;
  'shell-notice': ShellNotice;
  displays: DisplaysState;
  'menu-command': MenuCommand;
  'lan-sharing': LanSharingStatus;
}

export type Topic = keyof Topics;
export const TOPICS = ['snapshot', 'shell-notice', 'displays', 'menu-command', 'lan-sharing'] as const satisfies readonly Topic[];

/**
 * Topics that carry a state (the latest value is the truth): a new subscriber gets the current
 * value at once. The others are events and are never replayed.
 */
export const STATE_TOPICS = ['snapshot', 'displays', 'lan-sharing'] as const satisfies readonly Topic[];

/** The single main → renderer channel; the preload unwraps it and never forwards the event. */
export const PUSH_CHANNEL = 'duanhui:push';

export interface PushMessage<T extends Topic = Topic> {
  topic: T;
  payload: Topics[T];
}

// ---------------------------------------------------------------------------------------------
// Invoke channels (renderer → main, request → response)

export interface InvokeChannels {
  'meeting:command': (command: ServiceCommand) => CommandResult;
  'meeting:query': <N extends QueryName>(name: N, args: MeetingQueries[N]['args']) => MeetingQueries[N]['result'];
  'meeting:import-schedule': (schedule: unknown, options: { preview?: boolean } | undefined) => unknown;
  'push:subscribe': (topic: Topic) => void;
  'push:unsubscribe': (topic: Topic) => void;
  'shell:list-displays': () => DisplaysState;
  'shell:choose-projector-display': (displayId: number) => ProjectorStatus;
  'shell:open-projector': () => ProjectorStatus;
  'shell:close-projector': () => ProjectorStatus;
  'shell:preview-projector': () => ProjectorStatus;
  'shell:get-lan-sharing': () => LanSharingStatus;
  'shell:set-lan-sharing': (enabled: boolean) => LanSharingStatus;
  'shell:app-info': () => AppInfo;
  /** Every planning screen operation through one generic channel; refusals come back as `{ ok: false }`. */
  planning: (request: PlanningRequest) => PlanningReply;
  /** The records and report screens' operations through one generic channel; failures come back as `{ ok: false }`. */
  records: (request: RecordsRequest) => RecordsReply;
}

export type InvokeChannel = keyof InvokeChannels;
export type InvokeArgs<C extends InvokeChannel> = Parameters<InvokeChannels[C]>;
export type InvokeResult<C extends InvokeChannel> = Awaited<ReturnType<InvokeChannels[C]>>;

export const INVOKE_CHANNELS = [
  'meeting:command',
  'meeting:query',
  'meeting:import-schedule',
  'push:subscribe',
  'push:unsubscribe',
  'shell:list-displays',
  'shell:choose-projector-display',
  'shell:open-projector',
  'shell:close-projector',
  'shell:preview-projector',
  'shell:get-lan-sharing',
  'shell:set-lan-sharing',
  'shell:app-info',
  'planning',
  'records',
] as const satisfies readonly InvokeChannel[];

// ---------------------------------------------------------------------------------------------
// What `window.duanhui` is (the preload's only export to the page)

export type Unsubscribe = () => void;

export interface DuanhuiApi {
  /** Sends one command; resolves with the result (refusals included, never throws for them). */
  command(command: ServiceCommand): Promise<CommandResult>;
  query<N extends QueryName>(name: N, args?: MeetingQueries[N]['args']): Promise<MeetingQueries[N]['result']>;
  importSchedule(schedule: unknown, options?: { preview?: boolean }): Promise<unknown>;
  /** Calls `listener` with every payload of `topic` (the current one first, where there is one). */
  subscribe<T extends Topic>(topic: T, listener: (payload: Topics[T]) => void): Unsubscribe;
  shell: {
    listDisplays(): Promise<DisplaysState>;
    chooseProjectorDisplay(displayId: number): Promise<ProjectorStatus>;
    openProjector(): Promise<ProjectorStatus>;
    closeProjector(): Promise<ProjectorStatus>;
    previewProjector(): Promise<ProjectorStatus>;
    getLanSharing(): Promise<LanSharingStatus>;
    setLanSharing(enabled: boolean): Promise<LanSharingStatus>;
    appInfo(): Promise<AppInfo>;
  };
  /** The planning screens' operations (schedule, editor, checklist, settings). */
  planning(request: PlanningRequest): Promise<PlanningReply>;
  /** The records screens' operations (records list, meeting record, discipline report, exports). */
  records(request: RecordsRequest): Promise<RecordsReply>;
}

/** The global the preload defines (`window.duanhui`; typed in renderer/src/api/duanhui-api.ts). */
export const API_GLOBAL = 'duanhui';
