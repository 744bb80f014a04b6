import { describe, expect, it, vi } from 'vitest';
import { installNavigationGuard, installPermissionGuard, isAllowedNavigation } from '../../electron/main/navigation-guard';
import { FakeEmitter } from './fakes';

class FakeWebContents extends FakeEmitter {
  openHandler: ((details: { url: string }) => { action: 'deny' }) | null = null;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void {
    this.openHandler = handler;
  }
}

function navigate(wc: FakeWebContents, event: string, url: string): boolean {
  const e = { url, preventDefault: vi.fn() };
  wc.emit(event, e, url);
  return e.preventDefault.mock.calls.length === 0;
}

describe('navigation guard', () => {
  const origins = ['app://duanhui'];

  it('allows our own pages only', () => {
    expect(isAllowedNavigation('app://duanhui/projector.html', origins)).toBe(true);
    expect(isAllowedNavigation('https://example.com/', origins)).toBe(false);
    expect(isAllowedNavigation('file:///C:/Windows/', origins)).toBe(false);
    expect(isAllowedNavigation('javascript:alert(1)', origins)).toBe(false);
  });

  it('denies navigation and redirects away from app://, in main frames and subframes', () => {
    const wc = new FakeWebContents();
    const onBlocked = vi.fn();
    installNavigationGuard(wc, { trustedOrigins: origins, onBlocked });
    expect(navigate(wc, 'will-navigate', 'app://duanhui/projector.html')).toBe(true);
    expect(navigate(wc, 'will-navigate', 'https://phish.example/login')).toBe(false);
    expect(navigate(wc, 'will-frame-navigate', 'http://192.168.1.1/')).toBe(false);
    expect(navigate(wc, 'will-redirect', 'https://elsewhere.example/')).toBe(false);
    expect(onBlocked).toHaveBeenCalledWith('navigate', 'https://phish.example/login');
  });

  it('denies window.open, even for our own pages', () => {
    const wc = new FakeWebContents();
    installNavigationGuard(wc, { trustedOrigins: origins });
    expect(wc.openHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(wc.openHandler?.({ url: 'app://duanhui/index.html' })).toEqual({ action: 'deny' });
  });

  it('refuses to attach a <webview>', () => {
    const wc = new FakeWebContents();
    installNavigationGuard(wc, { trustedOrigins: origins });
    const e = { preventDefault: vi.fn() };
    wc.emit('will-attach-webview', e);
    expect(e.preventDefault).toHaveBeenCalled();
  });
});

describe('permission guard', () => {
  it('denies every permission request and check', () => {
    let request: ((wc: unknown, permission: string, cb: (granted: boolean) => void) => void) | null = null;
    let check: ((wc: unknown, permission: string, origin: string) => boolean) | null = null;
    let device: ((details: unknown) => boolean) | null = null;
    installPermissionGuard({
      setPermissionRequestHandler: (h) => void (request = h),
      setPermissionCheckHandler: (h) => void (check = h),
      setDevicePermissionHandler: (h) => void (device = h),
    });
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'fullscreen', 'openExternal', 'hid']) {
      const cb = vi.fn();
      request!({}, permission, cb);
      expect(cb).toHaveBeenCalledWith(false);
      expect(check!({}, permission, 'app://duanhui')).toBe(false);
    }
    expect(device!({})).toBe(false);
  });

  it('lets only the app itself write (never read) the clipboard', () => {
    let request: ((wc: unknown, permission: string, cb: (granted: boolean) => void, details?: unknown) => void) | null = null;
    let check: ((wc: unknown, permission: string, origin: string) => boolean) | null = null;
    installPermissionGuard(
      { setPermissionRequestHandler: (h) => void (request = h), setPermissionCheckHandler: (h) => void (check = h) },
      undefined,
      ['app://duanhui'],
    );
    const ask = (permission: string, url: string) => {
      const cb = vi.fn();
      request!({}, permission, cb, { requestingUrl: url });
      return cb.mock.calls[0]?.[0];
    };
    expect(ask('clipboard-sanitized-write', 'app://duanhui/index.html')).toBe(true);
    expect(ask('clipboard-sanitized-write', 'https://evil.example/')).toBe(false);
    expect(ask('clipboard-read', 'app://duanhui/index.html')).toBe(false);
    expect(check!({}, 'clipboard-sanitized-write', 'app://duanhui')).toBe(true);
    expect(check!({}, 'clipboard-sanitized-write', 'http://127.0.0.1:8720')).toBe(false);
  });
});
