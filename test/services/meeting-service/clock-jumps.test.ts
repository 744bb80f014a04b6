import { describe, expect, it } from 'vitest';
import { display } from '../../../electron/core/engine';
import { currentItem, harness, machineClocks, meetingInput, MINUTE } from './helpers';

const startSpeech = async (h: ReturnType<typeof harness>) => {
  await h.ok({ type: 'load-meeting', meetingId: 'm1' });
  await h.ok({ type: 'start-meeting' });
  const s = await h.ok({ type: 'start-item', index: 1 });
  return currentItem(s)!;
};

describe('the wall clock jumps during a speech', () => {
  it.each([
    ['set back an hour', -3_600_000],
    ['set forward an hour', 3_600_000],
    ['stepped back 1.5 s by NTP', -1500],
  ])('%s: time left, deadlines and the timer are unchanged', async (_name, jump) => {
    // Linux: the suspend-aware clock tells a wall jump from a suspend.
    const h = harness({ clocks: machineClocks(undefined, { suspendAware: true }), meetings: [meetingInput()] });
    const item = await startSpeech(h);
    h.clocks.pass(2 * MINUTE);
    const left = display(h.service.snapshot().engine!, h.service.now()).current!.text;
    expect(left).toBe('6:00');

    h.clocks.setWall(jump);
    expect(display(h.service.snapshot().engine!, h.service.now()).current!.text).toBe(left);
    const s = await h.ok({ type: 'message', preset: 'hurry' }); // any command after the jump
    expect(currentItem(s)!.deadline).toBe(item.deadline);
    expect(s.engine!.message!.at).toBe(item.runningSince! + 2 * MINUTE);
    // Re-armed after the command: still the warning, 5 minutes of real time from now.
    expect(h.timers.only()[1].ms).toBe(5 * MINUTE);
    h.clocks.pass(5 * MINUTE);
    h.timers.fire();
    expect(h.service.sessionLog()!.events.at(-1)).toMatchObject({ type: 'item-warning', at: item.warningAt });
  });

  it('a wall clock set back never makes the engine see time run backward (headless heuristic too)', async () => {
    const h = harness({ meetings: [meetingInput()] });
    const item = await startSpeech(h);
    h.clocks.pass(MINUTE);
    h.clocks.setWall(-86_400_000);
    const s = await h.ok({ type: 'pause-item' });
    expect(currentItem(s)!.elapsedBeforeMs).toBe(MINUTE);
    expect(currentItem(s)!.pausedAt).toBe(item.runningSince! + MINUTE);
  });
});

describe('the laptop sleeps during a speech', () => {
  it.each([
    ['Electron signals resume', true, true],
    ['headless, found by the wall clock gap', false, false],
  ])('%s: the sleep counts as time that passed; phase changes are logged at their instants at once', async (_name, aware, signal) => {
    const h = harness({ clocks: machineClocks(undefined, { suspendAware: aware }), meetings: [meetingInput()] });
    const item = await startSpeech(h);
    expect(h.timers.only()[1].ms).toBe(7 * MINUTE); // to the warning
    h.clocks.pass(MINUTE);

    // Lid closed for 10 minutes: the monotonic clock stands still, so would the timer.
    h.clocks.suspend(10 * MINUTE);
    if (signal) h.clocks.clock.onResume();
    else h.service.now(); // headless: the first reading after waking (a screen's clock sync, say)
    // The service re-arms at once instead of waiting out the stale timer.
    expect(h.timers.only()[1].ms).toBe(0);
    h.timers.fire();
    const log = h.service.sessionLog()!.events;
    expect(log.slice(-2)).toMatchObject([
      { type: 'item-warning', at: item.warningAt },
      { type: 'item-time-up', at: item.deadline },
    ]);
    expect(display(h.service.snapshot().engine!, h.service.now()).current).toMatchObject({ phase: 'overtime', text: '+3:00' });
    expect(h.service.now()).toBe(item.runningSince! + 11 * MINUTE);
    // Back to sleeping until the next change (the meeting clock's first stage).
    const s = h.service.snapshot().engine!;
    expect(h.timers.only()[1].ms).toBe(s.meeting.stageAt[0]! - h.service.now());
  });
});
