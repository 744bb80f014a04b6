/** The part of Electron's `app` single-instance handling uses. */
export interface SingleInstanceApp {
  requestSingleInstanceLock(): boolean;
  quit(): void;
  on(event: 'second-instance', listener: (...args: unknown[]) => void): unknown;
}

/**
 * One Duanhui per machine: two copies would fight over the projector display, the database and
 * the LAN port. The second copy quits at once; the first brings its console to the front.
 * Returns false in the copy that must quit (the caller stops there).
 */
export function ensureSingleInstance(app: SingleInstanceApp, focusExisting: () => void): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', () => focusExisting());
  return true;
}
