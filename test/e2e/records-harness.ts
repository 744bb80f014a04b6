/**
 * End-to-end room for the records page: meetings held through the real MeetingService on a real
 * SQLite file (records-fixture.ts), the real RecordsService behind a real room server serving the
 * BUILT renderer (out/renderer), and the system Chromium through playwright-core. Used by
 * records-*.test.ts and scripts/screenshots-records.ts.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH as CHROMIUM } from '../../scripts/lib/chromium';
import { ensureRendererBuilt as ensureBuiltRenderer, RENDERER_DIR } from '../../scripts/lib/renderer-build';
import { createRoomServer, type RoomServer } from '../../electron/server/room-server';
import { createRecordsService } from '../../electron/services/records-service';
import { heldMeetings, type RecordsWorld } from '../services/records-service/records-fixture';

export { RENDERER_DIR } from '../../scripts/lib/renderer-build';

/** "Today" on the page: the end of April, so the list opens on April 2026. */
export const TODAY = '2026-04-28';

export interface RecordsRoom {
  world: RecordsWorld;
  server: RoomServer;
  context: BrowserContext;
  /** The records page for the chair, at `hash`, in `lang`. */
  open(hash?: string, options?: { lang?: 'zh-CN' | 'en'; size?: { width: number; height: number } }): Promise<Page>;
  /** Everything the pages wrote to the console as errors (CSP violations included). */
  consoleErrors: string[];
  close(): Promise<void>;
}

/** `busy`: a fuller April (see busyApril), for screenshots. */
export async function openRecordsRoom(options: { busy?: boolean } = {}): Promise<RecordsRoom> {
  ensureBuiltRenderer();
  const world = await heldMeetings({ busy: options.busy ?? false });
  const records = createRecordsService({ store: world.store, now: world.now });
  const server = await createRoomServer({ service: world.meetings, records, port: 0, staticDir: RENDERER_DIR, log: () => {} });
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'duanhui-e2e-records-chromium-'));
  const downloads = fs.mkdtempSync(path.join(os.tmpdir(), 'duanhui-e2e-records-downloads-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_ARGS],
    viewport: { width: 1366, height: 768 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    acceptDownloads: true,
    downloadsPath: downloads,
  });
  // Chromium asks every site for /favicon.ico; the build has none (Electron never asks), so its
  // 404 would hide real errors in the console check.
  await context.route('**/favicon.ico', (route) => route.fulfill({ status: 204 }));
  const consoleErrors: string[] = [];
  return {
    world,
    server,
    context,
    consoleErrors,
    async open(hash = '', options = {}) {
      const page = await context.newPage();
      page.on('console', (m) => {
        if (m.type() === 'error') consoleErrors.push(m.text());
      });
      page.on('pageerror', (e) => consoleErrors.push(e.message));
      page.on('response', (r) => {
        if (r.status() >= 400) consoleErrors.push(`${r.status()} ${r.url().replace(/t=[^&#]+/, 't=…')}`);
      });
      if (options.size) await page.setViewportSize(options.size);
      const q = new URLSearchParams({ t: server.tokens.chair, today: TODAY, lang: options.lang ?? 'zh-CN' });
      await page.goto(`${server.url}/records.html?${q.toString()}${hash}`);
      return page;
    },
    async close() {
      await context.close().catch(() => {});
      await server.close();
      world.close();
      fs.rmSync(profile, { recursive: true, force: true });
      fs.rmSync(downloads, { recursive: true, force: true });
    },
  };
}
