import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { encode } from 'uqr';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConsoleApp } from '../../renderer/src/console/ConsoleApp';
import { QR_OPTIONS, QUIET_ZONE, qrPath } from '../../renderer/src/console/qr-code';
import { flush } from './render-app';
import { FakePreload, LAN_ON, renderPage } from './shell-fakes';

afterEach(() => {
  cleanup();
  delete window.duanhui;
  Reflect.deleteProperty(navigator, 'clipboard');
});

const VIEWER = LAN_ON.urls[0]!;
const PROJECTOR_URL = LAN_ON.urls[1]!;

async function openDialog() {
  fireEvent.click(screen.getByTestId('shell-open'));
  await flush();
}

function setClipboard(writeText: (text: string) => Promise<void>) {
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
}

describe('LAN sharing (desktop app)', () => {
  it('switched on: shows the viewer link, its QR code (module count as uqr encodes it) and the projector link', async () => {
    const preload = new FakePreload();
    renderPage(<ConsoleApp />, preload);
    await flush();
    await openDialog();
    const toggle = screen.getAllByRole('switch', { name: '局域网共享' })[0]!;
    expect(toggle.getAttribute('aria-checked')).toBe('false');
    expect(screen.queryByTestId('lan-qr')).toBeNull();

    fireEvent.click(toggle);
    await flush();
    expect(preload.shell.setLanSharing).toHaveBeenCalledWith(true);
    for (const sw of screen.getAllByRole('switch', { name: '局域网共享' })) expect(sw.getAttribute('aria-checked')).toBe('true');

    expect((screen.getByTestId('lan-viewer-url') as HTMLInputElement).value).toBe(VIEWER);
    expect((screen.getByTestId('lan-projector-url') as HTMLInputElement).value).toBe(PROJECTOR_URL);
    const qr = screen.getByTestId('lan-qr');
    const size = encode(VIEWER, QR_OPTIONS).size;
    expect(qr.tagName.toLowerCase()).toBe('svg');
    expect(Number(qr.getAttribute('data-modules'))).toBe(size);
    expect(qr.getAttribute('viewBox')).toBe(`${-QUIET_ZONE} ${-QUIET_ZONE} ${size + 2 * QUIET_ZONE} ${size + 2 * QUIET_ZONE}`);
    // Large enough to scan from a phone at arm's length: 240 CSS px, several pixels a module.
    expect(Number(qr.getAttribute('width'))).toBeGreaterThanOrEqual(200);
    expect(qr.querySelector('path')?.getAttribute('d')).toBe(qrPath(VIEWER).d);
    expect(qr.getAttribute('aria-label')).toBe('观看链接的二维码');
    // The side panel shows the link too, and no QR of its own.
    expect(screen.getByTestId('shell-summary').textContent).toContain(VIEWER);
  });

  it('follows the lan-sharing topic (switched from the application menu)', async () => {
    const preload = new FakePreload();
    renderPage(<ConsoleApp />, preload);
    await flush();
    await openDialog();
    act(() => preload.emit('lan-sharing', LAN_ON));
    expect(screen.getByTestId('lan-qr')).toBeTruthy();
    act(() => preload.emit('lan-sharing', { available: true, enabled: false, urls: [] }));
    expect(screen.queryByTestId('lan-qr')).toBeNull();
    expect(screen.getByTestId('lan-sharing').textContent).toContain('开启后，同一网络中的电脑、平板和手机');
  });

  it('shows the problem text', async () => {
    const preload = new FakePreload(undefined, {
      available: true,
      enabled: false,
      urls: [],
      problem: { 'zh-CN': '无法开启局域网共享：listen EADDRINUSE 0.0.0.0:8080', en: 'Could not start LAN sharing: listen EADDRINUSE 0.0.0.0:8080' },
    });
    renderPage(<ConsoleApp />, preload);
    await flush();
    await openDialog();
    expect(screen.getByTestId('lan-problem').textContent).toBe('无法开启局域网共享：listen EADDRINUSE 0.0.0.0:8080');
    expect(screen.getByTestId('shell-summary').textContent).toContain('EADDRINUSE');
  });

  it('greys the switch out when this build has no LAN server', async () => {
    const preload = new FakePreload(undefined, { available: false, enabled: false, urls: [], problem: { 'zh-CN': '此版本未包含局域网共享。', en: 'This build has no LAN sharing.' } });
    renderPage(<ConsoleApp />, preload);
    await flush();
    await openDialog();
    for (const sw of screen.getAllByRole('switch')) expect((sw as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByTestId('lan-problem').textContent).toBe('此版本未包含局域网共享。');
  });

  it('copies the link, and says to press Ctrl+C when the clipboard refuses', async () => {
    const preload = new FakePreload(undefined, LAN_ON);
    renderPage(<ConsoleApp />, preload);
    await flush();
    await openDialog();
    const writeText = vi.fn(async () => {});
    setClipboard(writeText);
    fireEvent.click(screen.getByTestId('lan-viewer-url-copy'));
    await flush();
    expect(writeText).toHaveBeenCalledWith(VIEWER);
    expect(screen.getByTestId('lan-viewer-url-note').textContent).toBe('已复制链接');

    setClipboard(async () => {
      throw new DOMException('Write permission denied.', 'NotAllowedError');
    });
    fireEvent.click(screen.getByTestId('lan-projector-url-copy'));
    await flush();
    expect(screen.getByTestId('lan-projector-url-note').textContent).toBe('无法自动复制：链接已选中，请按 Ctrl+C 复制');
    const field = screen.getByTestId('lan-projector-url') as HTMLInputElement;
    expect(document.activeElement).toBe(field);
    expect(field.value.slice(field.selectionStart ?? 0, field.selectionEnd ?? 0)).toBe(PROJECTOR_URL);
  });
});

describe('the QR path', () => {
  it('draws exactly uqr’s dark modules', () => {
    for (const text of [VIEWER, 'http://10.0.0.5:41234/projector.html?t=abc', 'x']) {
      const { size, d } = qrPath(text);
      const { data } = encode(text, QR_OPTIONS);
      const drawn = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
      for (const [, x, y, w] of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
        for (let i = 0; i < Number(w); i++) drawn[Number(y)]![Number(x) + i] = true;
      }
      expect(drawn).toEqual(data);
    }
  });
});
