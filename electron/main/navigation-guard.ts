import { originOf } from './ipc-guard';

/** Whether a window may navigate to `url`: only to our own pages. */
export function isAllowedNavigation(url: string, trustedOrigins: readonly string[]): boolean {
  const origin = originOf(url);
  if (origin === null) return false;
  return trustedOrigins.some((o) => o.toLowerCase().replace(/\/+$/, '') === origin);
}

interface PreventableEvent {
  preventDefault(): void;
  url?: string;
}

/** The part of `webContents` the guard hooks into. */
export interface GuardedWebContents {
  on(
    event: 'will-navigate' | 'will-frame-navigate' | 'will-redirect',
    listener: (event: PreventableEvent, url?: string) => void,
  ): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

export interface NavigationGuardOptions {
  trustedOrigins: readonly string[];
  /** Told about each blocked attempt (for the log); never shown to the page. */
  onBlocked?: (kind: 'navigate' | 'redirect' | 'window-open' | 'webview', url: string) => void;
}

/**
 * Electron's checklist: no navigation away from our pages, no new windows, no <webview>.
 * Links to the outside world are not opened either: the app has no reason to, and a meeting
 * room PC should not start a browser on the projector.
 */
export function installNavigationGuard(webContents: GuardedWebContents, options: NavigationGuardOptions): void {
  const blocked = options.onBlocked ?? (() => undefined);
  const check = (kind: 'navigate' | 'redirect') => (event: PreventableEvent, url?: string) => {
    const target = event.url ?? url ?? '';
    if (!isAllowedNavigation(target, options.trustedOrigins)) {
      event.preventDefault();
      blocked(kind, target);
    }
  };
  webContents.on('will-navigate', check('navigate'));
  webContents.on('will-frame-navigate', check('navigate'));
  webContents.on('will-redirect', check('redirect'));
  webContents.on('will-attach-webview', (event) => {
    event.preventDefault();
    blocked('webview', '');
  });
  webContents.setWindowOpenHandler(({ url }) => {
    blocked('window-open', url);
    return { action: 'deny' };
  });
}

/** The part of `session` the permission guard sets. */
export interface PermissionSession {
  setPermissionRequestHandler(
    handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void, details?: unknown) => void,
  ): void;
  setPermissionCheckHandler(handler: (webContents: unknown, permission: string, requestingOrigin: string, details?: unknown) => boolean): void;
  setDevicePermissionHandler?(handler: (details: unknown) => boolean): void;
}

/**
 * Denies every permission (camera, microphone, notifications, geolocation, HID, serial…): a
 * timer needs none, and a compromised page must not get any. The one exception is writing to
 * the clipboard from the app's own pages ("复制链接" for the LAN link); reading it never.
 */
export function installPermissionGuard(
  session: PermissionSession,
  onDenied?: (permission: string) => void,
  ownOrigins: readonly string[] = [],
): void {
  const originOf = (url: unknown): string => {
    try {
      if (typeof url !== 'string') return '';
      // URL.origin is "null" for custom schemes such as app://, so build it by hand.
      const u = new URL(url);
      return `${u.protocol}//${u.host}`;
    } catch {
      return '';
    }
  };
  const allowed = (permission: string, origin: string) =>
    permission === 'clipboard-sanitized-write' && ownOrigins.includes(origin);
  session.setPermissionRequestHandler((_webContents, permission, callback, details) => {
    const ok = allowed(permission, originOf((details as { requestingUrl?: unknown } | undefined)?.requestingUrl));
    if (!ok) onDenied?.(permission);
    callback(ok);
  });
  session.setPermissionCheckHandler((_webContents, permission, requestingOrigin) => allowed(permission, originOf(requestingOrigin)));
  session.setDevicePermissionHandler?.(() => false);
}
