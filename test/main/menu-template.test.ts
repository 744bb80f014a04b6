import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { ACCELERATORS, buildMenuTemplate, type MenuActions, type MenuState } from '../../electron/main/menu-template';
import type { DisplayInfo } from '../../electron/shared/ipc-contract';

const displays: DisplayInfo[] = [
  { id: 1, label: 'Built-in', internal: true, primary: true, bounds: { x: 0, y: 0, width: 1440, height: 900 }, scaleFactor: 2 },
  { id: 2, label: 'EPSON PJ', internal: false, primary: false, bounds: { x: 1440, y: 0, width: 1920, height: 1080 }, scaleFactor: 1 },
];

const state = (over: Partial<MenuState> = {}): MenuState => ({
  lang: 'zh-CN',
  platform: 'win32',
  appName: '短会',
  displays,
  projector: { kind: 'fullscreen', displayId: 2, label: 'EPSON PJ' },
  lanSharing: false,
  dev: false,
  ...over,
});

const actions = (): MenuActions & Record<string, ReturnType<typeof vi.fn>> => ({
  menuCommand: vi.fn(),
  chooseProjectorDisplay: vi.fn(),
  openProjector: vi.fn(),
  previewProjector: vi.fn(),
  closeProjector: vi.fn(),
  setLanSharing: vi.fn(),
  showAbout: vi.fn(),
});

/** Every item, depth first. */
function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}
const byId = (items: MenuItemConstructorOptions[], id: string) => flatten(items).find((i) => i.id === id);
const click = (item: MenuItemConstructorOptions | undefined, checked?: boolean) =>
  (item?.click as unknown as (i: unknown) => void)({ checked });

describe('application menu', () => {
  it('zh-CN: top-level menus with Windows mnemonics', () => {
    const template = buildMenuTemplate(state(), actions());
    expect(template.map((m) => m.label)).toEqual(['文件(&F)', '编辑(&E)', '会议(&M)', '投影(&P)', '视图(&V)', '窗口(&W)', '帮助(&H)']);
  });

  it('English: the same menus, every item labelled', () => {
    const template = buildMenuTemplate(state({ lang: 'en' }), actions());
    expect(template.map((m) => m.label)).toEqual(['&File', '&Edit', '&Meeting', '&Projector', '&View', '&Window', '&Help']);
    for (const item of flatten(template)) if (item.type !== 'separator') expect(item.label, JSON.stringify(item.role ?? item.id)).toBeTruthy();
    expect(flatten(template).some((i) => /[\u4e00-\u9fff]/.test(i.label ?? ''))).toBe(false);
  });

  it('zh-CN labels are all Chinese (no English left behind)', () => {
    const labels = flatten(buildMenuTemplate(state(), actions())).map((i) => i.label ?? '').filter((l) => l !== '');
    for (const label of labels.filter((l) => !l.includes('EPSON') && !l.includes('Built-in'))) {
      expect(label, label).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('macOS gets the app menu first and no "&" mnemonics', () => {
    const template = buildMenuTemplate(state({ platform: 'darwin' }), actions());
    expect(template[0]?.label).toBe('短会');
    expect(template.map((m) => m.label)).toContain('会议');
    expect(flatten(template).some((i) => i.label?.includes('&'))).toBe(false);
  });

  it('meeting items send their commands, with the usual accelerators', () => {
    const a = actions();
    const template = buildMenuTemplate(state(), a);
    const expected = [
      ['meeting.start-meeting', 'start-meeting', ACCELERATORS.startMeeting, '开始会议'],
      ['meeting.pause-resume', 'pause-resume', ACCELERATORS.pauseResume, '暂停 / 继续'],
      ['meeting.next-item', 'next-item', ACCELERATORS.nextItem, '下一项议程'],
      ['meeting.grant-extension', 'grant-extension', ACCELERATORS.grantExtension, '准予延时'],
      ['meeting.undo', 'undo', ACCELERATORS.undoMeeting, '撤销上一操作'],
      ['meeting.blackout', 'blackout', ACCELERATORS.blackout, '投影黑屏'],
    ] as const;
    for (const [id, command, accelerator, label] of expected) {
      const item = byId(template, id);
      expect(item).toMatchObject({ label, accelerator });
      click(item);
      expect(a.menuCommand).toHaveBeenLastCalledWith(command);
    }
    // Ending a meeting has no shortcut: it cannot happen by a slip of the fingers.
    expect(byId(template, 'meeting.end-meeting')?.accelerator).toBeUndefined();
    for (const acc of Object.values(ACCELERATORS)) expect(acc === 'F11' || acc.startsWith('CmdOrCtrl+')).toBe(true);
  });

  it('"投影到…" lists the displays, checks the current one and chooses on click', () => {
    const a = actions();
    const template = buildMenuTemplate(state(), a);
    const projectTo = byId(template, 'projector.project-to');
    expect(projectTo?.label).toBe('投影到…');
    const items = projectTo?.submenu as MenuItemConstructorOptions[];
    expect(items.map((i) => [i.label, i.type, i.checked])).toEqual([
      ['Built-in（主屏，内置，1440×900）', 'radio', false],
      ['EPSON PJ（1920×1080）', 'radio', true],
    ]);
    click(items[0]);
    expect(a.chooseProjectorDisplay).toHaveBeenCalledWith(1);
    expect(buildMenuTemplate(state({ lang: 'en' }), a).find((m) => m.label === '&Projector')).toBeTruthy();
    expect(byId(buildMenuTemplate(state({ lang: 'en' }), a), 'projector.project-to')?.label).toBe('Project To…');
  });

  it('projector items: open, preview (checked while previewing), close (disabled when off), LAN sharing', () => {
    const a = actions();
    const previewing = buildMenuTemplate(state({ projector: { kind: 'preview' } }), a);
    expect(byId(previewing, 'projector.preview')).toMatchObject({ label: '投影预览', checked: true, type: 'checkbox' });
    click(byId(previewing, 'projector.preview'));
    click(byId(previewing, 'projector.open'));
    click(byId(previewing, 'projector.close'));
    click(byId(previewing, 'projector.lan-sharing'), true);
    expect(a.previewProjector).toHaveBeenCalled();
    expect(a.openProjector).toHaveBeenCalled();
    expect(a.closeProjector).toHaveBeenCalled();
    expect(a.setLanSharing).toHaveBeenCalledWith(true);
    const off = buildMenuTemplate(state({ projector: { kind: 'off' }, lanSharing: null }), a);
    expect(byId(off, 'projector.close')?.enabled).toBe(false);
    expect(byId(off, 'projector.lan-sharing')?.enabled).toBe(false);
  });

  it('no other display: the submenu says so', () => {
    const template = buildMenuTemplate(state({ displays: [] }), actions());
    const items = byId(template, 'projector.project-to')?.submenu as MenuItemConstructorOptions[];
    expect(items).toEqual([{ id: 'projector.display.none', label: '（未检测到其他显示器）', enabled: false }]);
  });

  it('developer tools only in development builds', () => {
    const roles = (dev: boolean) => flatten(buildMenuTemplate(state({ dev }), actions())).map((i) => i.role);
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(false)).not.toContain('reload');
    expect(roles(true)).toContain('toggleDevTools');
  });

  it('the editing roles are there (text fields need copy and paste on macOS)', () => {
    const roles = flatten(buildMenuTemplate(state({ platform: 'darwin' }), actions())).map((i) => i.role);
    for (const role of ['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'quit', 'togglefullscreen']) expect(roles).toContain(role);
  });
});
