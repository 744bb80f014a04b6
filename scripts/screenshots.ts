/**
 * npm run screenshots — the chair console (1366×768) and the projector in every phase
 * (1920×1080 and 1024×768), in zh-CN and English, written to screenshots/ (not committed).
 *
 * Runs the real thing: builds the renderer, starts the MeetingService on a temporary data folder
 * with a manual clock and the room server, and drives the sample meeting through its phases
 * while Chromium's page clock moves with the service clock.   Options: --no-build
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { REPO, openRoom, type Room } from '../test/e2e/console-harness';

const OUT = join(REPO, 'screenshots');
const SEC = 1000;
const MIN = 60 * SEC;
const LANGS = ['zh-CN', 'en'] as const;
const PROJECTOR_SIZES = [
  { width: 1920, height: 1080 },
  { width: 1024, height: 768 },
] as const;

interface Screens {
  chair: Record<string, Page>;
  projectors: { page: Page; lang: string; size: string }[];
}

function withParams(url: string, params: Record<string, string>): string {
  const u = new URL(url);
  for (const [k, v] of Object.entries(params)) u.searchParams.set(k, v);
  return u.toString();
}

async function settle(room: Room, extraMs = 0): Promise<void> {
  // Snapshots travel over the WebSocket in real time; the page clocks stand still meanwhile.
  const version = room.service.snapshot().version;
  for (const page of room.context.pages()) {
    await page
      .waitForFunction(
        (v) => {
          const el = document.querySelector('[data-testid="console"]');
          return !el || Number(el.getAttribute('data-version')) >= v;
        },
        version,
        { timeout: 5000 },
      )
      .catch(() => {});
  }
  await new Promise((resolve) => setTimeout(resolve, 400 + extraMs));
}

/** The message flashes for 2 s (CSS, real time): shots of it wait for the steady state. */
const MESSAGE_FLASH_MS = 2200;

async function shoot(room: Room, screens: Screens, phase: string, what: 'all' | 'projector' | 'console' = 'all'): Promise<void> {
  await settle(room, room.service.snapshot().engine?.message ? MESSAGE_FLASH_MS : 0);
  if (what !== 'projector') {
    for (const [lang, page] of Object.entries(screens.chair)) {
      await page.screenshot({ path: join(OUT, `console-${phase}-${lang}.png`) });
    }
  }
  if (what !== 'console') {
    for (const { page, lang, size } of screens.projectors) {
      await page.screenshot({ path: join(OUT, `projector-${phase}-${size}-${lang}.png`) });
    }
  }
  console.log(`  ${phase}`);
}

async function run(room: Room, screens: Screens): Promise<void> {
  const exec = async (command: unknown) => {
    const result = await room.service.execute(command);
    if (!result.ok) throw new Error(`${JSON.stringify(command)} refused: ${result.refusal.message.en}`);
  };
  await shoot(room, screens, '00-first-start', 'console');
  await exec({ type: 'load-sample' });
  await shoot(room, screens, '01-not-started');
  await exec({ type: 'start-meeting' });
  await shoot(room, screens, '02-between');
  await exec({ type: 'start-item' });
  await room.advance(3 * SEC);
  await shoot(room, screens, '03-running');
  await room.advance(MIN);
  await exec({ type: 'next' });
  await room.advance(7 * MIN + 30 * SEC);
  await shoot(room, screens, '04-warning');
  await exec({ type: 'grant-extension' });
  await room.advance(MIN);
  await shoot(room, screens, '05-extended');
  await exec({ type: 'message', preset: 'wrap-up' });
  await shoot(room, screens, '06-message');
  await exec({ type: 'clear-message' });
  await room.advance(4 * MIN + 30 * SEC);
  await shoot(room, screens, '07-time-up-flash', 'projector');
  await room.advance(42 * SEC);
  await shoot(room, screens, '08-overtime');
  await exec({ type: 'pause-item' });
  await shoot(room, screens, '09-paused');
  await exec({ type: 'resume-item' });
  await exec({ type: 'message', text: '请各位发言人严格控制时间，会后将通报超时情况，谢谢配合' });
  await shoot(room, screens, '10-long-message');
  await exec({ type: 'clear-message' });
  await exec({ type: 'blackout', on: true });
  await shoot(room, screens, '11-blackout');
  await exec({ type: 'blackout', on: false });
  for (const page of Object.values(screens.chair)) await page.keyboard.press('?');
  await shoot(room, screens, '12-help', 'console');
  for (const page of Object.values(screens.chair)) await page.keyboard.press('Escape');
  for (const page of Object.values(screens.chair)) await page.keyboard.press('m');
  await shoot(room, screens, '13-message-composer', 'console');
  for (const page of Object.values(screens.chair)) await page.keyboard.press('Escape');
  await exec({ type: 'next' });
  await room.advance(20 * SEC);
  await shoot(room, screens, '14-undeclared-speaker', 'console');
  await exec({ type: 'end-meeting' });
  await shoot(room, screens, '15-ended');
}

async function main(): Promise<void> {
  if (!process.argv.includes('--no-build')) process.env.DUANHUI_REBUILD = '1';
  mkdirSync(OUT, { recursive: true });
  const room = await openRoom();
  try {
    const screens: Screens = { chair: {}, projectors: [] };
    for (const lang of LANGS) {
      screens.chair[lang] = await room.open(withParams(room.server.chairUrl, { lang }), { width: 1366, height: 768 });
      for (const size of PROJECTOR_SIZES) {
        const page = await room.open(withParams(room.server.projectorUrl, { lang }), size);
        screens.projectors.push({ page, lang, size: `${size.width}x${size.height}` });
      }
    }
    // The bundled font must be in use (no system font standing in): wait for it.
    for (const page of room.context.pages()) await page.evaluate('document.fonts.ready');
    console.log(`短会 screenshots → ${OUT}`);
    await run(room, screens);
  } finally {
    await room.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
