import { describe, expect, it } from 'vitest';
import { chooseProjectorDisplay, displayName, toDisplayInfo } from '../../electron/main/display-choice';
import { laptop, projector, secondProjector } from './fakes';

describe('chooseProjectorDisplay', () => {
  it('picks the external display, never the internal one the console is on', () => {
    const choice = chooseProjectorDisplay({ displays: [laptop(), projector()], primaryId: 1 }, null);
    expect(choice).toMatchObject({ kind: 'display', display: { id: 2 }, reason: 'first-external' });
  });

  it('picks the external display even when the OS lists it first', () => {
    const choice = chooseProjectorDisplay({ displays: [projector(), laptop()], primaryId: 1 }, null);
    expect(choice).toMatchObject({ kind: 'display', display: { id: 2 } });
  });

  it('falls back to a windowed preview with a single display', () => {
    expect(chooseProjectorDisplay({ displays: [laptop()], primaryId: 1 }, null)).toEqual({ kind: 'preview', reason: 'single-display' });
    // Even a remembered display is not used when it is the only screen (it would cover the console).
    expect(chooseProjectorDisplay({ displays: [projector()], primaryId: 2 }, { id: 2, label: 'EPSON PJ' })).toMatchObject({
      kind: 'preview',
    });
  });

  it('uses the remembered display by id', () => {
    const screen = { displays: [laptop(), projector(), secondProjector()], primaryId: 1 };
    expect(chooseProjectorDisplay(screen, { id: 3, label: 'BenQ PJ' })).toMatchObject({ display: { id: 3 }, reason: 'remembered' });
  });

  it('finds the remembered display by label when its id changed', () => {
    const screen = { displays: [laptop(), projector({ id: 77 })], primaryId: 1 };
    expect(chooseProjectorDisplay(screen, { id: 2, label: 'EPSON PJ' })).toMatchObject({
      display: { id: 77 },
      reason: 'remembered-label',
    });
  });

  it('ignores a label shared by two displays (cannot tell which one)', () => {
    const screen = { displays: [laptop(), projector({ id: 5 }), projector({ id: 6 })], primaryId: 1 };
    expect(chooseProjectorDisplay(screen, { id: 2, label: 'EPSON PJ' })).toMatchObject({ display: { id: 5 }, reason: 'first-external' });
  });

  it('falls back to the first external display when the remembered one is missing', () => {
    const screen = { displays: [laptop(), secondProjector()], primaryId: 1 };
    expect(chooseProjectorDisplay(screen, { id: 2, label: 'EPSON PJ' })).toMatchObject({ display: { id: 3 }, reason: 'first-external' });
  });

  it('with two projectors takes the first external one, or the remembered one', () => {
    const screen = { displays: [laptop(), projector(), secondProjector()], primaryId: 1 };
    expect(chooseProjectorDisplay(screen, null)).toMatchObject({ display: { id: 2 } });
    expect(chooseProjectorDisplay(screen, { id: 3, label: 'BenQ PJ' })).toMatchObject({ display: { id: 3 } });
  });

  it('avoids the display the console is on, when known', () => {
    const screen = { displays: [laptop(), projector(), secondProjector()], primaryId: 1, consoleDisplayId: 2 };
    expect(chooseProjectorDisplay(screen, null)).toMatchObject({ display: { id: 3 } });
  });

  it('takes a non-primary display when the driver reports every display as internal', () => {
    const screen = { displays: [laptop(), projector({ internal: true })], primaryId: 1 };
    expect(chooseProjectorDisplay(screen, null)).toMatchObject({ display: { id: 2 } });
  });

  it('desktop PC with two monitors and a projector made primary: projects on the other one', () => {
    const screen = { displays: [laptop({ internal: false, id: 10, label: 'Dell' }), projector()], primaryId: 2 };
    expect(chooseProjectorDisplay(screen, null)).toMatchObject({ display: { id: 10 } });
  });
});

describe('display names', () => {
  it('uses a positional name when the OS gives no label', () => {
    const displays = [laptop(), projector({ label: '' })];
    expect(displayName(displays[1]!, displays)).toBe('显示器 2 / Display 2');
    expect(toDisplayInfo({ displays, primaryId: 1 })).toEqual([
      { id: 1, label: 'Built-in Retina Display', internal: true, primary: true, bounds: laptop().bounds, scaleFactor: 2 },
      { id: 2, label: '显示器 2 / Display 2', internal: false, primary: false, bounds: projector().bounds, scaleFactor: 1 },
    ]);
  });
});
