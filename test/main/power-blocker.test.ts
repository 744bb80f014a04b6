import { describe, expect, it } from 'vitest';
import type { LiveSnapshot } from '../../electron/services/meeting-service/meeting-service-api';
import { isMeetingInSession } from '../../electron/main/meeting-activity';
import { createSleepBlocker, type PowerSaveBlockerLike } from '../../electron/main/power-blocker';

function fakeBlocker() {
  const active = new Set<number>();
  const log: string[] = [];
  let next = 1;
  const blocker: PowerSaveBlockerLike = {
    start(type) {
      const id = next++;
      active.add(id);
      log.push(`start ${type} → ${id}`);
      return id;
    },
    stop(id) {
      log.push(`stop ${id}`);
      return active.delete(id);
    },
    isStarted: (id) => active.has(id),
  };
  return { blocker, active, log };
}

// Only the field the shell reads; the rest of the engine snapshot does not matter here.
const snapshot = (status: string | null): LiveSnapshot => ({
  version: 1,
  at: 0,
  meetingId: status ? 'm1' : null,
  engine: status ? ({ meeting: { status } } as unknown as LiveSnapshot['engine']) : null,
});

describe('sleep blocker', () => {
  it('prevents display sleep only while the meeting runs', () => {
    const { blocker, active, log } = fakeBlocker();
    const sleep = createSleepBlocker(blocker);
    expect(sleep.isActive()).toBe(false);
    sleep.setMeetingRunning(true);
    expect(sleep.isActive()).toBe(true);
    expect(active.size).toBe(1);
    sleep.setMeetingRunning(false);
    expect(sleep.isActive()).toBe(false);
    expect(active.size).toBe(0);
    expect(log).toEqual(['start prevent-display-sleep → 1', 'stop 1']);
  });

  it('is idempotent: a burst of "running" snapshots holds one blocker; repeated stops are harmless', () => {
    const { blocker, active, log } = fakeBlocker();
    const sleep = createSleepBlocker(blocker);
    for (let i = 0; i < 5; i++) sleep.setMeetingRunning(true);
    expect(active.size).toBe(1);
    sleep.stop();
    sleep.stop();
    sleep.setMeetingRunning(false);
    expect(log).toEqual(['start prevent-display-sleep → 1', 'stop 1']);
  });

  it('starts again for the next meeting', () => {
    const { blocker, active } = fakeBlocker();
    const sleep = createSleepBlocker(blocker);
    sleep.start();
    sleep.stop();
    sleep.start();
    expect([...active]).toEqual([2]);
  });

  it('follows the meeting through snapshots: running and recess keep the screens awake', () => {
    const { blocker } = fakeBlocker();
    const sleep = createSleepBlocker(blocker);
    const seen: boolean[] = [];
    for (const status of [null, 'not-started', 'running', 'recess', 'running', 'ended']) {
      sleep.setMeetingRunning(isMeetingInSession(snapshot(status)));
      seen.push(sleep.isActive());
    }
    expect(seen).toEqual([false, false, true, true, true, false]);
  });

  it('reads an unexpected engine shape as "not in session"', () => {
    const weird = (engine: unknown): LiveSnapshot => ({ version: 1, at: 0, meetingId: 'x', engine: engine as LiveSnapshot['engine'] });
    expect(isMeetingInSession(weird('weird'))).toBe(false);
    expect(isMeetingInSession(weird({ meeting: null }))).toBe(false);
    expect(isMeetingInSession(weird({}))).toBe(false);
    expect(isMeetingInSession(undefined)).toBe(false);
  });
});
