import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserWindowConstructorOptions, MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { ShellIpcEvent } from '../../electron/main/ipc-handlers';
import { startShell, type ShellDeps, type ShellWindow } from '../../electron/main/shell';
import type { CommandResult, LiveSnapshot, MeetingServiceApi } from '../../electron/services/meeting-service/meeting-service-api';
import { INVOKE_CHANNELS, PUSH_CHANNEL } from '../../electron/shared/ipc-contract';
import { FakeEmitter, FakeScreen, FakeWindow, laptop, projector } from './fakes';

function fakeMeeting() {
  let listener: ((s: LiveSnapshot) => void) | null = null;
  let current: LiveSnapshot = { version: 0, at: 0, meetingId: null, engine: null };
  const service: MeetingServiceApi = {
    execute: vi.fn(async (_command: unknown): Promise<CommandResult> => ({ ok: true, snapshot: current })),
    snapshot: () => current,
    subscribe: (l) => {
      listener = l;
      return () => (listener = null);
    },
    now: () => 1_000,
    listMeetings: vi.fn(() => []),
    importSchedule: vi.fn(() => ({ imported: 1 })),
    exportSchedule: () => ({ meetings: [] }),
  };
  const emit = (status: string) => {
    const engine = { meeting: { status } } as unknown as LiveSnapshot['engine']; // only what the shell reads
    current = { version: current.version + 1, at: 0, meetingId: 'm', engine };
    listener?.(current);
  };
  return { service, emit };
}

function setup(displays = [laptop(), projector()]) {
  const screen = new FakeScreen(displays);
  const app = Object.assign(new FakeEmitter(), {
    name: 'duanhui',
    getVersion: () => '0.1.0',
    getLocale: () => 'zh-CN',
    getPath: vi.fn(() => userData),
    isPackaged: true,
    quit: vi.fn(),
  });
  const userData = mkdtempSync(join(tmpdir(), 'duanhui-shell-'));
  const handlers = new Map<string, (event: ShellIpcEvent, ...args: unknown[]) => unknown>();
  const windows: FakeWindow[] = [];
  const menus: MenuItemConstructorOptions[][] = [];
  const active = new Set<number>();
  let nextBlocker = 1;
  const protocols: string[] = [];
  const meeting = fakeMeeting();
  const log: string[] = [];
  const permission = { request: null as null | ((...a: unknown[]) => void) };

  const deps: ShellDeps = {
    app: app as unknown as ShellDeps['app'],
    createWindow: (options: BrowserWindowConstructorOptions) => {
      const win = new FakeWindow(options as Record<string, unknown>);
      windows.push(win);
      return win as unknown as ShellWindow;
    },
    screen,
    ipcMain: { handle: (channel, fn) => void handlers.set(channel, fn), removeHandler: (c) => void handlers.delete(c) },
    protocol: { handle: (scheme) => void protocols.push(scheme) },
    session: {
      setPermissionRequestHandler: (h) => void (permission.request = h as never),
      setPermissionCheckHandler: () => undefined,
    },
    powerSaveBlocker: {
      start: () => {
        const id = nextBlocker++;
        active.add(id);
        return id;
      },
      stop: (id) => active.delete(id),
      isStarted: (id) => active.has(id),
    },
    menu: { setApplicationMenu: (t) => void menus.push(t) },
    showAbout: vi.fn(),
    meeting: meeting.service,
    lanSharing: null,
    rendererDir: '/app/out/renderer',
    paths: { preload: '/app/out/preload/index.cjs' },
    devServerUrl: null,
    versions: { electron: '45.5.0', chrome: '140', node: '22' },
    platform: 'win32',
    arch: 'x64',
    log: (m) => void log.push(m),
  };
  const shell = startShell(deps);
  const chair = windows[0]!;
  const trusted = (win: FakeWindow, page = 'index.html'): ShellIpcEvent =>
    ({
      senderFrame: { url: `app://duanhui/${page}`, parent: null },
      sender: Object.assign(new FakeEmitter(), {
        id: win.webContents.id,
        send: win.webContents.send,
        isDestroyed: () => win.destroyed,
      }),
    }) as unknown as ShellIpcEvent;
  const invoke = (channel: string, event: ShellIpcEvent, ...args: unknown[]) => {
    const h = handlers.get(channel);
    if (!h) throw new Error(`no handler for ${channel}`);
    return h(event, ...args);
  };
  const projectorWindows = () => windows.filter((w) => w !== chair && !w.destroyed);
  const notices = () =>
    chair.webContents.sent
      .filter(([channel, m]) => channel === PUSH_CHANNEL && (m as { topic: string }).topic === 'shell-notice')
      .map(([, m]) => (m as { payload: { code: string } }).payload.code);
  return { shell, screen, app, windows, chair, handlers, menus, active, protocols, meeting, log, invoke, trusted, projectorWindows, notices, userData, permission };
}

describe('desktop shell (wired with fakes)', () => {
  it('opens the console and, with a projector attached, the full-screen projector view on it', () => {
    const t = setup();
    expect(t.protocols).toEqual(['app']);
    expect(t.chair.url).toBe('app://duanhui/index.html');
    expect(t.chair.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
    const [proj] = t.projectorWindows();
    expect(proj?.url).toBe('app://duanhui/projector.html');
    expect(proj?.options).toMatchObject({ frame: false, x: 1440, y: 0, width: 1920, height: 1080, backgroundColor: '#000000' });
    proj!.ready();
    expect(proj!.calls).toEqual(
      expect.arrayContaining(['setAlwaysOnTop true screen-saver', 'setFullScreen true', 'showInactive']),
    );
    expect(proj!.calls).not.toContain('focus'); // the keyboard stays on the console
  });

  it('registers every channel of the contract, each behind the sender guard', async () => {
    const t = setup();
    expect([...t.handlers.keys()].sort()).toEqual([...INVOKE_CHANNELS].sort());
    const foreign = {
      senderFrame: { url: 'https://evil.example/', parent: null },
      sender: { id: t.chair.webContents.id },
    } as unknown as ShellIpcEvent;
    expect(() => t.invoke('meeting:command', foreign, { type: 'end-meeting' })).toThrow(/not one of Duanhui's own pages/);
    expect(t.meeting.service.execute).not.toHaveBeenCalled();
    expect(t.log.some((l) => l.includes('dropped IPC "meeting:command": foreign-origin'))).toBe(true);
    await expect(t.invoke('meeting:command', t.trusted(t.chair), { type: 'next' })).resolves.toMatchObject({ ok: true });
  });

  it('the projector window may talk too, a stranger window may not', () => {
    const t = setup();
    const [proj] = t.projectorWindows();
    expect(t.invoke('shell:list-displays', t.trusted(proj!, 'projector.html'))).toMatchObject({ displays: [{ id: 1 }, { id: 2 }] });
    const stranger = new FakeWindow({});
    expect(() => t.invoke('shell:list-displays', t.trusted(stranger))).toThrow(/refused/);
  });

  it('HDMI pulled and plugged back: the view hides, the console is told, the view returns on its own', () => {
    const t = setup();
    t.invoke('push:subscribe', t.trusted(t.chair), 'shell-notice');
    expect(t.projectorWindows()).toHaveLength(1);
    t.screen.unplug(2);
    expect(t.projectorWindows()).toHaveLength(0);
    expect(t.notices()).toEqual(['projector-display-removed']);
    t.screen.plug(projector());
    expect(t.projectorWindows()).toHaveLength(1);
    expect(t.projectorWindows()[0]?.options).toMatchObject({ x: 1440, width: 1920 });
    expect(t.notices()).toEqual(['projector-display-removed', 'projector-display-returned']);
  });

  it('keeps the displays awake while a meeting is in session, and only then', () => {
    const t = setup();
    expect(t.active.size).toBe(0);
    t.meeting.emit('running');
    expect(t.shell.sleepBlocker.isActive()).toBe(true);
    t.meeting.emit('recess');
    t.meeting.emit('running');
    expect(t.active.size).toBe(1);
    t.meeting.emit('ended');
    expect(t.active.size).toBe(0);
    t.meeting.emit('running');
    t.app.emit('before-quit');
    expect(t.active.size).toBe(0);
  });

  it('pushes snapshots to subscribed windows (the current one first)', () => {
    const t = setup();
    t.invoke('push:subscribe', t.trusted(t.chair), 'snapshot');
    t.meeting.emit('running');
    const snaps = t.chair.webContents.sent.filter(([, m]) => (m as { topic: string }).topic === 'snapshot');
    expect(snaps.map(([, m]) => (m as { payload: LiveSnapshot }).payload.version)).toEqual([0, 1]);
  });

  it('choosing a display moves the view, remembers it in userData and updates the menu', () => {
    const t = setup([laptop(), projector(), { ...projector(), id: 3, label: 'BenQ', bounds: { x: 3360, y: 0, width: 1280, height: 720 } }]);
    const status = t.invoke('shell:choose-projector-display', t.trusted(t.chair), 3);
    expect(status).toMatchObject({ placement: { kind: 'fullscreen', displayId: 3 }, preferred: { id: 3, label: 'BenQ' } });
    expect(t.projectorWindows()).toHaveLength(1);
    expect(t.projectorWindows()[0]?.options).toMatchObject({ x: 3360 });
    const saved = JSON.parse(readFileSync(join(t.userData, 'shell-settings.json'), 'utf8'));
    expect(saved.projectorDisplay).toEqual({ id: 3, label: 'BenQ' });
    const lastMenu = t.menus.at(-1)!;
    const projectTo = (lastMenu.find((m) => m.label === '投影(&P)')!.submenu as MenuItemConstructorOptions[])[0]!;
    expect((projectTo.submenu as MenuItemConstructorOptions[]).find((i) => i.checked)?.id).toBe('projector.display.3');
  });

  it('refuses bad arguments with a message naming the channel and argument', async () => {
    const t = setup();
    expect(() => t.invoke('shell:choose-projector-display', t.trusted(t.chair), '2')).toThrow(
      'IPC "shell:choose-projector-display": argument "displayId" must be an integer display id (got "2").',
    );
    expect(() => t.invoke('shell:choose-projector-display', t.trusted(t.chair), 99)).toThrow(/No display with id 99 \(known: 1, 2\)/);
    expect(() => t.invoke('push:subscribe', t.trusted(t.chair), 'everything')).toThrow(/argument "topic" must be one of snapshot/);
    expect(() => t.invoke('meeting:query', t.trusted(t.chair), 'drop-tables')).toThrow(/argument "name"/);
    expect(() => t.invoke('meeting:query', t.trusted(t.chair), 'list-meetings', { from: 'yesterday' })).toThrow(/args.from/);
    await expect(t.invoke('shell:set-lan-sharing', t.trusted(t.chair), 'yes')).rejects.toThrow(/"enabled" must be true or false/);
  });

  it('answers queries from the MeetingService and app info', async () => {
    const t = setup();
    expect(t.invoke('meeting:query', t.trusted(t.chair), 'now')).toBe(1_000);
    t.invoke('meeting:query', t.trusted(t.chair), 'list-meetings', { from: 5 });
    expect(t.meeting.service.listMeetings).toHaveBeenCalledWith({ from: 5 });
    expect(t.invoke('meeting:import-schedule', t.trusted(t.chair), { meetings: [] }, { preview: true })).toEqual({ imported: 1 });
    expect(t.meeting.service.importSchedule).toHaveBeenCalledWith({ meetings: [] }, { preview: true });
    expect(t.invoke('shell:app-info', t.trusted(t.chair))).toMatchObject({ version: '0.1.0', electron: '45.5.0', packaged: true });
    await expect(Promise.resolve(t.invoke('shell:set-lan-sharing', t.trusted(t.chair), true))).resolves.toMatchObject({ available: false });
  });

  it('laptop alone: no projector window at start; the menu item opens the preview; closing it turns the projector off', () => {
    const t = setup([laptop()]);
    expect(t.projectorWindows()).toHaveLength(0);
    const status = t.invoke('shell:open-projector', t.trusted(t.chair));
    expect(status).toMatchObject({ placement: { kind: 'preview' } });
    const [preview] = t.projectorWindows();
    expect(preview?.options).toMatchObject({ frame: true, resizable: true });
    preview!.userClose();
    expect(t.shell.projector.status().placement).toEqual({ kind: 'off' });
  });

  it('the menu sends meeting commands to the console window', () => {
    const t = setup();
    t.invoke('push:subscribe', t.trusted(t.chair), 'menu-command');
    const meetingMenu = t.menus.at(-1)!.find((m) => m.label === '会议(&M)')!.submenu as MenuItemConstructorOptions[];
    (meetingMenu.find((i) => i.id === 'meeting.pause-resume')!.click as unknown as () => void)();
    expect(t.chair.webContents.sent).toContainEqual([PUSH_CHANNEL, { topic: 'menu-command', payload: 'pause-resume' }]);
  });

  it('denies permissions and quits when the console closes', () => {
    const t = setup();
    const cb = vi.fn();
    t.permission.request!({}, 'media', cb);
    expect(cb).toHaveBeenCalledWith(false);
    t.chair.userClose();
    expect(t.app.quit).toHaveBeenCalled();
  });

  it('a second instance brings the console forward', () => {
    const t = setup();
    t.chair.minimized = true;
    t.shell.focusChair();
    expect(t.chair.calls).toEqual(expect.arrayContaining(['restore', 'show', 'focus']));
  });
});
