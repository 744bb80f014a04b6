/**
 * Screenshots of the console's desktop-shell parts (projector display picker, LAN sharing with
 * its QR code, the "projector unplugged" banner, the unplanned-speaker dialog) at 1366×768, into
 * screenshots/console-shell-*.png.
 *
 *   npx tsx scripts/screenshots-shell.ts [--no-build]
 *
 * A browser has no `window.duanhui` (that is the Electron preload), so for these shots only an
 * init script puts a stand-in there: commands go to the real MeetingService of the harness's
 * room, displays and LAN status are fixtures pushed by hand.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { DisplaysState, LanSharingStatus, ShellNotice } from '../electron/shared/ipc-contract';
import { REPO, openRoom, type Room } from '../test/e2e/console-harness';

const OUT = join(REPO, 'screenshots');
const SEC = 1000;
const MIN = 60 * SEC;

const LAPTOP = { id: 2528732444, label: '内置显示屏', internal: true, primary: true, bounds: { x: 0, y: 0, width: 1366, height: 768 }, scaleFactor: 1 };
const PROJECTOR = { id: 2779098405, label: 'EPSON EB-X51', internal: false, primary: false, bounds: { x: 1366, y: 0, width: 1920, height: 1080 }, scaleFactor: 1 };
const PODIUM = { id: 2779098406, label: 'DELL U2419H', internal: false, primary: false, bounds: { x: 3286, y: 0, width: 1920, height: 1200 }, scaleFactor: 1.25 };

const ON_PROJECTOR: DisplaysState = {
  displays: [LAPTOP, PROJECTOR, PODIUM],
  projector: { placement: { kind: 'fullscreen', displayId: PROJECTOR.id, label: PROJECTOR.label }, preferred: { id: PROJECTOR.id, label: PROJECTOR.label } },
};
const UNPLUGGED: DisplaysState = {
  displays: [LAPTOP, PODIUM],
  projector: { placement: { kind: 'hidden', waitingFor: { id: PROJECTOR.id, label: PROJECTOR.label } }, preferred: { id: PROJECTOR.id, label: PROJECTOR.label } },
};
const REMOVED: ShellNotice = {
  code: 'projector-display-removed',
  severity: 'warning',
  params: { label: PROJECTOR.label },
  message: { 'zh-CN': '投影屏已断开，投影画面已隐藏', en: 'The projector display was disconnected; the projector view is hidden' },
};

/** The room's own links, as the LAN server would print them on this PC's network address. */
function lanOn(room: Room): LanSharingStatus {
  const onLan = (url: string) => url.replace(/^http:\/\/[^/]+/, 'http://192.168.31.108:41800');
  return { available: true, enabled: true, urls: [onLan(room.server.viewerUrl), onLan(room.server.projectorUrl)] };
}
const LAN_PROBLEM: LanSharingStatus = {
  available: true,
  enabled: false,
  urls: [],
  problem: { 'zh-CN': '无法开启局域网共享：端口 41800 已被占用', en: 'Could not start LAN sharing: port 41800 is in use' },
};

/** The stand-in preload, as a string (tsx's transform would add helpers the page does not have). */
function fakePreload(displays: DisplaysState, lan: LanSharingStatus, lanOnStatus: LanSharingStatus): string {
  return `(() => {
    const latest = { displays: ${JSON.stringify(displays)}, 'lan-sharing': ${JSON.stringify(lan)} };
    const lanOn = ${JSON.stringify(lanOnStatus)};
    const listeners = {};
    const emit = (topic, payload) => {
      if (topic in latest || topic === 'snapshot') latest[topic] = payload;
      for (const l of listeners[topic] || []) l(payload);
    };
    const projector = () => latest.displays.projector;
    const place = (placement) => {
      latest.displays = { ...latest.displays, projector: { ...projector(), placement } };
      emit('displays', latest.displays);
      return projector();
    };
    window.__shellFake = { emit };
    window.duanhui = {
      command: (command) => window.__duanhuiCommand(command),
      query: async (name) => (name === 'now' ? Date.now() : name === 'snapshot' ? latest.snapshot : []),
      importSchedule: async () => null,
      subscribe(topic, listener) {
        (listeners[topic] = listeners[topic] || []).push(listener);
        if (latest[topic] !== undefined) listener(latest[topic]);
        return () => { listeners[topic] = listeners[topic].filter((l) => l !== listener); };
      },
      shell: {
        listDisplays: async () => latest.displays,
        chooseProjectorDisplay: async (id) => {
          const d = latest.displays.displays.find((x) => x.id === id);
          latest.displays = { ...latest.displays, projector: { placement: { kind: 'fullscreen', displayId: id, label: d.label }, preferred: { id, label: d.label } } };
          emit('displays', latest.displays);
          return projector();
        },
        openProjector: async () => projector(),
        closeProjector: async () => place({ kind: 'off' }),
        previewProjector: async () => place({ kind: 'preview' }),
        getLanSharing: async () => latest['lan-sharing'],
        setLanSharing: async (on) => {
          const status = on ? lanOn : { available: true, enabled: false, urls: [] };
          emit('lan-sharing', status);
          return status;
        },
        appInfo: async () => ({}),
      },
      planning: async () => ({ ok: false }),
      records: async () => ({ ok: false }),
    };
  })();`;
}

async function openChair(room: Room, lang: string, displays: DisplaysState, lan: LanSharingStatus): Promise<Page> {
  const page = await room.context.newPage();
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.exposeFunction('__duanhuiCommand', (command: unknown) => room.service.execute(command));
  await page.addInitScript(fakePreload(displays, lan, lanOn(room)));
  const url = new URL(room.server.chairUrl);
  url.searchParams.set('lang', lang);
  await page.goto(url.toString());
  // The snapshot topic: pushed from the service, as the desktop app's main process does.
  await page.evaluate(`window.__shellFake.emit('snapshot', ${JSON.stringify(room.service.snapshot())})`);
  await page.waitForSelector('[data-testid="shell-summary"]');
  await page.evaluate('document.fonts.ready');
  return page;
}

async function shot(page: Page, name: string): Promise<void> {
  // Real time for React to paint; the page clock stands still meanwhile.
  await new Promise((resolve) => setTimeout(resolve, 300));
  await page.screenshot({ path: join(OUT, `console-shell-${name}.png`) });
  console.log(`  console-shell-${name}.png`);
}

async function main(): Promise<void> {
  if (!process.argv.includes('--no-build')) process.env.DUANHUI_REBUILD = '1';
  mkdirSync(OUT, { recursive: true });
  const room = await openRoom();
  try {
    const exec = async (command: unknown) => {
      const result = await room.service.execute(command);
      if (!result.ok) throw new Error(`${JSON.stringify(command)} refused: ${result.refusal.message.en}`);
    };
    await exec({ type: 'load-sample' });
    await exec({ type: 'start-meeting' });
    await exec({ type: 'start-item' });
    await room.advance(3 * MIN + 12 * SEC);
    console.log(`短会 shell screenshots → ${OUT}`);

    for (const lang of ['zh-CN', 'en']) {
      const page = await openChair(room, lang, ON_PROJECTOR, lanOn(room));
      await shot(page, `01-side-${lang}`);
      await page.click('[data-testid="shell-open"]');
      await shot(page, `02-dialog-${lang}`);
      await page.keyboard.press('Escape');
      await page.evaluate(`window.__shellFake.emit('displays', ${JSON.stringify(UNPLUGGED)})`);
      await page.evaluate(`window.__shellFake.emit('shell-notice', ${JSON.stringify(REMOVED)})`);
      await shot(page, `03-unplugged-${lang}`);
      await page.evaluate(`window.__shellFake.emit('lan-sharing', ${JSON.stringify(LAN_PROBLEM)})`);
      await page.click('[data-testid="shell-open"]');
      await shot(page, `04-dialog-unplugged-problem-${lang}`);
      await page.keyboard.press('Escape');
      await page.keyboard.press('a');
      await page.fill('#add-speaker-name', lang === 'zh-CN' ? '王强' : 'Wang Qiang');
      await page.fill('#add-speaker-unit', lang === 'zh-CN' ? '县应急管理局' : 'County Emergency Bureau');
      await shot(page, `05-add-speaker-${lang}`);
      await page.keyboard.press('Escape');
      await page.close();
    }
  } finally {
    await room.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
