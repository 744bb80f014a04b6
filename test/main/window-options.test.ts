import { describe, expect, it } from 'vitest';
import {
  chairWindowOptions,
  PROJECTOR_ALWAYS_ON_TOP_LEVEL,
  previewWindowOptions,
  projectorWindowOptions,
} from '../../electron/main/window-options';

const paths = { preload: '/app/out/preload/index.cjs' };
const bounds = { x: 1440, y: 0, width: 1920, height: 1080 };
const secure = {
  preload: paths.preload,
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
};

describe('window options', () => {
  it('every window is isolated, sandboxed, without Node, with web security', () => {
    for (const options of [chairWindowOptions(paths), projectorWindowOptions(paths, bounds, 'win32'), previewWindowOptions(paths)]) {
      expect(options.webPreferences).toMatchObject(secure);
    }
  });

  it('the preload is the CommonJS build', () => {
    expect(chairWindowOptions(paths).webPreferences?.preload).toMatch(/\.cjs$/);
  });

  it('the projector window is frameless, full screen on its display, black, above slide shows, never throttled', () => {
    const options = projectorWindowOptions(paths, bounds, 'win32');
    expect(options).toMatchObject({
      ...bounds,
      frame: false,
      fullscreen: true,
      backgroundColor: '#000000',
      alwaysOnTop: true,
      skipTaskbar: true,
      show: false,
    });
    expect(options.webPreferences?.backgroundThrottling).toBe(false);
    expect(PROJECTOR_ALWAYS_ON_TOP_LEVEL).toBe('screen-saver');
  });

  it('on macOS the projector covers the display instead of opening a full-screen Space', () => {
    const options = projectorWindowOptions(paths, bounds, 'darwin');
    expect(options).toMatchObject({ ...bounds, frame: false, fullscreen: false, enableLargerThanScreen: true });
  });

  it('the preview is a normal resizable window, also unthrottled', () => {
    const options = previewWindowOptions(paths);
    expect(options).toMatchObject({ frame: true, fullscreen: false, resizable: true, alwaysOnTop: false, backgroundColor: '#000000' });
    expect(options.webPreferences?.backgroundThrottling).toBe(false);
  });

  it('the chair window waits for its first paint before showing', () => {
    expect(chairWindowOptions(paths)).toMatchObject({ show: false, title: '短会 Duanhui' });
  });
});
