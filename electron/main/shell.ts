import { join } from 'node:path';
import type { BrowserWindowConstructorOptions, MenuItemConstructorOptions } from 'electron';
import type { MeetingServiceApi } from '../services/meeting-service/meeting-service-api';
import type { AppInfo, DisplaysState, Lang, LanSharingStatus, MenuCommand, Topic, Topics } from '../shared/ipc-contract';
import type { DisplayLike } from './display-choice';
import { createSenderGuard, type IpcMainLike } from './ipc-guard';
import { LAN_SHARING_UNAVAILABLE, registerIpcHandlers, type IpcHandlerDeps, type LanSharingLike, type ShellIpcEvent } from './ipc-handlers';
import { isMeetingInSession } from './meeting-activity';
import { buildMenuTemplate } from './menu-template';
import { installNavigationGuard, installPermissionGuard, type GuardedWebContents, type PermissionSession } from './navigation-guard';
import { createSleepBlocker, type PowerSaveBlockerLike, type SleepBlocker } from './power-blocker';
import { createProjectorController, type ProjectorController, type ScreenLike } from './projector-controller';
import { createProjectorWindows, type ProjectorWindowLike } from './projector-window';
import { APP_ORIGIN, CONSOLE_PAGE, PROJECTOR_PAGE, pageUrl, registerAppProtocol, type ProtocolLike } from './protocol';
import { createPushHub } from './push-hub';
import { createSettingsStore, SHELL_SETTINGS_FILE, type SettingsStore } from './settings-store';
import { chairWindowOptions, type WindowPaths } from './window-options';

/** A `BrowserWindow` as the shell uses it (the chair window needs a little more than a projector). */
export interface ShellWindow extends ProjectorWindowLike {
  getBounds(): { x: number; y: number; width: number; height: number };
  isMinimized(): boolean;
  restore(): void;
  webContents: ProjectorWindowLike['webContents'] & { send(channel: string, ...args: unknown[]): void };
}

export interface ShellDeps {
  app: {
    name: string;
    getVersion(): string;
    getLocale(): string;
    getPath(name: 'userData'): string;
    isPackaged: boolean;
    quit(): void;
    on(event: 'web-contents-created', listener: (event: unknown, webContents: GuardedWebContents) => void): unknown;
    on(event: 'before-quit', listener: () => void): unknown;
  };
  createWindow: (options: BrowserWindowConstructorOptions) => ShellWindow;
  screen: ScreenLike & { getDisplayMatching(rect: { x: number; y: number; width: number; height: number }): DisplayLike };
  ipcMain: IpcMainLike<ShellIpcEvent>;
  protocol: ProtocolLike;
  session: PermissionSession;
  powerSaveBlocker: PowerSaveBlockerLike;
  menu: { setApplicationMenu(template: MenuItemConstructorOptions[]): void };
  showAbout: (info: AppInfo, lang: Lang, parent: ShellWindow | null) => void;
  meeting: MeetingServiceApi;
  /** The planning and records screens' requests, each through one generic IPC channel. */
  planning?: IpcHandlerDeps['planning'];
  records?: IpcHandlerDeps['records'];
  lanSharing: LanSharingLike | null;
  /** Built renderer folder (out/renderer) and preload (out/preload/index.cjs). */
  rendererDir: string;
  paths: WindowPaths;
  /** `electron-vite dev` only: the Vite dev server the pages come from. */
  devServerUrl: string | null;
  versions: { electron: string; chrome: string; node: string };
  platform: NodeJS.Platform;
  arch: string;
  log: (message: string) => void;
}

export interface Shell {
  chairWindow: ShellWindow;
  projector: ProjectorController;
  sleepBlocker: SleepBlocker;
  settings: SettingsStore;
  /** Brings the console to the front (a second instance was started). */
  focusChair(): void;
}

/**
 * Wires the desktop shell once the app is ready: security guards, the app:// protocol, the
 * chair and projector windows, hot-plug handling, the sleep blocker, the IPC handlers and the
 * menu. Everything Electron is passed in, so this runs under test with fakes.
 */
export function startShell(deps: ShellDeps): Shell {
  const dev = deps.devServerUrl !== null && !deps.app.isPackaged;
  const devOrigin = dev && deps.devServerUrl ? new URL(deps.devServerUrl).origin : null;
  const trustedOrigins = devOrigin ? [APP_ORIGIN, devOrigin] : [APP_ORIGIN];
  const url = (page: string): string => (dev && deps.devServerUrl ? new URL(page, `${deps.devServerUrl.replace(/\/+$/, '')}/`).toString() : pageUrl(page));

  // Every webContents ever created (our windows, and anything a compromised page might open).
  deps.app.on('web-contents-created', (_event, webContents) =>
    installNavigationGuard(webContents, {
      trustedOrigins,
      onBlocked: (kind, target) => deps.log(`blocked ${kind}: ${target}`),
    }),
  );
  installPermissionGuard(deps.session, (permission) => deps.log(`denied permission: ${permission}`), trustedOrigins);
  if (!dev) registerAppProtocol(deps.protocol, deps.rendererDir);

  const settings = createSettingsStore(join(deps.app.getPath('userData'), SHELL_SETTINGS_FILE));
  const loaded = settings.load();
  if (loaded.problem) deps.log(loaded.problem);
  const lang: Lang = loaded.settings.lang ?? (deps.app.getLocale().toLowerCase().startsWith('zh') ? 'zh-CN' : 'en');

  const appInfo = (): AppInfo => ({
    name: deps.app.name,
    productName: '短会 Duanhui',
    version: deps.app.getVersion(),
    electron: deps.versions.electron,
    chrome: deps.versions.chrome,
    node: deps.versions.node,
    platform: deps.platform,
    arch: deps.arch,
    locale: deps.app.getLocale(),
    packaged: deps.app.isPackaged,
  });
  const lanStatus = (): LanSharingStatus => deps.lanSharing?.status() ?? LAN_SHARING_UNAVAILABLE;

  let projector: ProjectorController | null = null;
  const current = <T extends Topic>(topic: T): Topics[T] | undefined => {
    const values: Partial<Topics> = {
      snapshot: deps.meeting.snapshot(),
      ...(projector ? { displays: projector.displays() } : {}),
      'lan-sharing': lanStatus(),
    };
    return values[topic] as Topics[T] | undefined;
  };
  const pushHub = createPushHub(current);

  const chairWindow = deps.createWindow(chairWindowOptions(deps.paths));
  chairWindow.once('ready-to-show', () => chairWindow.show());
  chairWindow.on('closed', () => deps.app.quit());

  const projectorWindows = createProjectorWindows({
    createWindow: (options) => deps.createWindow(options),
    paths: deps.paths,
    url: url(PROJECTOR_PAGE),
    platform: deps.platform,
    onClosedByUser: () => projector?.dispatch({ type: 'close' }),
    onLoadError: (error) => deps.log(`projector page failed to load: ${String(error)}`),
  });

  const sendMenuCommand = (command: MenuCommand): void => pushHub.publish('menu-command', command);
  let displaysState: DisplaysState | null = null;
  const rebuildMenu = (): void => {
    const state = displaysState ?? projector?.displays() ?? null;
    deps.menu.setApplicationMenu(
      buildMenuTemplate(
        {
          lang,
          platform: deps.platform,
          appName: lang === 'zh-CN' ? '短会' : 'Duanhui',
          displays: state?.displays ?? [],
          projector: state?.projector.placement ?? { kind: 'off' },
          lanSharing: deps.lanSharing ? lanStatus().enabled : null,
          dev,
        },
        {
          menuCommand: sendMenuCommand,
          chooseProjectorDisplay: (id) => projector?.choose(id),
          openProjector: () => projector?.dispatch({ type: 'open', fallback: 'preview' }),
          previewProjector: () => projector?.dispatch({ type: 'open-preview' }),
          closeProjector: () => projector?.dispatch({ type: 'close' }),
          setLanSharing: (enabled) => {
            deps.lanSharing
              ?.setEnabled(enabled)
              .then((status) => {
                pushHub.publish('lan-sharing', status);
                rebuildMenu();
              })
              .catch((error: unknown) => deps.log(`LAN sharing: ${String(error)}`));
          },
          showAbout: () => deps.showAbout(appInfo(), lang, chairWindow),
        },
      ),
    );
  };

  projector = createProjectorController({
    screen: deps.screen,
    applyWindowAction: (action) => projectorWindows.apply(action),
    consoleDisplayId: () => (chairWindow.isDestroyed() ? undefined : deps.screen.getDisplayMatching(chairWindow.getBounds()).id),
    remembered: loaded.settings.projectorDisplay,
    remember: (display) => {
      try {
        settings.save({ projectorDisplay: display });
      } catch (error) {
        deps.log(`cannot remember the projector display: ${String(error)}`);
      }
    },
    notify: (notice) => {
      deps.log(notice.message.en);
      pushHub.publish('shell-notice', notice);
    },
    onChange: (state) => {
      displaysState = state;
      pushHub.publish('displays', state);
      rebuildMenu();
    },
  });

  const sleepBlocker = createSleepBlocker(deps.powerSaveBlocker);
  const onSnapshot = (snapshot: Topics['snapshot']): void => {
    sleepBlocker.setMeetingRunning(isMeetingInSession(snapshot));
    pushHub.publish('snapshot', snapshot);
  };
  sleepBlocker.setMeetingRunning(isMeetingInSession(deps.meeting.snapshot()));
  deps.meeting.subscribe(onSnapshot);
  deps.app.on('before-quit', () => sleepBlocker.stop());

  const guard = createSenderGuard({
    trustedOrigins,
    ownWebContentsIds: () => [
      ...(chairWindow.isDestroyed() ? [] : [chairWindow.webContents.id]),
      ...projectorWindows.webContentsIds(),
    ],
  });
  registerIpcHandlers({
    ipcMain: deps.ipcMain,
    guard,
    meeting: deps.meeting,
    projector,
    pushHub,
    lanSharing: deps.lanSharing,
    ...(deps.planning ? { planning: deps.planning } : {}),
    ...(deps.records ? { records: deps.records } : {}),
    onLanSharingChanged: (status) => {
      pushHub.publish('lan-sharing', status);
      rebuildMenu();
    },
    appInfo,
    onDrop: (channel, verdict) => deps.log(`dropped IPC "${channel}": ${verdict.reason}`),
  });

  rebuildMenu();
  projector.listen();
  chairWindow.loadURL(url(CONSOLE_PAGE)).catch((error: unknown) => deps.log(`console page failed to load: ${String(error)}`));
  // The countdown goes to the projector by itself when one is attached; otherwise it waits for one.
  projector.dispatch({ type: 'open', fallback: 'wait' });

  return {
    chairWindow,
    projector,
    sleepBlocker,
    settings,
    focusChair() {
      if (chairWindow.isDestroyed()) return;
      if (chairWindow.isMinimized()) chairWindow.restore();
      chairWindow.show();
      chairWindow.focus();
    },
  };
}
