// Composition root: the only main-process file that imports `electron` at run time. All logic
// is in the modules it wires (tested with fakes, since this machine cannot run Electron).
import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, powerSaveBlocker, protocol, screen, session } from 'electron';
import { APP_SCHEME_PRIVILEGES } from './protocol';
import { startShell, type Shell, type ShellWindow } from './shell';
import { ensureSingleInstance } from './single-instance';
import { createUnwiredMeetingService } from './unwired-meeting-service';

protocol.registerSchemesAsPrivileged(APP_SCHEME_PRIVILEGES.map((s) => ({ scheme: s.scheme, privileges: { ...s.privileges } })));
app.enableSandbox();

let shell: Shell | null = null;

if (ensureSingleInstance(app, () => shell?.focusChair())) {
  app.on('window-all-closed', () => app.quit());

  void app.whenReady().then(() => {
    shell = startShell({
      app,
      createWindow: (options) => new BrowserWindow(options) as unknown as ShellWindow,
      screen,
      ipcMain,
      protocol,
      session: session.defaultSession,
      powerSaveBlocker,
      menu: { setApplicationMenu: (template) => Menu.setApplicationMenu(Menu.buildFromTemplate(template)) },
      showAbout: (info, lang, parent) => {
        const zh = lang === 'zh-CN';
        const options = {
          type: 'info' as const,
          title: zh ? '关于短会' : 'About Duanhui',
          message: `${info.productName} ${info.version}`,
          detail: `Electron ${info.electron} · Chromium ${info.chrome} · Node ${info.node}\n${info.platform} ${info.arch}`,
        };
        void (parent ? dialog.showMessageBox(parent as unknown as BrowserWindow, options) : dialog.showMessageBox(options));
      },
      // TODO(meeting-service): pass the real MeetingService once electron/services provides it.
      meeting: createUnwiredMeetingService(() => Date.now()),
      // TODO(server): pass the LAN server switch from electron/server.
      lanSharing: null,
      rendererDir: join(import.meta.dirname, '../renderer'),
      paths: { preload: join(import.meta.dirname, '../preload/index.cjs') },
      devServerUrl: app.isPackaged ? null : (process.env.ELECTRON_RENDERER_URL ?? null),
      versions: { electron: process.versions.electron ?? '', chrome: process.versions.chrome ?? '', node: process.versions.node },
      platform: process.platform,
      arch: process.arch,
      log: (message) => console.log(`[duanhui] ${message}`),
    });
  });
}
