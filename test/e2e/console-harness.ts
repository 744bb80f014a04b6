/**
 * A real room: the MeetingService on a temporary data folder with a manual clock, the room
 * server serving the built renderer, and Chromium (the system one, via playwright-core) whose
 * page clock is paused and moved together with the service clock. Used by the e2e tests and by
 * scripts/screenshots.ts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH as CHROMIUM } from '../../scripts/lib/chromium';
import { ensureRendererBuilt as ensureBuilt, RENDERER_DIR } from '../../scripts/lib/renderer-build';
import { createRoomServer, type RoomServer } from '../../electron/server/index';
import { createMeetingService, readSampleSchedule, type MeetingService } from '../../electron/services/meeting-service/index';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
export { CHROMIUM_PATH as CHROMIUM, CHROMIUM_ARGS } from '../../scripts/lib/chromium';
export { ensureRendererBuilt as ensureBuilt, RENDERER_DIR } from '../../scripts/lib/renderer-build';

export interface Room {
  server: RoomServer;
  service: MeetingService;
  context: BrowserContext;
  /** Service time = page time (epoch ms). */
  time(): number;
  /** Moves the service clock and every page's clock forward together. */
  advance(ms: number): Promise<void>;
  open(url: string, size: { width: number; height: number }): Promise<Page>;
  close(): Promise<void>;
}

/** 2026-04-20 08:55 Asia/Shanghai: a Monday morning; the sample meeting is dated that day at 09:00. */
export const START = Date.UTC(2026, 3, 20, 0, 55, 0);

export async function openRoom(options: { start?: number } = {}): Promise<Room> {
  ensureBuilt();
  let now = options.start ?? START;
  const dataDir = mkdtempSync(join(tmpdir(), 'duanhui-e2e-data-'));
  const profile = mkdtempSync(join(tmpdir(), 'duanhui-e2e-chromium-'));
  const service = createMeetingService({
    dataDir,
    clock: { now: () => now },
    sample: readSampleSchedule(join(REPO, 'docs', 'examples', 'sample-schedule.json')),
    log: () => {},
  });
  const server = await createRoomServer({ service, port: 0, staticDir: RENDERER_DIR });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_ARGS],
    viewport: { width: 1366, height: 768 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  // Page time stands still unless the test moves it, exactly like the service's.
  await context.clock.install({ time: now - 1000 });
  await context.clock.pauseAt(now);
  return {
    server,
    service,
    context,
    time: () => now,
    async advance(ms) {
      now += ms;
      await context.clock.fastForward(ms);
    },
    async open(url, size) {
      const page = await context.newPage();
      await page.setViewportSize(size);
      await page.goto(url);
      return page;
    },
    async close() {
      await context.close().catch(() => {});
      await server.close();
      service.close();
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** What the projector page shows, read from its DOM. */
export interface ProjectorReading {
  phase: string | null;
  clock: string | null;
  badges: string[];
  person: string;
  message: string | null;
  next: string;
  meeting: string;
  text: string;
}

// A string, not a function: tsx's transform would add helpers the page does not have.
const READ_PROJECTOR = `(() => {
  const root = document.querySelector('.pj-frame [data-testid="projector"]');
  const q = (sel) => (root && root.querySelector(sel) ? root.querySelector(sel).textContent : '');
  const message = root && root.querySelector('[data-testid="pj-message"]');
  const timer = root && root.querySelector('[role="timer"]');
  return {
    phase: root ? root.getAttribute('data-phase') : null,
    clock: timer ? timer.getAttribute('data-text') : null,
    badges: root ? [...root.querySelectorAll('[data-badge]')].map((b) => b.getAttribute('data-badge') || '') : [],
    person: q('[data-testid="pj-person"]') || q('[data-testid="pj-headline"]'),
    message: message ? message.textContent : null,
    next: q('[data-testid="pj-next"]'),
    meeting: q('[data-testid="pj-meeting"]'),
    text: root ? root.textContent : '',
  };
})()`;

export async function readProjector(page: Page): Promise<ProjectorReading> {
  return (await page.evaluate(READ_PROJECTOR)) as ProjectorReading;
}
