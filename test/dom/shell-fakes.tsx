/**
 * A fake `window.duanhui` (the Electron boundary: the one place a fake stands in for the real
 * thing) around the in-memory FakeApi engine, with the shell's calls recorded and its topics
 * pushed by hand. State topics replay their latest value to a new subscriber, as the preload does.
 */
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { vi } from 'vitest';
import type {
  DisplayInfo,
  DisplaysState,
  DuanhuiApi as PreloadApi,
  LanSharingStatus,
  ProjectorStatus,
  Topic,
  Topics,
} from '../../electron/shared/ipc-contract';
import { STATE_TOPICS } from '../../electron/shared/ipc-contract';
import { pickApi } from '../../renderer/src/api/duanhui-api';
import type { Lang } from '../../renderer/src/i18n';
import { Root } from '../../renderer/src/shared/Root';
import type { AppServices } from '../../renderer/src/shared/app-context';
import { connectLiveStore, createLiveStore } from '../../renderer/src/state/live-store';
import { createUiStore } from '../../renderer/src/state/ui-store';
import { FakeApi } from './fixtures';

export const LAPTOP: DisplayInfo = {
  id: 1,
  label: 'Built-in Retina Display',
  internal: true,
  primary: true,
  bounds: { x: 0, y: 0, width: 1440, height: 900 },
  scaleFactor: 2,
};
export const PROJECTOR: DisplayInfo = {
  id: 7,
  label: 'EPSON PJ',
  internal: false,
  primary: false,
  bounds: { x: 1440, y: 0, width: 1920, height: 1080 },
  scaleFactor: 1,
};
export const PODIUM: DisplayInfo = {
  id: 9,
  label: 'DELL U2419H',
  internal: false,
  primary: false,
  bounds: { x: 3360, y: 0, width: 1920, height: 1200 },
  scaleFactor: 1,
};

export const onProjector = (display: DisplayInfo, displays: DisplayInfo[] = [LAPTOP, display]): DisplaysState => ({
  displays,
  projector: { placement: { kind: 'fullscreen', displayId: display.id, label: display.label }, preferred: { id: display.id, label: display.label } },
});

export const LAN_OFF: LanSharingStatus = { available: true, enabled: false, urls: [] };
export const LAN_ON: LanSharingStatus = {
  available: true,
  enabled: true,
  urls: ['http://192.168.1.20:8080/viewer.html?t=Vx3kP9qLm2RtY7wZ', 'http://192.168.1.20:8080/projector.html?t=Vx3kP9qLm2RtY7wZ'],
};

export class FakePreload {
  readonly engine = new FakeApi();
  private listeners = new Map<Topic, Set<(payload: never) => void>>();
  private latest = new Map<Topic, unknown>();
  displays: DisplaysState;
  lan: LanSharingStatus;

  constructor(displays: DisplaysState = onProjector(PROJECTOR), lan: LanSharingStatus = LAN_OFF) {
    this.displays = displays;
    this.lan = lan;
    this.latest.set('displays', displays);
    this.latest.set('lan-sharing', lan);
  }

  readonly shell = {
    listDisplays: vi.fn(async () => this.displays),
    chooseProjectorDisplay: vi.fn(async (id: number): Promise<ProjectorStatus> => {
      const display = this.displays.displays.find((d) => d.id === id)!;
      return onProjector(display, this.displays.displays).projector;
    }),
    openProjector: vi.fn(async () => this.displays.projector),
    closeProjector: vi.fn(async (): Promise<ProjectorStatus> => ({ placement: { kind: 'off' }, preferred: this.displays.projector.preferred })),
    previewProjector: vi.fn(async (): Promise<ProjectorStatus> => ({ placement: { kind: 'preview' }, preferred: this.displays.projector.preferred })),
    getLanSharing: vi.fn(async () => this.lan),
    setLanSharing: vi.fn(async (enabled: boolean): Promise<LanSharingStatus> => (enabled ? LAN_ON : LAN_OFF)),
    appInfo: vi.fn(),
  };

  /** What the page sees as `window.duanhui`. */
  api(): PreloadApi {
    return {
      command: (command) => this.engine.execute(command),
      query: (async (name: string) => (name === 'now' ? this.engine.time : [])) as PreloadApi['query'],
      importSchedule: async () => null,
      subscribe: <T extends Topic>(topic: T, listener: (payload: Topics[T]) => void) => {
        if (topic === 'snapshot') return this.engine.subscribe(listener as (s: Topics['snapshot']) => void);
        const set = this.listeners.get(topic) ?? new Set();
        this.listeners.set(topic, set);
        set.add(listener as (payload: never) => void);
        if ((STATE_TOPICS as readonly string[]).includes(topic) && this.latest.has(topic)) listener(this.latest.get(topic) as Topics[T]);
        return () => set.delete(listener as (payload: never) => void);
      },
      shell: this.shell,
      planning: async () => ({ ok: false }) as never,
      records: async () => ({ ok: false }) as never,
    };
  }

  emit<T extends Topic>(topic: T, payload: Topics[T]): void {
    this.latest.set(topic, payload);
    for (const listener of this.listeners.get(topic) ?? []) (listener as (p: Topics[T]) => void)(payload);
  }
}

/** Renders `ui` as the page would boot it: pickApi(window) decides desktop or browser. */
export function renderPage(ui: ReactNode, preload: FakePreload | null, lang: Lang = 'zh-CN') {
  if (preload) window.duanhui = preload.api();
  else delete window.duanhui;
  const api = pickApi(window);
  const live = createLiveStore({ connected: api.kind === 'ipc' });
  const uiStore = createUiStore(null, { lang });
  connectLiveStore(live, api);
  const now = preload ? () => preload.engine.time : () => 0;
  const services: AppServices = { api, live, ui: uiStore, now };
  const result = render(
    <Root services={services} strict={false}>
      {ui}
    </Root>,
  );
  return { ...result, api, services };
}
