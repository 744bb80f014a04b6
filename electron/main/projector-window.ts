import type { BrowserWindowConstructorOptions } from 'electron';
import type { Rect } from '../shared/ipc-contract';
import type { PlacementAction } from './projector-placement';
import { PROJECTOR_ALWAYS_ON_TOP_LEVEL, previewWindowOptions, projectorWindowOptions, type WindowPaths } from './window-options';

/** The part of a `BrowserWindow` the projector driver uses. */
export interface ProjectorWindowLike {
  webContents: { id: number };
  loadURL(url: string): Promise<void>;
  showInactive(): void;
  show(): void;
  focus(): void;
  setAlwaysOnTop(flag: boolean, level?: typeof PROJECTOR_ALWAYS_ON_TOP_LEVEL): void;
  setVisibleOnAllWorkspaces(visible: boolean, options?: { visibleOnFullScreen?: boolean }): void;
  setBounds(bounds: Partial<Rect>): void;
  setFullScreen(flag: boolean): void;
  isDestroyed(): boolean;
  destroy(): void;
  once(event: 'ready-to-show', listener: () => void): unknown;
  on(event: 'closed', listener: () => void): unknown;
}

export type ProjectorWindowKind = 'fullscreen' | 'preview';

export interface ProjectorWindowsOptions {
  createWindow: (options: BrowserWindowConstructorOptions, kind: ProjectorWindowKind) => ProjectorWindowLike;
  paths: WindowPaths;
  /** The projector page, e.g. app://duanhui/projector.html. */
  url: string;
  platform: NodeJS.Platform;
  /** The user closed a projector window (Alt+F4, the preview's close button). */
  onClosedByUser: (kind: ProjectorWindowKind) => void;
  onLoadError?: (error: unknown) => void;
}

export interface ProjectorWindows {
  apply(action: PlacementAction): void;
  /** webContents ids of the projector windows that exist (for the IPC sender guard). */
  webContentsIds(): number[];
  current(kind: ProjectorWindowKind): ProjectorWindowLike | null;
}

/**
 * Turns placement actions into windows. A projector window exists only while it is shown:
 * showing on another display or after a hot-plug builds a fresh window on that display, which
 * is more reliable across Windows, macOS and X11/Wayland than moving a full-screen window.
 */
export function createProjectorWindows(options: ProjectorWindowsOptions): ProjectorWindows {
  const windows: Record<ProjectorWindowKind, ProjectorWindowLike | null> = { fullscreen: null, preview: null };

  const discard = (kind: ProjectorWindowKind): void => {
    const win = windows[kind];
    windows[kind] = null; // before destroy(): its 'closed' event is then not the user's doing
    if (win && !win.isDestroyed()) win.destroy();
  };

  const open = (kind: ProjectorWindowKind, windowOptions: BrowserWindowConstructorOptions, show: (win: ProjectorWindowLike) => void): void => {
    const win = options.createWindow(windowOptions, kind);
    windows[kind] = win;
    win.on('closed', () => {
      if (windows[kind] === win) {
        windows[kind] = null;
        options.onClosedByUser(kind);
      }
    });
    win.once('ready-to-show', () => {
      if (windows[kind] === win && !win.isDestroyed()) show(win);
    });
    win.loadURL(options.url).catch((error: unknown) => options.onLoadError?.(error));
  };

  const showFullscreen = (bounds: Rect): void => {
    discard('preview');
    discard('fullscreen');
    const mac = options.platform === 'darwin';
    open('fullscreen', projectorWindowOptions(options.paths, bounds, options.platform), (win) => {
      win.setAlwaysOnTop(true, PROJECTOR_ALWAYS_ON_TOP_LEVEL);
      if (mac) {
        // macOS: no native full screen (it opens a Space of its own, which a slide show in
        // another Space would hide); cover the display and float over full-screen apps instead.
        win.setVisibleOnAllWorkspaces(true, { visibleOnFullScreen: true });
        win.setBounds(bounds);
      } else {
        win.setBounds(bounds);
        win.setFullScreen(true);
      }
      // Shown without taking focus: the chair's keyboard stays on the console.
      win.showInactive();
    });
  };

  const showPreview = (): void => {
    discard('fullscreen');
    const existing = windows.preview;
    if (existing && !existing.isDestroyed()) {
      existing.show();
      existing.focus();
      return;
    }
    open('preview', previewWindowOptions(options.paths), (win) => win.show());
  };

  return {
    apply(action) {
      switch (action.type) {
        case 'show-fullscreen':
        case 'move':
          showFullscreen(action.bounds);
          return;
        case 'show-preview':
          showPreview();
          return;
        case 'hide':
          discard('fullscreen');
          discard('preview');
          return;
        case 'remember':
        case 'notify':
          return; // not window work: the controller handles these
      }
    },
    webContentsIds() {
      return (['fullscreen', 'preview'] as const)
        .map((kind) => windows[kind])
        .filter((w): w is ProjectorWindowLike => w !== null && !w.isDestroyed())
        .map((w) => w.webContents.id);
    },
    current(kind) {
      const win = windows[kind];
      return win && !win.isDestroyed() ? win : null;
    },
  };
}
