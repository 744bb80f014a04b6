import { describe, expect, it } from 'vitest';
import type { DisplayLike, ScreenState } from '../../electron/main/display-choice';
import {
  INITIAL_PLACEMENT,
  nextPlacement,
  type PlacementAction,
  type PlacementEvent,
  type PlacementState,
} from '../../electron/main/projector-placement';
import { laptop, projector, secondProjector } from './fakes';

/** Runs a sequence of (event, screen after it) and collects the actions, notices shortened to codes. */
function run(start: PlacementState, steps: [PlacementEvent, DisplayLike[]][], primaryId = 1) {
  let state = start;
  const log: string[][] = [];
  for (const [event, displays] of steps) {
    const screen: ScreenState = { displays, primaryId };
    const step = nextPlacement(state, event, screen);
    state = step.state;
    log.push(step.actions.map(short));
  }
  return { state, log };
}

function short(a: PlacementAction): string {
  switch (a.type) {
    case 'show-fullscreen':
    case 'move':
      return `${a.type}@${a.displayId}`;
    case 'notify':
      return `notify:${a.notice.code}`;
    case 'remember':
      return `remember@${a.display.id}`;
    default:
      return a.type;
  }
}

const both = [laptop(), projector()];
const alone = [laptop()];

describe('projector placement: opening', () => {
  it('opens full screen on the projector at start-up', () => {
    const { state, log } = run(INITIAL_PLACEMENT, [[{ type: 'open', fallback: 'wait' }, both]]);
    expect(log).toEqual([['show-fullscreen@2', 'notify:projector-shown']]);
    expect(state.placement).toEqual({ kind: 'fullscreen', displayId: 2, label: 'EPSON PJ' });
  });

  it('at start-up without a projector opens nothing on the chair screen and waits', () => {
    const { state, log } = run(INITIAL_PLACEMENT, [[{ type: 'open', fallback: 'wait' }, alone]]);
    expect(log).toEqual([['notify:projector-waiting']]);
    expect(state.placement).toEqual({ kind: 'hidden', waitingFor: null });
  });

  it('asked by the chair without a projector opens the windowed preview', () => {
    const { state, log } = run(INITIAL_PLACEMENT, [[{ type: 'open', fallback: 'preview' }, alone]]);
    expect(log).toEqual([['show-preview', 'notify:projector-preview']]);
    expect(state).toMatchObject({ mode: 'auto', placement: { kind: 'preview' } });
  });

  it('the explicit preview stays a preview when a projector is plugged in', () => {
    const { state, log } = run(INITIAL_PLACEMENT, [
      [{ type: 'open-preview' }, both],
      [{ type: 'display-added', display: secondProjector() }, [...both, secondProjector()]],
    ]);
    expect(log).toEqual([['show-preview'], ['notify:display-added']]);
    expect(state.placement).toEqual({ kind: 'preview' });
  });

  it('closing hides the window and stops following displays', () => {
    const { state, log } = run(INITIAL_PLACEMENT, [
      [{ type: 'open', fallback: 'wait' }, both],
      [{ type: 'close' }, both],
      [{ type: 'display-removed', display: projector() }, alone],
      [{ type: 'display-added', display: projector() }, both],
    ]);
    expect(log).toEqual([['show-fullscreen@2', 'notify:projector-shown'], ['hide'], [], ['notify:display-added']]);
    expect(state).toMatchObject({ mode: 'off', placement: { kind: 'off' } });
  });

  it('choosing a display remembers it and moves the view there', () => {
    const three = [laptop(), projector(), secondProjector()];
    const { state, log } = run(INITIAL_PLACEMENT, [
      [{ type: 'open', fallback: 'wait' }, three],
      [{ type: 'choose', displayId: 3 }, three],
      [{ type: 'choose', displayId: 3 }, three],
    ]);
    expect(log).toEqual([['show-fullscreen@2', 'notify:projector-shown'], ['remember@3', 'move@3', 'notify:projector-shown'], []]);
    expect(state.preferred).toEqual({ id: 3, label: 'BenQ PJ' });
  });

  it('choosing an unknown display changes nothing', () => {
    const { state, log } = run(INITIAL_PLACEMENT, [[{ type: 'choose', displayId: 99 }, both]]);
    expect(log).toEqual([[]]);
    expect(state).toEqual(INITIAL_PLACEMENT);
  });
});

describe('projector placement: hot-plug', () => {
  const open: [PlacementEvent, DisplayLike[]] = [{ type: 'open', fallback: 'wait' }, both];

  it('HDMI pulled: hides (never lands on the chair screen) and tells the console; plugged back: returns', () => {
    const { state, log } = run(INITIAL_PLACEMENT, [
      open,
      [{ type: 'display-removed', display: projector() }, alone],
      [{ type: 'display-added', display: projector() }, both],
    ]);
    expect(log).toEqual([
      ['show-fullscreen@2', 'notify:projector-shown'],
      ['hide', 'notify:projector-display-removed'],
      ['show-fullscreen@2', 'notify:projector-display-returned'],
    ]);
    expect(state.placement).toEqual({ kind: 'fullscreen', displayId: 2, label: 'EPSON PJ' });
  });

  it('the cable comes back on another port (new id, same label): still recognised', () => {
    const back = projector({ id: 42 });
    const { log } = run(INITIAL_PLACEMENT, [
      open,
      [{ type: 'display-removed', display: projector() }, alone],
      [{ type: 'display-added', display: back }, [laptop(), back]],
    ]);
    expect(log[2]).toEqual(['show-fullscreen@42', 'notify:projector-display-returned']);
  });

  it('with two projectors, losing one hides the view instead of jumping to the other', () => {
    const three = [laptop(), projector(), secondProjector()];
    const { state, log } = run(INITIAL_PLACEMENT, [
      [{ type: 'open', fallback: 'wait' }, three],
      [{ type: 'display-removed', display: projector() }, [laptop(), secondProjector()]],
    ]);
    expect(log[1]).toEqual(['hide', 'notify:projector-display-removed']);
    expect(state.placement).toMatchObject({ kind: 'hidden', waitingFor: { id: 2 } });
  });

  it('unplugging a display the view is not on changes nothing', () => {
    const three = [laptop(), projector(), secondProjector()];
    const { log } = run(INITIAL_PLACEMENT, [
      [{ type: 'open', fallback: 'wait' }, three],
      [{ type: 'display-removed', display: secondProjector() }, both],
    ]);
    expect(log[1]).toEqual([]);
  });

  it('waiting at start-up, a projector plugged in: the countdown goes full screen by itself', () => {
    const { log } = run(INITIAL_PLACEMENT, [
      [{ type: 'open', fallback: 'wait' }, alone],
      [{ type: 'display-added', display: projector() }, both],
    ]);
    expect(log[1]).toEqual(['show-fullscreen@2', 'notify:projector-shown']);
  });

  it('leaves the fallback preview for the projector once one is plugged in', () => {
    const { state, log } = run(INITIAL_PLACEMENT, [
      [{ type: 'open', fallback: 'preview' }, alone],
      [{ type: 'display-added', display: projector() }, both],
    ]);
    expect(log[1]).toEqual(['show-fullscreen@2', 'notify:projector-shown']);
    expect(state.placement.kind).toBe('fullscreen');
  });

  it('a remembered projector that is missing does not block another one; when it returns, the view moves back', () => {
    const start: PlacementState = { ...INITIAL_PLACEMENT, preferred: { id: 3, label: 'BenQ PJ' } };
    const { log } = run(start, [
      [{ type: 'open', fallback: 'wait' }, both],
      [{ type: 'display-added', display: secondProjector() }, [...both, secondProjector()]],
    ]);
    expect(log).toEqual([
      ['show-fullscreen@2', 'notify:projector-shown'],
      ['move@3', 'notify:projector-display-returned'],
    ]);
  });

  it('a new display while projecting is announced, not used', () => {
    const { log } = run(INITIAL_PLACEMENT, [open, [{ type: 'display-added', display: secondProjector() }, [...both, secondProjector()]]]);
    expect(log[1]).toEqual(['notify:display-added']);
  });

  it('laptop lid closed (the projector is the only screen left): hides; lid opened: returns', () => {
    const { state, log } = run(INITIAL_PLACEMENT, [
      open,
      [{ type: 'display-removed', display: laptop() }, [projector()]],
      [{ type: 'display-added', display: laptop() }, both],
    ]);
    expect(log[1]).toEqual(['hide', 'notify:projector-only-one-display']);
    expect(log[2]).toEqual(['show-fullscreen@2', 'notify:projector-display-returned']);
    expect(state.placement.kind).toBe('fullscreen');
  });

  it('resolution change on the projector: refits; a work-area change alone does nothing', () => {
    const bigger = projector({ bounds: { x: 1440, y: 0, width: 3840, height: 2160 } });
    const { log } = run(INITIAL_PLACEMENT, [
      open,
      [{ type: 'display-metrics-changed', display: bigger, changedMetrics: ['bounds', 'workArea'] }, [laptop(), bigger]],
      [{ type: 'display-metrics-changed', display: bigger, changedMetrics: ['workArea'] }, [laptop(), bigger]],
      [{ type: 'display-metrics-changed', display: laptop(), changedMetrics: ['bounds'] }, [laptop(), bigger]],
    ]);
    expect(log.slice(1)).toEqual([['move@2', 'notify:projector-display-changed'], [], []]);
  });

  it('a long random-ish plug/unplug sequence never shows the view on the only display', () => {
    let state = INITIAL_PLACEMENT;
    const sequence: [PlacementEvent, DisplayLike[]][] = [
      open,
      [{ type: 'display-removed', display: projector() }, alone],
      [{ type: 'display-added', display: secondProjector() }, [laptop(), secondProjector()]],
      [{ type: 'display-removed', display: laptop() }, [secondProjector()]],
      [{ type: 'display-added', display: projector() }, [secondProjector(), projector()]],
      [{ type: 'display-removed', display: secondProjector() }, [projector()]],
      [{ type: 'display-added', display: laptop() }, [projector(), laptop()]],
    ];
    for (const [event, displays] of sequence) {
      const step = nextPlacement(state, event, { displays, primaryId: displays[0]!.id });
      state = step.state;
      if (displays.length < 2) {
        expect(state.placement.kind).not.toBe('fullscreen');
        expect(step.actions.some((a) => a.type === 'show-fullscreen' || a.type === 'move')).toBe(false);
      }
    }
  });
});

describe('notices', () => {
  it('name the display in both languages', () => {
    const step = nextPlacement(
      { mode: 'auto', preferred: null, placement: { kind: 'fullscreen', displayId: 2, label: 'EPSON PJ' } },
      { type: 'display-removed', display: projector() },
      { displays: alone, primaryId: 1 },
    );
    const notice = step.actions.find((a) => a.type === 'notify');
    expect(notice).toMatchObject({
      notice: {
        code: 'projector-display-removed',
        severity: 'warning',
        params: { label: 'EPSON PJ' },
        message: {
          'zh-CN': '投影屏“EPSON PJ”已断开，投影画面已隐藏；重新接上后会自动恢复。',
          en: expect.stringContaining('“EPSON PJ” was disconnected'),
        },
      },
    });
  });
});
