import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ConsoleApp } from '../../renderer/src/console/ConsoleApp';
import { flush } from './render-app';
import { FakePreload, LAPTOP, PODIUM, PROJECTOR, onProjector, renderPage } from './shell-fakes';

afterEach(() => {
  cleanup();
  delete window.duanhui;
});

const openDialog = async () => {
  fireEvent.click(screen.getByTestId('shell-open'));
  await flush();
  return screen.getByTestId('shell-dialog');
};
const displayRows = () => [...screen.getByTestId('projector-picker').querySelectorAll('[data-display]')] as HTMLButtonElement[];

describe('projector display picker (desktop app)', () => {
  it('lists the displays with label, resolution, built-in/external and where the projector is; choosing one calls the shell', async () => {
    const preload = new FakePreload();
    renderPage(<ConsoleApp />, preload);
    await flush();
    expect(screen.getByTestId('projector-summary').textContent).toBe('全屏 · EPSON PJ');
    await openDialog();

    const [laptop, projector] = displayRows();
    expect(laptop!.textContent).toContain('Built-in Retina Display');
    // Device pixels: 1440×900 at 200 % is a 2880×1800 panel.
    expect(laptop!.textContent).toContain('2880×1800 · 内置屏 · 主屏 · 缩放 200%');
    expect(laptop!.textContent).toContain('投影到此屏');
    expect(projector!.textContent).toContain('1920×1080 · 外接屏');
    expect(projector!.textContent).toContain('投影在此');
    expect(projector!.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByTestId('projector-placement').textContent).toBe('投影正在“EPSON PJ”上全屏显示');

    fireEvent.click(laptop!);
    await flush();
    expect(preload.shell.chooseProjectorDisplay).toHaveBeenCalledWith(LAPTOP.id);
    // The reply is shown at once, before any push.
    expect(within(displayRows()[0]!).getByText('投影在此')).toBeTruthy();
    expect(screen.getByTestId('projector-summary').textContent).toBe('全屏 · Built-in Retina Display');
  });

  it('opens, previews and closes the projector window', async () => {
    const preload = new FakePreload();
    renderPage(<ConsoleApp />, preload);
    await flush();
    await openDialog();
    expect((screen.getByTestId('projector-open') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByTestId('projector-preview'));
    await flush();
    expect(preload.shell.previewProjector).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId('projector-placement').textContent).toBe('投影显示在预览窗口中');
    fireEvent.click(screen.getByTestId('projector-close'));
    await flush();
    expect(preload.shell.closeProjector).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId('projector-placement').textContent).toBe('投影已关闭');
    expect((screen.getByTestId('projector-close') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByTestId('projector-open'));
    await flush();
    expect(preload.shell.openProjector).toHaveBeenCalledTimes(1);
  });

  it('re-renders on a displays push: a display plugged in, then the projector unplugged (banner until it returns)', async () => {
    const preload = new FakePreload();
    renderPage(<ConsoleApp />, preload);
    await flush();
    await openDialog();
    expect(displayRows()).toHaveLength(2);

    act(() => preload.emit('displays', onProjector(PROJECTOR, [LAPTOP, PROJECTOR, PODIUM])));
    expect(displayRows().map((row) => row.getAttribute('data-display'))).toEqual(['1', '7', '9']);
    expect(displayRows()[2]!.textContent).toContain('DELL U2419H');

    act(() =>
      preload.emit('displays', {
        displays: [LAPTOP, PODIUM],
        projector: { placement: { kind: 'hidden', waitingFor: { id: 7, label: 'EPSON PJ' } }, preferred: { id: 7, label: 'EPSON PJ' } },
      }),
    );
    expect(displayRows()).toHaveLength(2);
    expect(screen.queryByText('投影在此')).toBeNull();
    const banner = screen.getByTestId('shell-banner');
    expect(banner.textContent).toContain('投影屏“EPSON PJ”已断开，投影画面已隐藏；接回后自动恢复');
    expect(screen.getByTestId('console').className).toContain('cs-with-banner');

    act(() => preload.emit('displays', onProjector(PROJECTOR, [LAPTOP, PROJECTOR, PODIUM])));
    expect(screen.queryByTestId('shell-banner')).toBeNull();
  });

  it('shows a shell notice in the console', async () => {
    const preload = new FakePreload();
    renderPage(<ConsoleApp />, preload);
    await flush();
    act(() =>
      preload.emit('shell-notice', {
        code: 'projector-display-removed',
        severity: 'warning',
        params: { label: 'EPSON PJ' },
        message: { 'zh-CN': '投影屏已断开，投影画面已隐藏', en: 'The projector display was disconnected; the projector view is hidden' },
      }),
    );
    expect(screen.getByTestId('toast').textContent).toContain('投影屏已断开，投影画面已隐藏');
  });

  it('follows the application menu (menu-command topic)', async () => {
    const preload = new FakePreload();
    renderPage(<ConsoleApp />, preload);
    await flush();
    act(() => preload.emit('menu-command', 'start-meeting'));
    await flush();
    expect(preload.engine.sent).toContainEqual({ type: 'start-meeting' });
  });

  it('says so when the shell refuses a request', async () => {
    const preload = new FakePreload();
    preload.shell.chooseProjectorDisplay.mockRejectedValueOnce(new Error('no display with id 9'));
    renderPage(<ConsoleApp />, preload);
    await flush();
    await openDialog();
    fireEvent.click(displayRows()[0]!);
    await flush();
    expect(screen.getByTestId('toast').textContent).toContain('操作未完成：no display with id 9');
  });

  it('is in English too', async () => {
    renderPage(<ConsoleApp />, new FakePreload(), 'en');
    await flush();
    await openDialog();
    expect(displayRows()[0]!.textContent).toContain('2880×1800 · Built-in · Primary · Scale 200%');
    expect(screen.getByTestId('projector-placement').textContent).toBe('The projector view is full screen on EPSON PJ');
  });
});

describe('in a browser (room server, no window.duanhui)', () => {
  it('has no projector picker or LAN switch', async () => {
    renderPage(<ConsoleApp />, null);
    await flush();
    expect(screen.getByTestId('console')).toBeTruthy();
    expect(screen.queryByTestId('shell-open')).toBeNull();
    expect(screen.queryByTestId('shell-summary')).toBeNull();
    expect(screen.queryByRole('switch')).toBeNull();
  });
});
