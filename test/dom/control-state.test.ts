import { describe, expect, it } from 'vitest';
import { snapshot } from '../../electron/core/engine';
import { controlStates, extensionCheck, missingApprovals } from '../../renderer/src/console/control-state';
import { MIN, SEC, T0, meeting, runningA, sessionAfter } from './fixtures';

const snap = snapshot;

describe('what the console allows, and why not', () => {
  it('before the start: only start, message and blackout', () => {
    const c = controlStates(snap(sessionAfter([])), T0);
    expect(c.primary).toMatchObject({ enabled: true, label: 'startMeeting' });
    expect(c.next).toMatchObject({ enabled: false, why: 'notStarted' });
    expect(c.extend).toMatchObject({ enabled: false, why: 'notStarted' });
    expect(c['end-meeting'].enabled).toBe(false);
    expect(c.blackout.enabled).toBe(true);
    expect(c.undo).toMatchObject({ enabled: false, why: 'nothingToUndo' });
  });

  it('extension: allowed for a declared speech, with its minutes', () => {
    const c = controlStates(snap(runningA()), T0 + 2 * MIN);
    expect(c.extend).toMatchObject({ enabled: true, label: 'extendMinutes', params: { minutes: 5 } });
    expect(c.primary).toMatchObject({ enabled: true, label: 'pause', command: { type: 'pause-item' } });
  });

  it('extension refused: 未事先申明 for an undeclared speaker, 已延时一次 after the one extension', () => {
    const onB = sessionAfter([
      [{ type: 'start-meeting' }, T0],
      [{ type: 'start-item', index: 1 }, T0 + MIN],
    ]);
    expect(extensionCheck(snap(onB))).toEqual({ enabled: false, why: 'notDeclared' });
    const extended = sessionAfter([
      [{ type: 'start-meeting' }, T0],
      [{ type: 'start-item' }, T0 + MIN],
      [{ type: 'grant-extension' }, T0 + 2 * MIN],
    ]);
    expect(extensionCheck(snap(extended))).toEqual({ enabled: false, why: 'alreadyExtended' });
    const remarks = sessionAfter([
      [{ type: 'start-meeting' }, T0],
      [{ type: 'start-item', index: 2 }, T0 + MIN],
    ]);
    expect(extensionCheck(snap(remarks))).toEqual({ enabled: false, why: 'kindNotAllowed' });
    expect(extensionCheck(snap(sessionAfter([[{ type: 'start-meeting' }, T0]])))).toEqual({ enabled: false, why: 'noCurrent' });
  });

  it('undo: enabled within its window, then greyed out', () => {
    const s = sessionAfter([[{ type: 'start-meeting' }, T0]]);
    expect(controlStates(snap(s), T0 + 3 * SEC).undo).toMatchObject({ enabled: true, label: 'undo', params: { what: 'start-meeting', seconds: 7 } });
    expect(controlStates(snap(s), T0 + 11 * SEC).undo).toMatchObject({ enabled: false, why: 'undoExpired' });
  });

  it('pause → resume; no pending items left → start is greyed out', () => {
    const paused = sessionAfter([
      [{ type: 'start-meeting' }, T0],
      [{ type: 'start-item' }, T0 + MIN],
      [{ type: 'pause-item' }, T0 + 2 * MIN],
    ]);
    expect(controlStates(snap(paused), T0 + 3 * MIN).primary).toMatchObject({ label: 'resume', command: { type: 'resume-item' } });
    const allDone = sessionAfter([
      [{ type: 'start-meeting' }, T0],
      [{ type: 'skip-item', index: 0 }, T0 + SEC],
      [{ type: 'skip-item', index: 1 }, T0 + 2 * SEC],
      [{ type: 'skip-item', index: 2 }, T0 + 3 * SEC],
    ]);
    const c = controlStates(snap(allDone), T0 + MIN);
    expect(c.primary).toMatchObject({ enabled: false, why: 'noPending' });
    expect(c.next).toMatchObject({ enabled: false, why: 'noPending' });
  });

  it('approvals: a county-wide meeting without both approvals lacks them; others need none', () => {
    const countyWide = sessionAfter([], meeting({ countyWide: true, approvals: [{ role: 'party-secretary', name: '王', approvedAt: '2026-04-10T10:00' }] }));
    expect(missingApprovals(snap(countyWide), T0)).toEqual(['county-head']);
    expect(missingApprovals(snap(sessionAfter([])), T0)).toEqual([]);
  });
});
