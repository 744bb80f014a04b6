/**
 * A whole short meeting driven from the chair console by keyboard, through the room server,
 * with the projector page checked after each step. Service and page clocks are moved together.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openRoom, readProjector, type ProjectorReading, type Room } from './console-harness';

const SEC = 1000;
const MIN = 60 * SEC;

let room: Room;
let chair: Page;
let projector: Page;

beforeAll(async () => {
  room = await openRoom();
  chair = await room.open(room.server.chairUrl, { width: 1366, height: 768 });
  projector = await room.open(room.server.projectorUrl, { width: 1920, height: 1080 });
}, 120_000);

afterAll(async () => {
  await room?.close();
});

/** Waits until the projector shows what is expected (snapshots arrive over the WebSocket). */
async function projectorShows(expected: Partial<ProjectorReading>): Promise<ProjectorReading> {
  let last: ProjectorReading | undefined;
  await expect
    .poll(
      async () => {
        last = await readProjector(projector);
        return Object.fromEntries(Object.keys(expected).map((k) => [k, last![k as keyof ProjectorReading]]));
      },
      { timeout: 10_000, interval: 50 },
    )
    .toEqual(expected);
  return last!;
}

/** Presses a key once the console mirrors the service's latest snapshot (as a chair would see it). */
async function key(k: string): Promise<void> {
  const version = String(room.service.snapshot().version);
  await chair.waitForFunction((v) => document.querySelector('[data-testid="console"]')?.getAttribute('data-version') === v, version);
  await chair.keyboard.press(k);
}

describe('a short meeting, run by keyboard', () => {
  it('first start offers the sample meeting; it loads', async () => {
    await chair.getByTestId('load-sample').click();
    await chair.getByTestId('agenda').waitFor();
    await expect.poll(() => chair.getByTestId('approval-state').textContent()).toBe('已批准');
    await projectorShows({ phase: 'not-started' });
    const p = await readProjector(projector);
    expect(p.person).toContain('会议即将开始 · 09:00 开始');
    expect(p.next).toContain('赵磊');
  });

  it('Space starts the meeting: the projector waits for the first speaker', async () => {
    await key('Space');
    const p = await projectorShows({ phase: 'between', clock: '20:00' });
    expect(p.person).toContain('赵磊');
    expect(p.meeting).toContain('2:00:00');
  });

  it('Space starts the keynote: 20:00, then it counts down with the clocks', async () => {
    await key('Space');
    const p = await projectorShows({ phase: 'running', clock: '20:00', badges: [] });
    expect(p.person).toContain('赵磊');
    expect(p.person).toContain('县商务局');
    expect(p.text).toContain('会议主题报告');
    expect(p.next).toContain('陈华');
    await room.advance(5 * SEC);
    await projectorShows({ clock: '19:55' });
    await expect.poll(() => chair.getByTestId('console-clock').textContent()).toBe('19:55');
  });

  it('PageDown (clicker) moves on to the next speaker with 8:00', async () => {
    await room.advance(MIN);
    await key('PageDown');
    const p = await projectorShows({ phase: 'running', clock: '8:00' });
    expect(p.person).toContain('陈华');
    expect(p.person).toContain('县发改局');
    expect(p.next).toContain('刘芳');
  });

  it('the last minute is the warning phase, with its badge', async () => {
    await room.advance(7 * MIN);
    await projectorShows({ phase: 'warning', clock: '1:00', badges: ['warning'] });
  });

  it('E grants the declared extension: 延时 badge, then its own phase', async () => {
    await key('e');
    await projectorShows({ phase: 'running', clock: '6:00', badges: ['extended'] });
    await expect.poll(() => chair.getByTestId('why-extend').textContent()).toBe('已延时一次');
    await room.advance(MIN + 30 * SEC);
    await projectorShows({ phase: 'extended', clock: '4:30', badges: ['extended'] });
  });

  it('M then 2 puts 请结束发言 on the projector; Esc takes it down', async () => {
    await key('m');
    await chair.getByTestId('message-composer').waitFor();
    await key('2');
    await projectorShows({ message: '请结束发言', clock: '4:30' });
    await key('Escape');
    await projectorShows({ message: null });
  });

  it('time up: overtime counts up as +m:ss with 超时', async () => {
    await room.advance(4 * MIN + 30 * SEC);
    const atZero = await projectorShows({ phase: 'overtime', clock: '+0:00', badges: ['overtime'] });
    expect(atZero.text).toContain('超时');
    await room.advance(65 * SEC);
    await projectorShows({ phase: 'overtime', clock: '+1:05' });
  });

  it('B blacks the projector out and back', async () => {
    await key('b');
    await projectorShows({ phase: 'blackout', clock: null, text: '' });
    await key('.');
    await projectorShows({ phase: 'overtime', clock: '+1:05' });
  });

  it('Space pauses (暂停) and resumes', async () => {
    await key('Space');
    await projectorShows({ phase: 'paused', badges: ['overtime', 'paused'], clock: '+1:05' });
    await room.advance(30 * SEC);
    await projectorShows({ clock: '+1:05' });
    await key('Space');
    await room.advance(SEC);
    await projectorShows({ phase: 'overtime', clock: '+1:06' });
  });

  it('N goes on; an undeclared speaker cannot be extended (未事先申明); Ctrl+Z undoes the step', async () => {
    await key('n');
    const p = await projectorShows({ phase: 'running', clock: '8:00' });
    expect(p.person).toContain('刘芳');
    await expect.poll(() => chair.getByTestId('why-extend').textContent()).toBe('未事先申明');
    await key('e');
    await projectorShows({ badges: [] });
    await room.advance(2 * SEC);
    await key('Control+z');
    const back = await projectorShows({ phase: 'overtime' });
    expect(back.person).toContain('陈华');
    await key('ArrowRight');
    await projectorShows({ clock: '8:00' });
  });

  it('ending the meeting asks for confirmation; the projector says so', async () => {
    await chair.locator('[data-control="end-meeting"]').click();
    await chair.getByTestId('confirm-end-button').click();
    const p = await projectorShows({ phase: 'ended' });
    expect(p.text).toContain('会议结束');
    await expect.poll(() => chair.getByTestId('meeting-status').textContent()).toBe('已结束');
  });
});
