import { describe, expect, it } from 'vitest';
import { display } from '../../../electron/core/engine';
import { currentItem, harness, machineClocks, meetingInput, MINUTE } from './helpers';

describe('restart: a new service on the same file', () => {
  it('resumes the meeting in progress with the very same deadlines, and re-arms its timer', async () => {
    const first = harness({ meetings: [meetingInput()] });
    await first.ok({ type: 'load-meeting', meetingId: 'm1' });
    await first.ok({ type: 'start-meeting' });
    first.clocks.pass(2 * MINUTE);
    const running = await first.ok({ type: 'start-item', index: 1 });
    first.clocks.pass(3 * MINUTE + 250);
    const before = first.service.snapshot();
    const logBefore = first.service.sessionLog()!;
    // The process dies here: no close(), nothing flushed on the way out.

    const second = harness({ file: first.file, clocks: first.clocks });
    const after = second.service.snapshot();
    expect(after.meetingId).toBe('m1');
    expect(after.engine).toEqual(before.engine);
    expect(currentItem(after)!.deadline).toBe(currentItem(running)!.deadline);
    expect(second.service.sessionLog()).toEqual(logBefore);
    const now = second.service.now();
    expect(display(after.engine!, now).current).toMatchObject({ text: '5:00', remainingSeconds: 300, phase: 'running' });
    // The one timer sleeps until the speaker's warning, as before.
    expect(second.timers.delays()).toEqual([currentItem(after)!.warningAt! - now]);
    expect(second.logs.find((l) => l.event === 'recovered')).toBeTruthy();
    expect(second.logs.filter((l) => l.event === 'replay-issues')).toEqual([]);

    // And goes on: commands continue the same log.
    const next = await second.ok({ type: 'finish-item' });
    expect(next.engine!.seq).toBe(logBefore.events.length + 1);
  });

  it('logs what fell due while the program was down, each at its own instant', async () => {
    const first = harness({ meetings: [meetingInput()] });
    await first.ok({ type: 'load-meeting', meetingId: 'm1' });
    await first.ok({ type: 'start-meeting' });
    const s = await first.ok({ type: 'start-item', index: 1 });
    const item = currentItem(s)!;
    first.clocks.pass(9 * MINUTE); // down for 9 minutes: warning (7:00) and time-up (8:00) passed

    const second = harness({ file: first.file, clocks: first.clocks });
    const events = second.service.sessionLog()!.events;
    expect(events.slice(-2)).toEqual([
      { seq: events.length - 1, at: item.warningAt, type: 'item-warning', itemId: 's1' },
      { seq: events.length, at: item.deadline, type: 'item-time-up', itemId: 's1' },
    ]);
    expect(second.store.loadEvents(second.service.sessionLog()!.sessionId)).toEqual(events);
    expect(display(second.service.snapshot().engine!, second.service.now()).current).toMatchObject({
      phase: 'overtime',
      text: '+1:00',
    });
    expect(second.logs.find((l) => l.event === 'caught-up')).toBeTruthy();
  });

  it('closes the record of a meeting that had ended, and leaves one not yet started for load-meeting', async () => {
    const first = harness({ meetings: [meetingInput('m1'), meetingInput('m2', { start: '2026-04-08T10:00' })] });
    await first.ok({ type: 'load-meeting', meetingId: 'm1' });
    await first.ok({ type: 'start-meeting' });
    await first.ok({ type: 'end-meeting' });
    const endedId = first.service.sessionLog()!.sessionId;
    first.clocks.pass(MINUTE);

    const second = harness({ file: first.file, clocks: first.clocks });
    expect(second.service.snapshot()).toMatchObject({ meetingId: null, engine: null });
    expect(second.store.getSession(endedId)!.endedAt).not.toBeNull();
    await second.ok({ type: 'load-meeting', meetingId: 'm2' });
    await second.ok({ type: 'start-meeting' });
    second.clocks.pass(1000);
    await second.ok({ type: 'undo' }); // back to not started, but the session exists
    const undoneId = second.service.sessionLog()!.sessionId;

    const third = harness({ file: first.file, clocks: first.clocks });
    expect(third.service.snapshot().meetingId).toBeNull();
    const reopened = await third.ok({ type: 'load-meeting', meetingId: 'm2' });
    expect(third.service.sessionLog()!.sessionId).toBe(undoneId);
    expect(reopened.engine!.meeting.status).toBe('not-started');
  });

  it('of two meetings left running, puts the most recently active one back on the screens', async () => {
    const clocks = machineClocks();
    const first = harness({ clocks, meetings: [meetingInput('m1'), meetingInput('m2', { kind: 'plenary' })] });
    await first.ok({ type: 'load-meeting', meetingId: 'm1' });
    await first.ok({ type: 'start-meeting' });
    first.service.close();
    // A second process (say, after a crash that left m1 running) started m2.
    const other = harness({ file: first.file, clocks });
    expect(other.service.snapshot().meetingId).toBe('m1');
    other.service.close();
    const store = other.store;
    const m2 = store.createSession({ meetingId: 'm2', startedAt: clocks.wall() });
    clocks.pass(MINUTE);
    store.appendEvents(m2.id, [{ seq: 1, at: clocks.wall(), type: 'command', command: { type: 'start-meeting' } }]);

    const third = harness({ file: first.file, clocks });
    expect(third.service.snapshot().meetingId).toBe('m2');
    expect(third.service.snapshot().engine!.meeting.startedAt).toBe(clocks.wall());
  });
});
