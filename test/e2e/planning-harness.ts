/**
 * End-to-end harness for the planning page: the real storage on a temporary folder, the real
 * PlanningService and MeetingService behind a real room server that
 * serves the BUILT renderer (out/renderer), driven by the system Chromium through playwright-core.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/lib/chromium';
import { ensureRendererBuilt as ensureBuiltRenderer, RENDERER_DIR } from '../../scripts/lib/renderer-build';
import { createRoomServer, type RoomServer } from '../../electron/server/room-server';
import { createMeetingService } from '../../electron/services/meeting-service';
import { createPlanningService, type PlanningService } from '../../electron/services/planning';
import { openDatabase, type Store } from '../../electron/services/storage';

export { RENDERER_DIR } from '../../scripts/lib/renderer-build';

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
  const service = createMeetingService({ store, clock: { now }, log: () => {} });
  const server = await createRoomServer({ service, planning, staticDir: RENDERER_DIR, port: 0 });
  const context = await chromium.launchPersistentContext(path.join(dir, 'chromium'), {
    executablePath: CHROMIUM_PATH,
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
