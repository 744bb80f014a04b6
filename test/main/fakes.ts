import type { DisplayLike } from '../../electron/main/display-choice';

export const laptop = (over: Partial<DisplayLike> = {}): DisplayLike => ({
  id: 1,
  label: 'Built-in Retina Display',
  internal: true,
  bounds: { x: 0, y: 0, width: 1440, height: 900 },
  scaleFactor: 2,
  ...over,
});

export const projector = (over: Partial<DisplayLike> = {}): DisplayLike => ({
  id: 2,
  label: 'EPSON PJ',
  internal: false,
  bounds: { x: 1440, y: 0, width: 1920, height: 1080 },
  scaleFactor: 1,
  ...over,
});

export const secondProjector = (over: Partial<DisplayLike> = {}): DisplayLike => ({
  id: 3,
  label: 'BenQ PJ',
  internal: false,
  bounds: { x: 3360, y: 0, width: 1280, height: 720 },
  scaleFactor: 1,
  ...over,
});

// Listeners of Electron events have specific parameter types; the fake stores them all alike.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Listener = (...args: any[]) => void;

/** A tiny event emitter with the on/once/emit shape Electron objects have. */
export class FakeEmitter {
  private listeners = new Map<string, { fn: Listener; once: boolean }[]>();

  on(event: string, fn: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), { fn, once: false }]);
    return this;
  }

  once(event: string, fn: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), { fn, once: true }]);
    return this;
  }

  emit(event: string, ...args: unknown[]): void {
    const list = this.listeners.get(event) ?? [];
    this.listeners.set(event, list.filter((l) => !l.once));
    for (const l of list) l.fn(...args);
  }

  listenerCount(event: string): number {
    return (this.listeners.get(event) ?? []).length;
  }
}

/** Electron's `screen`, driven by the test: plug and unplug displays, then emit the events. */
export class FakeScreen extends FakeEmitter {
  constructor(public displays: DisplayLike[], public primaryId = displays[0]?.id ?? 0) {
    super();
  }

  getAllDisplays(): DisplayLike[] {
    return [...this.displays];
  }

  getPrimaryDisplay(): DisplayLike {
    const primary = this.displays.find((d) => d.id === this.primaryId) ?? this.displays[0];
    if (!primary) throw new Error('no display');
    return primary;
  }

  getDisplayMatching(rect: { x: number; y: number }): DisplayLike {
    return (
      this.displays.find(
        (d) => rect.x >= d.bounds.x && rect.x < d.bounds.x + d.bounds.width && rect.y >= d.bounds.y && rect.y < d.bounds.y + d.bounds.height,
      ) ?? this.getPrimaryDisplay()
    );
  }

  plug(display: DisplayLike): void {
    this.displays.push(display);
    this.emit('display-added', {}, display);
  }

  unplug(id: number): void {
    const display = this.displays.find((d) => d.id === id);
    if (!display) throw new Error(`no display ${id}`);
    this.displays = this.displays.filter((d) => d.id !== id);
    if (this.primaryId === id) this.primaryId = this.displays[0]?.id ?? 0;
    this.emit('display-removed', {}, display);
  }

  change(id: number, patch: Partial<DisplayLike>, metrics: string[]): void {
    this.displays = this.displays.map((d) => (d.id === id ? { ...d, ...patch } : d));
    const display = this.displays.find((d) => d.id === id);
    this.emit('display-metrics-changed', {}, display, metrics);
  }
}

let nextWebContentsId = 100;

/** A BrowserWindow that records what was done to it. */
export class FakeWindow extends FakeEmitter {
  readonly calls: string[] = [];
  readonly webContents: { id: number; send: (channel: string, ...args: unknown[]) => void; sent: unknown[][] };
  destroyed = false;
  visible = false;
  bounds: { x: number; y: number; width: number; height: number };
  url: string | null = null;
  minimized = false;

  constructor(public readonly options: Record<string, unknown>) {
    super();
    const sent: unknown[][] = [];
    this.webContents = { id: nextWebContentsId++, send: (channel, ...args) => sent.push([channel, ...args]), sent };
    this.bounds = {
      x: Number(options.x ?? 0),
      y: Number(options.y ?? 0),
      width: Number(options.width ?? 800),
      height: Number(options.height ?? 600),
    };
  }

  loadURL(url: string): Promise<void> {
    this.url = url;
    this.calls.push(`loadURL ${url}`);
    return Promise.resolve();
  }
  /** What Electron does once the page has painted. */
  ready(): void {
    this.emit('ready-to-show');
  }
  showInactive(): void {
    this.visible = true;
    this.calls.push('showInactive');
  }
  show(): void {
    this.visible = true;
    this.calls.push('show');
  }
  focus(): void {
    this.calls.push('focus');
  }
  setAlwaysOnTop(flag: boolean, level?: string): void {
    this.calls.push(`setAlwaysOnTop ${flag} ${level}`);
  }
  setVisibleOnAllWorkspaces(visible: boolean, options?: { visibleOnFullScreen?: boolean }): void {
    this.calls.push(`setVisibleOnAllWorkspaces ${visible} ${JSON.stringify(options)}`);
  }
  setBounds(bounds: Partial<{ x: number; y: number; width: number; height: number }>): void {
    this.bounds = { ...this.bounds, ...bounds };
    this.calls.push(`setBounds ${JSON.stringify(bounds)}`);
  }
  setFullScreen(flag: boolean): void {
    this.calls.push(`setFullScreen ${flag}`);
  }
  getBounds(): { x: number; y: number; width: number; height: number } {
    return { ...this.bounds };
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  restore(): void {
    this.minimized = false;
    this.calls.push('restore');
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.visible = false;
    this.calls.push('destroy');
    this.emit('closed');
  }
  /** The user closes it (Alt+F4, the close button). */
  userClose(): void {
    this.destroyed = true;
    this.visible = false;
    this.emit('closed');
  }
}
