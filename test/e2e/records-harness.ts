/**
 * End-to-end room for the records page: meetings held through the real MeetingService on a real
 * SQLite file (records-fixture.ts), the real RecordsService behind a real room server serving the
 * BUILT renderer (out/renderer), and the system Chromium through playwright-core. Used by
 * records-*.test.ts and scripts/screenshots-records.ts.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { createRoomServer, type RoomServer } from '../../electron/server/room-server';
import { createRecordsService } from '../../electron/services/records-service';
import { heldMeetings, type RecordsWorld } from '../services/records-service/records-fixture';

const repo = path.resolve(import.meta.dirname, '../..');
export const RENDERER_DIR = path.join(repo, 'out', 'renderer');
export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** "Today" on the page: the end of April, so the list opens on April 2026. */
export const TODAY = '2026-04-28';

const newest = (dir: string): number =>
  fs.readdirSync(dir, { withFileTypes: true }).reduce((m, e) => {
    const p = path.join(dir, e.name);
    return Math.max(m, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }, 0);

/** What records.html is built from: its own files, the shared renderer parts, the domain. */
const SOURCES = ['renderer/records.html', 'renderer/src/records-entry.tsx', 'renderer/src/records', 'renderer/src/shared', 'renderer/src/i18n', 'renderer/src/state', 'electron/core'];

const mtime = (p: string): number => (fs.statSync(p).isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);

/**
 * Builds the renderer unless records.html is there and newer than every source it is made from
 * (the other pages' sources are left out: another page's half-done edit must not block this one).
 */
export function ensureBuiltRenderer(): void {
  const page = path.join(RENDERER_DIR, 'records.html');
  const sources = Math.max(...SOURCES.map((s) => mtime(path.join(repo, s))));
  if (process.env.DUANHUI_E2E_BUILD !== '1' && fs.existsSync(page) && fs.statSync(page).mtimeMs >= sources) return;
  execFileSync('npx', ['electron-vite', 'build'], { cwd: repo, stdio: 'pipe', timeout: 180_000 });
}

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
    args: CHROMIUM_ARGS,
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
