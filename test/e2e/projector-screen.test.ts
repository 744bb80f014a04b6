/**
 * The projector page in Chromium: the bundled font is local and in use, the digits keep their
 * width as the seconds change, nothing overflows at 1024×768, and repaints follow the clock.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { RENDERER_DIR, openRoom, readProjector, type Room } from './console-harness';

let room: Room;
let small: Page;

beforeAll(async () => {
  room = await openRoom();
  for (const command of [{ type: 'load-sample' }, { type: 'start-meeting' }, { type: 'start-item' }]) {
    const result = await room.service.execute(command);
    if (!result.ok) throw new Error(result.refusal.message.en);
  }
  small = await room.open(room.server.projectorUrl, { width: 1024, height: 768 });
  await small.waitForFunction(() => document.querySelector('[role="timer"]')?.getAttribute('data-text') === '20:00', undefined, { timeout: 10_000 });
}, 120_000);

afterAll(async () => {
  await room?.close();
});

const clockBox = (page: Page) =>
  page.evaluate(`(() => { const r = document.querySelector('.clock-digits').getBoundingClientRect(); return { w: r.width, h: r.height, x: r.x }; })()`) as Promise<{ w: number; h: number; x: number }>;

describe('projector in Chromium', () => {
  it('the built CSS loads fonts from local files only, and the clock uses Noto Sans SC', async () => {
    const css = readdirSync(join(RENDERER_DIR, 'assets')).filter((f) => f.endsWith('.css'));
    const urls = css.flatMap((f) => [...readFileSync(join(RENDERER_DIR, 'assets', f), 'utf8').matchAll(/url\(([^)]+)\)/g)].map((m) => m[1]!));
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.filter((u) => /^['"]?(https?:)?\/\//.test(u))).toEqual([]);
    // fonts.load asks for the face and waits for it; fonts.ready alone can resolve before a face
    // that no layout has requested yet has even started loading (seen on a busy machine).
    const loaded = await small.evaluate(
      `document.fonts.load('700 100px "Noto Sans SC"', '0123456789:+').then((faces) => faces.length > 0 && document.fonts.check('700 100px "Noto Sans SC"', '0123456789:+'))`,
    );
    expect(loaded).toBe(true);
  });

  it('digits do not shift: the clock is exactly as wide at 19:51, 11:11 and 10:00', async () => {
    const widths: number[] = [];
    for (const [advance, text] of [
      [9 * 1000, '19:51'],
      [8 * 60_000 + 40 * 1000, '11:11'],
      [71 * 1000, '10:00'],
    ] as const) {
      await room.advance(advance);
      await expect.poll(async () => (await readProjector(small)).clock).toBe(text);
      widths.push((await clockBox(small)).w);
    }
    expect(new Set(widths.map((w) => w.toFixed(2))).size).toBe(1);
  });

  it('fills most of the screen height at 1024×768, and nothing overflows the screen', async () => {
    const box = await clockBox(small);
    expect(box.h).toBeGreaterThan(768 * 0.4);
    const overflow = await small.evaluate(`(() => {
      const bad = [];
      for (const el of document.querySelectorAll('.pj *')) {
        const r = el.getBoundingClientRect();
        if (r.width && (r.right > innerWidth + 0.5 || r.left < -0.5 || r.bottom > innerHeight + 0.5)) bad.push(el.className);
        if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflow === 'hidden' && el.clientWidth) bad.push('cut:' + el.className);
      }
      return bad;
    })()`);
    expect(overflow).toEqual([]);
  });
});
