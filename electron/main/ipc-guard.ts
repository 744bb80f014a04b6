/** The parts of an IPC event the guard reads (Electron's IpcMainInvokeEvent / IpcMainEvent). */
export interface IpcSenderEvent {
  senderFrame: { url: string; parent: unknown } | null;
  sender: { id: number };
}

export interface SenderGuardOptions {
  /** Origins our pages are served from, e.g. `app://duanhui` (and the dev server under `dev`). */
  trustedOrigins: readonly string[];
  /** The webContents ids of our own windows, asked at each message (windows come and go). */
  ownWebContentsIds: () => Iterable<number>;
}

export type SenderVerdict =
  | { trusted: true }
  | { trusted: false; reason: 'no-frame' | 'subframe' | 'foreign-origin' | 'foreign-window' | 'bad-url' };

/**
 * `protocol//host[:port]` of a URL. WHATWG `URL.origin` is "null" for schemes it does not know
 * (app://), so it cannot be compared directly.
 */
export function originOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.host === '') return null;
  return `${parsed.protocol}//${parsed.host}`.toLowerCase();
}

/**
 * Electron's checklist, item "validate the sender of all IPC messages": a message counts only
 * when it comes from the main frame of one of our own windows showing one of our own pages.
 * Anything else (an iframe, a page that navigated away, a foreign window) is dropped.
 */
export function createSenderGuard(options: SenderGuardOptions): (event: IpcSenderEvent) => SenderVerdict {
  const trusted = new Set(options.trustedOrigins.map((o) => o.toLowerCase().replace(/\/+$/, '')));
  return (event) => {
    const frame = event.senderFrame;
    if (!frame) return { trusted: false, reason: 'no-frame' };
    if (frame.parent !== null && frame.parent !== undefined) return { trusted: false, reason: 'subframe' };
    const origin = originOf(frame.url);
    if (origin === null) return { trusted: false, reason: 'bad-url' };
    if (!trusted.has(origin)) return { trusted: false, reason: 'foreign-origin' };
    const own = new Set(options.ownWebContentsIds());
    if (!own.has(event.sender.id)) return { trusted: false, reason: 'foreign-window' };
    return { trusted: true };
  };
}

/** The part of `ipcMain` the shell registers handlers on. */
export interface IpcMainLike<E extends IpcSenderEvent = IpcSenderEvent> {
  handle(channel: string, listener: (event: E, ...args: unknown[]) => unknown): void;
  removeHandler(channel: string): void;
}

export class UntrustedSenderError extends Error {
  constructor(channel: string) {
    super(`IPC "${channel}" refused: the sender is not one of Duanhui's own pages.`);
    this.name = 'UntrustedSenderError';
  }
}

export type DropReporter = (channel: string, verdict: SenderVerdict & { trusted: false }, event: IpcSenderEvent) => void;

/**
 * `ipcMain.handle` behind the sender guard. An untrusted invoke is rejected (an invoke always
 * gets an answer) without running the handler, and reported through `onDrop`.
 */
export function handleGuarded<E extends IpcSenderEvent>(
  ipcMain: IpcMainLike<E>,
  guard: (event: IpcSenderEvent) => SenderVerdict,
  channel: string,
  handler: (event: E, ...args: unknown[]) => unknown,
  onDrop: DropReporter = () => undefined,
): void {
  ipcMain.handle(channel, (event, ...args) => {
    const verdict = guard(event);
    if (!verdict.trusted) {
      onDrop(channel, verdict, event);
      throw new UntrustedSenderError(channel);
    }
    return handler(event, ...args);
  });
}
