// Type-only import: erased at build time, so this module runs (and is tested) without Electron.
import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import type { Rect } from '../shared/ipc-contract';

/** Kept above a full-screen slide show (PowerPoint, WPS): the level screen savers use. */
export const PROJECTOR_ALWAYS_ON_TOP_LEVEL = 'screen-saver' as const;

export const CHAIR_BACKGROUND = '#f5f5f4';
export const PROJECTOR_BACKGROUND = '#000000';

export interface WindowPaths {
  /** Absolute path of the built preload (out/preload/index.cjs). */
  preload: string;
  /** Window icon for Linux (Windows and macOS take it from the package). */
  icon?: string;
}

/** Electron's security checklist, the same for every window we open. */
export function secureWebPreferences(preload: string, extra: Partial<WebPreferences> = {}): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    safeDialogs: true,
    ...extra,
  };
}

export function chairWindowOptions(paths: WindowPaths, title = '短会 Duanhui'): BrowserWindowConstructorOptions {
  return {
    title,
    width: 1280,
    height: 800,
    minWidth: 960,
    minHeight: 600,
    show: false,
    backgroundColor: CHAIR_BACKGROUND,
    autoHideMenuBar: false,
    ...(paths.icon ? { icon: paths.icon } : {}),
    webPreferences: secureWebPreferences(paths.preload),
  };
}

/**
 * The projector window: frameless, black, full screen on `bounds`' display, above slide shows,
 * never throttled (a background tab's timers run late; the countdown must not). It does not take
 * focus when shown so the chair's keyboard stays on the console; the projector page hides the
 * mouse pointer with CSS (renderer/src/projector-shell.css).
 */
export function projectorWindowOptions(
  paths: WindowPaths,
  bounds: Rect,
  platform: NodeJS.Platform = process.platform,
): BrowserWindowConstructorOptions {
  // macOS: native full screen would move the window into a Space of its own, where a slide show
  // in another Space hides it; there the window covers the display's bounds instead.
  const mac = platform === 'darwin';
  return {
    title: '短会 · 投影 Duanhui projector',
    x: bounds.x,
    y: bounds.y,
    width: bounds.width,
    height: bounds.height,
    show: false,
    frame: false,
    fullscreen: !mac,
    fullscreenable: !mac,
    simpleFullscreen: false,
    enableLargerThanScreen: mac,
    kiosk: false,
    resizable: false,
    movable: false,
    minimizable: false,
    maximizable: false,
    skipTaskbar: true,
    focusable: true,
    alwaysOnTop: true,
    hasShadow: false,
    autoHideMenuBar: true,
    backgroundColor: PROJECTOR_BACKGROUND,
    ...(paths.icon ? { icon: paths.icon } : {}),
    webPreferences: secureWebPreferences(paths.preload, { backgroundThrottling: false }),
  };
}

/** The windowed projector preview, for a laptop with no projector attached. */
export function previewWindowOptions(paths: WindowPaths): BrowserWindowConstructorOptions {
  return {
    title: '短会 · 投影预览 Duanhui projector preview',
    width: 960,
    height: 540,
    minWidth: 480,
    minHeight: 270,
    show: false,
    frame: true,
    fullscreen: false,
    resizable: true,
    alwaysOnTop: false,
    autoHideMenuBar: true,
    backgroundColor: PROJECTOR_BACKGROUND,
    ...(paths.icon ? { icon: paths.icon } : {}),
    webPreferences: secureWebPreferences(paths.preload, { backgroundThrottling: false }),
  };
}
