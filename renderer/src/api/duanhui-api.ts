/**
 * The renderer's one API to the MeetingService, with two clients: Electron IPC (the preload's
 * `window.duanhui`) and the room server's WebSocket (browsers). Screens never decide what the
 * timer does: they send commands and mirror snapshots.
 */
import type {
  DisplayInfo,
  DisplaysState,
  LanSharingStatus,
  MenuCommand,
  DuanhuiApi as PreloadApi,
  ProjectorPlacement,
  ProjectorStatus,
  ShellNotice,
} from '../../../electron/shared/ipc-contract';
import type { CommandResult, LiveSnapshot } from '../../../electron/services/meeting-service/meeting-service-api';
import type { Command } from '../../../electron/core/engine/commands';
import { ClockOffsetEstimator } from './clock-sync';
import { toMeetingSummaries, type MeetingSummary } from './meeting-summary';
import { TOKEN_PARAM } from '../../../electron/server/ws-protocol';
import { RoomClient, roomSocketUrl } from './ws-client';

export type { CommandResult, LiveSnapshot, MeetingSummary };

/** Engine commands plus the service's own: load a stored meeting, or the bundled sample. */
export type ServiceCommand = Command | { type: 'load-meeting'; meetingId: string } | { type: 'load-sample' };

export interface ConnectionState {
  connected: boolean;
  /** The link's token was rotated: it will never work again. */
  revoked: boolean;
}

export interface DuanhuiApi {
  readonly kind: 'ipc' | 'ws';
  /** May this screen send commands? (A projector/viewer link may not.) */
  canControl(): boolean;
  execute(command: ServiceCommand): Promise<CommandResult>;
  /** Calls `listener` with every snapshot, the current one first when there is one. */
  subscribe(listener: (snapshot: LiveSnapshot) => void): () => void;
  subscribeConnection(listener: (state: ConnectionState) => void): () => void;
  listMeetings(): Promise<MeetingSummary[]>;
  /** The service clock (epoch ms) as best known here. */
  serverNow(): number;
  /** The desktop app's menu asks the console to act; browsers have no such menu. */
  subscribeMenu(listener: (command: MenuCommand) => void): () => void;
  /** Notices from the desktop shell (the projector's display went away…). */
  subscribeNotices(listener: (notice: ShellNotice) => void): () => void;
  /** The desktop shell: displays, the projector window, LAN sharing. Absent in a browser. */
  readonly shell?: ShellApi;
  start(): void;
  stop(): void;
}

export type { DisplayInfo, DisplaysState, LanSharingStatus, MenuCommand, ProjectorPlacement, ProjectorStatus, ShellNotice };

/** What the console may ask of the desktop shell (the preload's `shell`, plus its two state topics). */
export interface ShellApi {
  listDisplays(): Promise<DisplaysState>;
  chooseProjectorDisplay(displayId: number): Promise<ProjectorStatus>;
  openProjector(): Promise<ProjectorStatus>;
  closeProjector(): Promise<ProjectorStatus>;
  previewProjector(): Promise<ProjectorStatus>;
  getLanSharing(): Promise<LanSharingStatus>;
  setLanSharing(enabled: boolean): Promise<LanSharingStatus>;
  /** Every displays change (hot-plug, the projector moved), the current state first. */
  subscribeDisplays(listener: (state: DisplaysState) => void): () => void;
  subscribeLanSharing(listener: (status: LanSharingStatus) => void): () => void;
}

/** The shell half of the preload, or undefined when this window has none. */
export function shellOf(preload: PreloadApi): ShellApi | undefined {
  const shell = preload.shell as PreloadApi['shell'] | undefined;
  if (!shell) return undefined;
  return {
    listDisplays: () => shell.listDisplays(),
    chooseProjectorDisplay: (displayId) => shell.chooseProjectorDisplay(displayId),
    openProjector: () => shell.openProjector(),
    closeProjector: () => shell.closeProjector(),
    previewProjector: () => shell.previewProjector(),
    getLanSharing: () => shell.getLanSharing(),
    setLanSharing: (enabled) => shell.setLanSharing(enabled),
    subscribeDisplays: (listener) => preload.subscribe('displays', listener),
    subscribeLanSharing: (listener) => preload.subscribe('lan-sharing', listener),
  };
}

const monotonicNow = (): number => performance.timeOrigin + performance.now();

/** IPC client. The service runs on this machine; a few round trips still pin its clock exactly. */
export function createIpcApi(preload: PreloadApi, now: () => number = monotonicNow): DuanhuiApi {
  const estimator = new ClockOffsetEstimator(5);
  let offset = 0;
  const shell = shellOf(preload);
  const sync = async (): Promise<void> => {
    for (let i = 0; i < 5; i++) {
      const t0 = now();
      const serverTime = await preload.query('now');
      const estimate = estimator.add({ t0, serverTime, t3: now() });
      if (estimate) offset = estimate.offsetMs;
    }
  };
  return {
    kind: 'ipc',
    canControl: () => true,
    // The preload types commands as engine commands; the service also takes its own (load-*).
    execute: (command) => preload.command(command as Command),
    subscribe: (listener) => preload.subscribe('snapshot', listener),
    subscribeConnection: (listener) => {
      listener({ connected: true, revoked: false });
      return () => {};
    },
    listMeetings: async () => toMeetingSummaries(await preload.query('list-meetings', undefined)),
    subscribeMenu: (listener) => preload.subscribe('menu-command', listener),
    subscribeNotices: (listener) => preload.subscribe('shell-notice', listener),
    serverNow: () => now() + offset,
    ...(shell ? { shell } : {}),
    start: () => {
      sync().catch(() => {
        // Keep the local clock: on one machine it is at most milliseconds off.
      });
    },
    stop: () => {},
  };
}

export interface WsApiOptions {
  /** For the schedule export (`GET /api/schedule`), which lists the meetings. */
  token: string;
  fetchImpl?: typeof fetch;
  baseUrl?: string;
}

/** WebSocket client over the room server's RoomClient. */
export function createWsApi(client: RoomClient, options: WsApiOptions): DuanhuiApi {
  const fetchImpl = options.fetchImpl ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
  return {
    kind: 'ws',
    canControl: () => client.getState().role !== 'view',
    execute: (command) => client.command(command),
    subscribe: (listener) => {
      let last: LiveSnapshot | null = null;
      const emit = () => {
        const snapshot = client.getState().snapshot;
        if (snapshot && snapshot !== last) {
          last = snapshot;
          listener(snapshot);
        }
      };
      emit();
      return client.subscribe(emit);
    },
    subscribeConnection: (listener) => {
      let last: string | null = null;
      const emit = () => {
        const { connected, revoked } = client.getState();
        const key = `${connected}/${revoked}`;
        if (key !== last) {
          last = key;
          listener({ connected, revoked });
        }
      };
      emit();
      return client.subscribe(emit);
    },
    listMeetings: async () => {
      const response = await fetchImpl(`${options.baseUrl ?? ''}/api/schedule`, {
        headers: { Authorization: `Bearer ${options.token}` },
      });
      if (!response.ok) return [];
      return toMeetingSummaries(await response.json());
    },
    serverNow: () => client.serverNow(),
    subscribeMenu: () => () => {},
    subscribeNotices: () => () => {},
    start: () => client.start(),
    stop: () => client.stop(),
  };
}

declare global {
  interface Window {
    duanhui?: PreloadApi;
  }
}

/** Electron windows have the preload's `window.duanhui`; browsers talk to the room server. */
export function pickApi(win: Window = window): DuanhuiApi {
  if (win.duanhui) return createIpcApi(win.duanhui);
  const token = new URLSearchParams(win.location.search).get(TOKEN_PARAM) ?? '';
  return createWsApi(new RoomClient({ url: roomSocketUrl(win.location) }), { token });
}
