// Composition root: the only main-process file that imports `electron` at run time. All logic
// is in the modules it wires (tested with fakes, since this machine cannot run Electron).
import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, powerMonitor, powerSaveBlocker, protocol, screen, session } from 'electron';
import sampleSchedule from '../../docs/examples/sample-schedule.json';
import { createLanSharing } from '../server/lan-sharing';
import { loadOrCreateTokens } from '../server/token-file';
import { createServiceClock } from '../services/clock';
import { openAppServices } from '../services/app-services';
import { dispatchPlanning } from '../services/planning';
import { dispatchRecords } from '../services/records-service';
import { restoreBackup } from '../services/storage';
import { openServiceWithRecovery } from './open-service';
import { APP_SCHEME_PRIVILEGES } from './protocol';
import { startShell, type Shell, type ShellWindow } from './shell';
import { ensureSingleInstance } from './single-instance';

protocol.registerSchemesAsPrivileged(APP_SCHEME_PRIVILEGES.map((s) => ({ scheme: s.scheme, privileges: { ...s.privileges } })));
app.enableSandbox();

let shell: Shell | null = null;

if (ensureSingleInstance(app, () => shell?.focusChair())) {
  app.on('window-all-closed', () => app.quit());

  void app.whenReady().then(() => {
    const zh = app.getLocale().startsWith('zh');
    // Monotonic time for the speaking clock; a laptop's sleep is counted as time that passed.
    const clock = createServiceClock();
    powerMonitor.on('resume', () => clock.onResume());
    const opened = openServiceWithRecovery({
      open: () => openAppServices({ dataDir: app.getPath('userData'), clock, sample: sampleSchedule }),
      askRestore: (error, backup) =>
        dialog.showMessageBoxSync({
          type: 'warning',
          title: zh ? '数据文件无法使用' : 'The data file cannot be used',
          message: zh ? error.zh : error.en,
          detail: zh ? `可以恢复最新的备份：${backup}` : `The newest backup can be restored: ${backup}`,
          buttons: zh ? ['恢复最新备份', '退出'] : ['Restore the newest backup', 'Quit'],
          defaultId: 0,
          cancelId: 1,
        }) === 0,
      restore: (backup, file) => void restoreBackup(backup, file),
      tellFatal: (m) => dialog.showErrorBox(zh ? '短会无法启动' : 'Duanhui cannot start', zh ? m.zh : m.en),
    });
    if (!opened.ok) {
      app.quit();
      return;
    }
    const services = opened.service;
    const meeting = services.meeting;
    const rendererDir = join(import.meta.dirname, '../renderer');
    const lanSharing = createLanSharing({
      service: meeting,
      planning: services.planning,
      records: services.records,
      staticDir: rendererDir,
      tokens: loadOrCreateTokens(app.getPath('userData')),
    });
    app.on('will-quit', () => {
      void lanSharing.close();
      services.close();
    });
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
      meeting,
      planning: async (request) => dispatchPlanning(services.planning, request),
      records: async (request) => dispatchRecords(services.records, request),
      lanSharing,
      rendererDir,
      paths: { preload: join(import.meta.dirname, '../preload/index.cjs') },
      devServerUrl: app.isPackaged ? null : (process.env.ELECTRON_RENDERER_URL ?? null),
      versions: { electron: process.versions.electron ?? '', chrome: process.versions.chrome ?? '', node: process.versions.node },
      platform: process.platform,
      arch: process.arch,
      log: (message) => console.log(`[duanhui] ${message}`),
    });
  });
}
