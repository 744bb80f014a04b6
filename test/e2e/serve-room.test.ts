/**
 * Issue 5's end-to-end check against the real `npm run serve` process (not an in-process
 * server): the chair console and the projector open from the links serve prints, a command from
 * the console reaches the projector page, and a view link cannot command. Real clock: the test
 * waits on what the pages show, never on time.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium';
import { ensureRendererBuilt } from '../../scripts/lib/renderer-build';
import { readProjector, REPO } from './console-harness';

let serve: ChildProcessWithoutNullStreams;
let data: string;
let browser: Browser;
let links: { chair: string; projector: string };

beforeAll(async () => {
  ensureRendererBuilt();
  data = mkdtempSync(join(tmpdir(), 'duanhui-e2e-serve-'));
  serve = spawn(process.execPath, ['--disable-warning=ExperimentalWarning', '--import', 'tsx', 'electron/cli/serve.ts', '--port', '0', '--data', data, '--qr', 'none'], {
    cwd: REPO,
  });
  let out = '';
  links = await new Promise((resolve, reject) => {
    serve.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const chair = /Chair console \(control\): (\S+)/.exec(out)?.[1];
      const projector = /Projector \(view only\): +(\S+)/.exec(out)?.[1];
      if (chair && projector && out.includes('Ctrl+C')) resolve({ chair, projector });
    });
    serve.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${out}`)));
  });
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (serve && serve.exitCode === null) {
    const exited = new Promise((r) => serve.on('exit', r));
    serve.kill('SIGTERM');
    await exited;
  }
  if (data) rmSync(data, { recursive: true, force: true });
});

const open = async (url: string, width: number, height: number): Promise<Page> => {
  const context = await browser.newContext({ viewport: { width, height }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const page = await context.newPage();
  await page.goto(url);
  return page;
};

describe('npm run serve, in Chromium', () => {
  it('a command from the chair console reaches the projector page', async () => {
    const chair = await open(links.chair, 1366, 768);
    const projector = await open(links.projector, 1920, 1080);
    await chair.getByTestId('load-sample').click();
    await chair.getByTestId('agenda').waitFor();
    await expect.poll(async () => (await readProjector(projector)).phase, { timeout: 15_000 }).toBe('not-started');

    // Space starts the meeting, Space again the first speaker: a 20-minute keynote counts down.
    const version = () => chair.getByTestId('console').getAttribute('data-version');
    const before = await version();
    await chair.keyboard.press('Space');
    await expect.poll(async () => (await readProjector(projector)).phase, { timeout: 15_000 }).not.toBe('not-started');
    // The next key means "start the speaker" only once the console itself has seen the start.
    await expect.poll(version, { timeout: 15_000 }).not.toBe(before);
    await chair.keyboard.press('Space');
    await expect.poll(async () => (await readProjector(projector)).person, { timeout: 15_000 }).toContain('赵磊');
    const clock = (await readProjector(projector)).clock ?? '';
    expect(clock).toMatch(/^(20:00|19:5\d)$/);
  });

  it('the projector link watches but cannot command', async () => {
    const view = new URL(links.projector).searchParams.get('t');
    const origin = new URL(links.projector).origin;
    const refused = await fetch(`${origin}/api/next`, { method: 'POST', headers: { Authorization: `Bearer ${view}` } });
    expect(refused.status).toBe(403);
    const snapshot = await fetch(`${origin}/api/snapshot`, { headers: { Authorization: `Bearer ${view}` } });
    expect(snapshot.status).toBe(200);
  });
});
