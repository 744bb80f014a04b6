// Type-only import: erased at build time, so this module runs (and is tested) without Electron.
import type { MenuItemConstructorOptions } from 'electron';
import type { DisplayInfo, Lang, MenuCommand, ProjectorPlacement } from '../shared/ipc-contract';

export interface MenuState {
  lang: Lang;
  platform: NodeJS.Platform;
  appName: string;
  displays: readonly DisplayInfo[];
  projector: ProjectorPlacement;
  /** null: this build has no LAN server, the item is disabled. */
  lanSharing: boolean | null;
  /** Development build: reload and developer tools in the View menu. */
  dev: boolean;
}

export interface MenuActions {
  /** Forwarded to the chair console, which knows the current item and issues the command. */
  menuCommand(command: MenuCommand): void;
  chooseProjectorDisplay(displayId: number): void;
  openProjector(): void;
  previewProjector(): void;
  closeProjector(): void;
  setLanSharing(enabled: boolean): void;
  showAbout(): void;
}

type Key =
  | 'file' | 'quit' | 'edit' | 'undo' | 'redo' | 'cut' | 'copy' | 'paste' | 'selectAll'
  | 'meeting' | 'startMeeting' | 'pauseResume' | 'nextItem' | 'grantExtension' | 'undoMeeting' | 'blackout' | 'endMeeting'
  | 'projector' | 'projectTo' | 'noDisplays' | 'openProjector' | 'previewProjector' | 'closeProjector' | 'lanSharing'
  | 'primary' | 'internal' | 'view' | 'reload' | 'devTools' | 'resetZoom' | 'zoomIn' | 'zoomOut' | 'fullScreen'
  | 'window' | 'minimize' | 'zoom' | 'front' | 'close' | 'help' | 'about' | 'services' | 'hide' | 'hideOthers' | 'unhide';

const LABELS: Record<Lang, Record<Key, string>> = {
  'zh-CN': {
    file: '文件(&F)', quit: '退出', edit: '编辑(&E)', undo: '撤销', redo: '重做', cut: '剪切', copy: '复制', paste: '粘贴',
    selectAll: '全选', meeting: '会议(&M)', startMeeting: '开始会议', pauseResume: '暂停 / 继续', nextItem: '下一项议程',
    grantExtension: '准予延时', undoMeeting: '撤销上一操作', blackout: '投影黑屏', endMeeting: '结束会议…',
    projector: '投影(&P)', projectTo: '投影到…', noDisplays: '（未检测到其他显示器）', openProjector: '打开投影',
    previewProjector: '投影预览', closeProjector: '关闭投影', lanSharing: '局域网共享', primary: '主屏', internal: '内置',
    view: '视图(&V)', reload: '重新加载', devTools: '开发者工具', resetZoom: '实际大小', zoomIn: '放大', zoomOut: '缩小',
    fullScreen: '全屏', window: '窗口(&W)', minimize: '最小化', zoom: '缩放', front: '全部置于顶层', close: '关闭窗口',
    help: '帮助(&H)', about: '关于短会', services: '服务', hide: '隐藏短会', hideOthers: '隐藏其他', unhide: '全部显示',
  },
  en: {
    file: '&File', quit: 'Quit', edit: '&Edit', undo: 'Undo', redo: 'Redo', cut: 'Cut', copy: 'Copy', paste: 'Paste',
    selectAll: 'Select All', meeting: '&Meeting', startMeeting: 'Start Meeting', pauseResume: 'Pause / Resume',
    nextItem: 'Next Agenda Item', grantExtension: 'Grant Extension', undoMeeting: 'Undo Last Action', blackout: 'Black Out Projector',
    endMeeting: 'End Meeting…', projector: '&Projector', projectTo: 'Project To…', noDisplays: '(no other display found)',
    openProjector: 'Open Projector', previewProjector: 'Projector Preview', closeProjector: 'Close Projector',
    lanSharing: 'LAN Sharing', primary: 'primary', internal: 'built-in', view: '&View', reload: 'Reload',
    devTools: 'Developer Tools', resetZoom: 'Actual Size', zoomIn: 'Zoom In', zoomOut: 'Zoom Out', fullScreen: 'Full Screen',
    window: '&Window', minimize: 'Minimize', zoom: 'Zoom', front: 'Bring All to Front', close: 'Close Window', help: '&Help',
    about: 'About Duanhui', services: 'Services', hide: 'Hide Duanhui', hideOthers: 'Hide Others', unhide: 'Show All',
  },
};

/**
 * Shortcuts. Meeting actions use Ctrl/Cmd chords, never a bare key, so typing a speaker's name
 * in the console cannot pause the meeting; ending a meeting has none on purpose.
 */
export const ACCELERATORS = {
  startMeeting: 'CmdOrCtrl+Return',
  pauseResume: 'CmdOrCtrl+Shift+P',
  nextItem: 'CmdOrCtrl+Right',
  grantExtension: 'CmdOrCtrl+Shift+E',
  undoMeeting: 'CmdOrCtrl+Alt+Z',
  blackout: 'CmdOrCtrl+B',
  openProjector: 'CmdOrCtrl+Shift+F',
  previewProjector: 'CmdOrCtrl+Alt+P',
  closeProjector: 'CmdOrCtrl+Shift+W',
  fullScreen: 'F11',
} as const;

/** The "&" marks a Windows/Linux mnemonic; macOS shows it literally, so drop it there. */
function mnemonic(label: string, platform: NodeJS.Platform): string {
  return platform === 'darwin' ? label.replace(/\(&\w\)|&/g, '') : label;
}

function displayLabel(display: DisplayInfo, t: Record<Key, string>): string {
  const tags = [display.primary ? t.primary : null, display.internal ? t.internal : null].filter((x) => x !== null);
  const size = `${display.bounds.width}×${display.bounds.height}`;
  return tags.length > 0 ? `${display.label}（${tags.join('，')}，${size}）` : `${display.label}（${size}）`;
}

/** The application menu, in zh-CN or English, for `Menu.buildFromTemplate`. */
export function buildMenuTemplate(state: MenuState, actions: MenuActions): MenuItemConstructorOptions[] {
  const t = LABELS[state.lang];
  const mac = state.platform === 'darwin';
  const top = (key: Key) => mnemonic(t[key], state.platform);
  const command = (key: Key & keyof typeof ACCELERATORS, cmd: MenuCommand): MenuItemConstructorOptions => ({
    id: `meeting.${cmd}`,
    label: t[key],
    accelerator: ACCELERATORS[key],
    click: () => actions.menuCommand(cmd),
  });

  const projectedOn = state.projector.kind === 'fullscreen' ? state.projector.displayId : null;
  const projectTo: MenuItemConstructorOptions[] =
    state.displays.length === 0
      ? [{ id: 'projector.display.none', label: t.noDisplays, enabled: false }]
      : state.displays.map((display) => ({
          id: `projector.display.${display.id}`,
          label: displayLabel(display, t),
          type: 'radio' as const,
          checked: display.id === projectedOn,
          click: () => actions.chooseProjectorDisplay(display.id),
        }));

  const appMenu: MenuItemConstructorOptions = {
    label: state.appName,
    submenu: [
      { label: t.about, click: () => actions.showAbout() },
      { type: 'separator' },
      { role: 'services', label: t.services },
      { type: 'separator' },
      { role: 'hide', label: t.hide },
      { role: 'hideOthers', label: t.hideOthers },
      { role: 'unhide', label: t.unhide },
      { type: 'separator' },
      { role: 'quit', label: `${t.quit} ${state.appName}` },
    ],
  };

  const fileMenu: MenuItemConstructorOptions = {
    label: top('file'),
    submenu: [{ role: 'quit', label: t.quit, accelerator: 'CmdOrCtrl+Q' }],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: top('edit'),
    submenu: [
      { role: 'undo', label: t.undo },
      { role: 'redo', label: t.redo },
      { type: 'separator' },
      { role: 'cut', label: t.cut },
      { role: 'copy', label: t.copy },
      { role: 'paste', label: t.paste },
      { role: 'selectAll', label: t.selectAll },
    ],
  };

  const meetingMenu: MenuItemConstructorOptions = {
    label: top('meeting'),
    submenu: [
      command('startMeeting', 'start-meeting'),
      command('pauseResume', 'pause-resume'),
      command('nextItem', 'next-item'),
      command('grantExtension', 'grant-extension'),
      { type: 'separator' },
      command('undoMeeting', 'undo'),
      command('blackout', 'blackout'),
      { type: 'separator' },
      { id: 'meeting.end-meeting', label: t.endMeeting, click: () => actions.menuCommand('end-meeting') },
    ],
  };

  const projectorMenu: MenuItemConstructorOptions = {
    label: top('projector'),
    submenu: [
      { id: 'projector.project-to', label: t.projectTo, submenu: projectTo },
      { type: 'separator' },
      { id: 'projector.open', label: t.openProjector, accelerator: ACCELERATORS.openProjector, click: () => actions.openProjector() },
      {
        id: 'projector.preview',
        label: t.previewProjector,
        accelerator: ACCELERATORS.previewProjector,
        type: 'checkbox',
        checked: state.projector.kind === 'preview',
        click: () => actions.previewProjector(),
      },
      {
        id: 'projector.close',
        label: t.closeProjector,
        accelerator: ACCELERATORS.closeProjector,
        enabled: state.projector.kind !== 'off',
        click: () => actions.closeProjector(),
      },
      { type: 'separator' },
      {
        id: 'projector.lan-sharing',
        label: t.lanSharing,
        type: 'checkbox',
        checked: state.lanSharing === true,
        enabled: state.lanSharing !== null,
        click: (item) => actions.setLanSharing(Boolean((item as { checked?: boolean } | undefined)?.checked)),
      },
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    label: top('view'),
    submenu: [
      ...(state.dev
        ? ([
            { role: 'reload', label: t.reload },
            { role: 'toggleDevTools', label: t.devTools },
            { type: 'separator' },
          ] satisfies MenuItemConstructorOptions[])
        : []),
      { role: 'resetZoom', label: t.resetZoom },
      { role: 'zoomIn', label: t.zoomIn },
      { role: 'zoomOut', label: t.zoomOut },
      { type: 'separator' },
      { role: 'togglefullscreen', label: t.fullScreen, accelerator: mac ? 'Ctrl+Cmd+F' : ACCELERATORS.fullScreen },
    ],
  };

  const windowMenu: MenuItemConstructorOptions = {
    label: top('window'),
    submenu: mac
      ? [
          { role: 'minimize', label: t.minimize },
          { role: 'zoom', label: t.zoom },
          { type: 'separator' },
          { role: 'front', label: t.front },
        ]
      : [
          { role: 'minimize', label: t.minimize },
          { role: 'close', label: t.close },
        ],
  };

  const helpMenu: MenuItemConstructorOptions = {
    label: top('help'),
    role: 'help',
    submenu: [{ id: 'help.about', label: t.about, click: () => actions.showAbout() }],
  };

  return [
    ...(mac ? [appMenu] : [fileMenu]),
    editMenu,
    meetingMenu,
    projectorMenu,
    viewMenu,
    windowMenu,
    helpMenu,
  ];
}
