import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Root } from '../../renderer/src/shared/Root';
import { ProjectorView } from '../../renderer/src/projector/ProjectorView';
import { projectorModel } from '../../renderer/src/projector/projector-model';
import { clockWidthEm } from '../../renderer/src/projector/ClockDigits';
import { createLiveStore } from '../../renderer/src/state/live-store';
import { createUiStore } from '../../renderer/src/state/ui-store';
import type { Lang } from '../../renderer/src/i18n';
import type { SessionState } from '../../electron/core/engine';
import { snapshot } from '../../electron/core/engine';
import { FakeApi, MIN, SEC, T0, runningA, sessionAfter } from './fixtures';

afterEach(cleanup);

function show(state: SessionState | null, now: number, lang: Lang = 'zh-CN') {
  const model = projectorModel(state ? snapshot(state) : null, now, lang);
  const api = new FakeApi(state);
  render(
    <Root services={{ api, live: createLiveStore(), ui: createUiStore(null, { lang }), now: () => now }} strict={false}>
      <ProjectorView model={model} />
    </Root>,
  );
  const root = screen.getByTestId('projector');
  const clock = root.querySelector('[role="timer"]');
  const badges = [...root.querySelectorAll('[data-badge]')].map((b) => b.getAttribute('data-badge'));
  return { model, root, phase: root.getAttribute('data-phase'), clock: clock?.getAttribute('data-text') ?? null, badges };
}

const started = T0 + MIN; // item a runs from here: 8:00 allowed, 5 min declared

describe('projector phases at chosen instants', () => {
  it('normal: the speaker, unit, item, next speaker and 8:00 for the whole first second', () => {
    const v = show(runningA(), started + 999);
    expect(v.phase).toBe('running');
    expect(v.clock).toBe('8:00');
    expect(v.badges).toEqual([]);
    expect(screen.getByTestId('pj-person').textContent).toContain('陈华');
    expect(screen.getByTestId('pj-person').textContent).toContain('县发改局');
    expect(v.root.textContent).toContain('会议发言');
    expect(v.root.textContent).toContain('重点项目签约落地情况');
    expect(screen.getByTestId('pj-next').textContent).toContain('刘芳');
    expect(screen.getByTestId('pj-meeting').textContent).toContain('会议剩余');
  });

  it('counts down: 7:59 after one second, 1:01 is still normal, the last minute is the warning', () => {
    expect(show(runningA(), started + 1000).clock).toBe('7:59');
    cleanup();
    const normal = show(runningA(), started + 7 * MIN - SEC);
    expect([normal.phase, normal.clock]).toEqual(['running', '1:01']);
    cleanup();
    const warning = show(runningA(), started + 7 * MIN);
    expect([warning.phase, warning.clock, warning.badges]).toEqual(['warning', '1:00', ['warning']]);
    expect(warning.root.textContent).toContain('最后 1 分钟');
  });

  it('time up: flashes once, then counts overtime up as +m:ss in red with 超时', () => {
    const atTimeUp = show(runningA(), started + 8 * MIN);
    expect(atTimeUp.phase).toBe('overtime');
    expect(atTimeUp.clock).toBe('+0:00');
    expect(atTimeUp.badges).toEqual(['overtime']);
    expect(screen.getByTestId('pj-flash')).toBeTruthy();
    expect(atTimeUp.root.textContent).toContain('超时');
    cleanup();
    const later = show(runningA(), started + 8 * MIN + 5 * SEC);
    expect(later.clock).toBe('+0:05');
    expect(screen.queryByTestId('pj-flash')).toBeNull();
  });

  it('extension: its own phase and a 延时 badge once the base 8 minutes are used', () => {
    const extended = sessionAfter([
      [{ type: 'start-meeting' }, T0],
      [{ type: 'start-item' }, started],
      [{ type: 'grant-extension' }, started + 7 * MIN],
    ]);
    const before = show(extended, started + 7 * MIN + 30 * SEC);
    expect(before.phase).toBe('running');
    expect(before.clock).toBe('5:30');
    expect(before.badges).toEqual(['extended']);
    cleanup();
    const inExtension = show(extended, started + 9 * MIN);
    expect(inExtension.phase).toBe('extended');
    expect(inExtension.clock).toBe('4:00');
    expect(inExtension.badges).toEqual(['extended']);
    expect(inExtension.root.textContent).toContain('延时');
    cleanup();
    const lastMinute = show(extended, started + 12 * MIN + 30 * SEC);
    expect([lastMinute.phase, lastMinute.clock]).toEqual(['warning', '0:30']);
    expect(lastMinute.badges).toEqual(['extended', 'warning']);
  });

  it('paused: grey digits that stand still, with 暂停', () => {
    const paused = sessionAfter([
      [{ type: 'start-meeting' }, T0],
      [{ type: 'start-item' }, started],
      [{ type: 'pause-item' }, started + 90 * SEC],
    ]);
    const a = show(paused, started + 5 * MIN);
    expect([a.phase, a.clock, a.badges]).toEqual(['paused', '6:30', ['paused']]);
    expect(a.model.nextChangeAt).not.toBeNull(); // the meeting clock still moves
    expect(a.model.progress?.running).toBe(false);
  });

  it('blackout: a black screen with nothing on it', () => {
    const dark = sessionAfter([
      [{ type: 'start-meeting' }, T0],
      [{ type: 'start-item' }, started],
      [{ type: 'blackout', on: true }, started + SEC],
    ]);
    const v = show(dark, started + 2 * SEC);
    expect(v.phase).toBe('blackout');
    expect(v.root.textContent).toBe('');
    expect(v.clock).toBeNull();
  });

  it("chair's message: large, with the clock still running below", () => {
    const msg = sessionAfter([
      [{ type: 'start-meeting' }, T0],
      [{ type: 'start-item' }, started],
      [{ type: 'message', preset: 'wrap-up' }, started + 7 * MIN + 30 * SEC],
    ]);
    const v = show(msg, started + 7 * MIN + 40 * SEC);
    expect(screen.getByTestId('pj-message').textContent).toBe('请结束发言');
    expect(v.clock).toBe('0:20');
    cleanup();
    show(msg, started + 7 * MIN + 40 * SEC, 'en');
    expect(screen.getByTestId('pj-message').textContent).toBe('Please conclude your remarks');
  });

  it('before the start, between speakers and after the end', () => {
    const notStarted = show(sessionAfter([]), T0 - MIN);
    expect(notStarted.phase).toBe('not-started');
    expect(screen.getByTestId('pj-headline').textContent).toBe('全县经济工作推进会会议即将开始 · 09:00 开始');
    expect(screen.getByTestId('pj-next').textContent).toContain('陈华');
    cleanup();
    const between = show(
      sessionAfter([
        [{ type: 'start-meeting' }, T0],
        [{ type: 'start-item' }, started],
        [{ type: 'finish-item' }, started + 5 * MIN],
      ]),
      started + 6 * MIN,
    );
    expect(between.phase).toBe('between');
    expect(between.clock).toBe('8:00'); // the time the next speaker will have
    expect(screen.getByTestId('pj-headline').textContent).toContain('刘芳');
    cleanup();
    const ended = show(sessionAfter([[{ type: 'start-meeting' }, T0], [{ type: 'end-meeting' }, T0 + MIN]]), T0 + 2 * MIN);
    expect(ended.phase).toBe('ended');
    expect(ended.root.textContent).toContain('会议结束');
  });

  it('speaks English when asked', () => {
    const v = show(runningA(), started + 8 * MIN + 5 * SEC, 'en');
    expect(v.root.textContent).toContain('Over time');
    expect(v.root.textContent).toContain('Speech');
    expect(v.root.textContent).toContain('Meeting time left');
  });

  it('no meeting loaded: the name of the app, no clock', () => {
    const v = show(null, T0);
    expect(v.phase).toBe('no-meeting');
    expect(v.clock).toBeNull();
  });
});

describe('digits do not shift', () => {
  it('every glyph sits in a fixed-width cell: 1:11 is as wide as 8:88, +1:11 as +0:00', () => {
    expect(clockWidthEm('1:11')).toBe(clockWidthEm('8:88'));
    expect(clockWidthEm('+1:11')).toBe(clockWidthEm('+0:00'));
    const { root } = show(runningA(), started + 1000);
    const cells = within(root).getByRole('timer').querySelectorAll('.cell');
    expect([...cells].map((c) => c.className)).toEqual(['cell', 'cell cell-colon', 'cell', 'cell']);
  });
});

describe('repaint schedule', () => {
  it('the next repaint is at the next second boundary of the shown clock', () => {
    const m = projectorModel(snapshot(runningA()), started + 200, 'zh-CN');
    expect(m.clockText).toBe('8:00');
    expect(m.nextChangeAt).toBe(started + 1000);
  });

  it('the bar is set once per state: its key stays the same second after second', () => {
    const a = projectorModel(snapshot(runningA()), started + 1000, 'zh-CN');
    const b = projectorModel(snapshot(runningA()), started + 61_000, 'zh-CN');
    expect(a.progress?.key).toBe(b.progress?.key);
    expect(a.progress?.durationMs).toBe(7 * MIN + 59 * SEC);
    expect(a.progress?.running).toBe(true);
  });
});
