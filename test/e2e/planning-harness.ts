/**
 * End-to-end harness for the planning page: the real storage on a temporary folder, the real
 * PlanningService (and the real MeetingService when it loads) behind a real room server that
 * serves the BUILT renderer (out/renderer), driven by the system Chromium through playwright-core.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { createRoomServer, type RoomServer } from '../../electron/server/room-server';
import type { MeetingServiceApi } from '../../electron/services/meeting-service/meeting-service-api';
import { createPlanningService, type PlanningService } from '../../electron/services/planning';
import { openDatabase, type Store } from '../../electron/services/storage';

const repo = path.resolve(import.meta.dirname, '../..');
export const RENDERER_DIR = path.join(repo, 'out', 'renderer');

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Builds the renderer unless planning.html is there and newer than every planning source. */
export function ensureBuiltRenderer(): void {
  const page = path.join(RENDERER_DIR, 'planning.html');
  const newest = (dir: string): number =>
    fs.readdirSync(dir, { withFileTypes: true }).reduce((m, e) => {
      const p = path.join(dir, e.name);
      return Math.max(m, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
    }, 0);
  const sources = Math.max(newest(path.join(repo, 'renderer')), newest(path.join(repo, 'electron', 'core')));
  if (process.env.DUANHUI_E2E_BUILD !== '1' && fs.existsSync(page) && fs.statSync(page).mtimeMs >= sources) return;
  execFileSync('npx', ['electron-vite', 'build'], { cwd: repo, stdio: 'pipe', timeout: 180_000 });
}

/** A stand-in that keeps the room server happy when the real MeetingService cannot be loaded. */
function minimalService(now: () => number): MeetingServiceApi {
  return {
    execute: async () => ({ ok: false, refusal: { code: 'unavailable', message: { 'zh-CN': '不可用', en: 'unavailable' } } }),
    snapshot: () => ({ version: 0, at: now(), meetingId: null, engine: null }),
    subscribe: () => () => {},
    now,
    listMeetings: () => [],
    importSchedule: () => ({}),
    exportSchedule: () => ({ meetings: [] }),
  };
}

async function meetingService(store: Store, now: () => number): Promise<MeetingServiceApi> {
  try {
    const mod = (await import('../../electron/services/meeting-service/index')) as {
      createMeetingService?: (o: { store: Store; clock: { now: () => number }; log: () => void }) => MeetingServiceApi;
    };
    if (mod.createMeetingService) return mod.createMeetingService({ store, clock: { now }, log: () => {} });
  } catch {
    // Another room's service is mid-edit: planning does not depend on it.
  }
  return minimalService(now);
}

export interface PlanningRig {
  dir: string;
  store: Store;
  planning: PlanningService;
  server: RoomServer;
  context: BrowserContext;
  page: Page;
  /** The planning page's address with the chair token, `?today=` pinned and `#hash`. */
  url(hash?: string, params?: Record<string, string>): string;
  close(): Promise<void>;
}

export async function startPlanningRig(opts: { today?: string; now?: number; browserLang?: string } = {}): Promise<PlanningRig> {
  ensureBuiltRenderer();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duanhui-e2e-planning-'));
  const fixed = opts.now ?? Date.parse('2026-02-20T10:00:00+08:00');
  const now = () => fixed;
  const store = openDatabase(path.join(dir, 'duanhui.sqlite'), { now, timeZone: 'Asia/Shanghai' });
  const planning = createPlanningService({ store, now });
  const service = await meetingService(store, now);
  const server = await createRoomServer({ service, planning, staticDir: RENDERER_DIR, port: 0 });
  const context = await chromium.launchPersistentContext(path.join(dir, 'chromium'), {
    executablePath: '/usr/bin/chromium',
    // The browser's own language decides how date and time inputs read (2026/03/05, 09:00).
    args: [...CHROMIUM_ARGS, `--lang=${opts.browserLang ?? 'zh-CN'}`],
    headless: true,
    viewport: { width: 1366, height: 768 },
    acceptDownloads: true,
    locale: opts.browserLang ?? 'zh-CN',
    // On Linux Chromium takes its UI locale from the environment, not from --lang.
    // LANG stays a locale the system has (C.UTF-8), or Chinese file names of downloads are lost.
    env: { ...process.env, LANGUAGE: (opts.browserLang ?? 'zh-CN').replace('-', '_'), LANG: 'C.UTF-8' },
    timezoneId: 'Asia/Shanghai',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const today = opts.today ?? '2026-02-20';
  return {
    dir,
    store,
    planning,
    server,
    context,
    page,
    url: (hash = '#/calendar', params = {}) => {
      const q = new URLSearchParams({ t: server.tokens.chair, today, lang: 'zh-CN', ...params });
      return `${server.url}/planning.html?${q.toString()}${hash}`;
    },
    close: async () => {
      await context.close().catch(() => {});
      await server.close();
      store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
