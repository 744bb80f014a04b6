import { describe, expect, it } from 'vitest';
import { display } from '../../../electron/core/engine';
import { currentItem, harness, meetingInput, MINUTE } from './helpers';

describe('a whole meeting through the service', () => {
  it('runs load → start → speeches with warning, time-up, extension → end → close, logging every step', async () => {
    const h = harness({ meetings: [meetingInput()] });
    const { service, clocks, timers } = h;

    expect(service.snapshot()).toMatchObject({ version: 0, meetingId: null, engine: null });
    let s = await h.ok({ type: 'load-meeting', meetingId: 'm1' });
    expect(s.meetingId).toBe('m1');
    expect(s.engine?.meeting.status).toBe('not-started');
    // Opening writes nothing: the session is created by the first accepted command.
    expect(h.store.listSessions('m1')).toEqual([]);
    expect(timers.count()).toBe(0);

    clocks.pass(5 * MINUTE); // 09:00
    s = await h.ok({ type: 'start-meeting' });
    const startedAt = s.engine!.meeting.startedAt!;
    expect(startedAt).toBe(service.now());
    // The meeting clock (2 h cap) has its first stage at 15 min left: the one timer sleeps until then.
    expect(timers.delays()).toEqual([105 * MINUTE]);

    await h.ok({ type: 'start-item' }); // the keynote, 20 min
    clocks.pass(19 * MINUTE);
    s = await h.ok({ type: 'next' }); // the speech, with 3 min declared
    expect(currentItem(s)).toMatchObject({ id: 's1', limitMs: 8 * MINUTE, declaredExtensionMs: 3 * MINUTE });
    s = await h.ok({ type: 'grant-extension' }); // before time-up
    expect(currentItem(s)!.deadline! - currentItem(s)!.runningSince!).toBe(11 * MINUTE);
    clocks.pass(10 * MINUTE);
    s = await h.ok({ type: 'add-speaker', name: '孙主任', unit: '县统计局' });
    await h.ok({ type: 'skip-item', index: 2 });
    s = await h.ok({ type: 'next' }); // the unplanned speaker gets the speech limit
    expect(currentItem(s)).toMatchObject({ unplanned: true, speaker: '孙主任', limitMs: 8 * MINUTE });

    // Left running: the unplanned speaker's warning and time-up, then the meeting's 15- and 5-minute stages
    // and the cap, each fired by the one timer exactly when due.
    const due: number[] = [];
    while (timers.count() > 0 && due.length < 10) {
      const [, t] = timers.only();
      due.push(t.ms);
      clocks.pass(t.ms);
      timers.fire();
    }
    const log = service.sessionLog()!.events;
    const phases = log.filter((e) => e.type !== 'command');
    expect(phases.map((e) => e.type)).toEqual([
      'item-warning', // the keynote's, logged when "next" came after it
      'item-extended', // the speech reached 8:00 inside its granted extension
      'item-warning', // its last minute
      'item-warning', // the unplanned speaker's
      'item-time-up',
      'meeting-warning',
      'meeting-warning',
      'meeting-over-cap',
    ]);
    expect(phases.at(-1)!.at).toBe(startedAt + 120 * MINUTE);
    expect(log.map((e) => e.seq)).toEqual(log.map((_, i) => i + 1));
    // What a second store reads from the file is what the service logged.
    expect(h.store.loadEvents(service.sessionLog()!.sessionId)).toEqual(log);

    await h.ok({ type: 'end-meeting' });
    expect(timers.count()).toBe(0);
    await h.ok({ type: 'close-meeting' });
    expect(h.store.getMeeting('m1')!.status).toBe('ended');
  });
});

describe('phase changes on time', () => {
  it('sleeps until each transition, wakes on it, logs it at its exact instant and notifies', async () => {
    const h = harness({ meetings: [meetingInput()] });
    const { service, clocks, timers } = h;
    await h.ok({ type: 'load-meeting', meetingId: 'm1' });
    await h.ok({ type: 'start-meeting' });
    clocks.pass(30_000);
    const s = await h.ok({ type: 'start-item', index: 1 });
    const item = currentItem(s)!;
    expect(item.deadline! - item.runningSince!).toBe(8 * MINUTE);

    // One timer, for the warning at 7:00 elapsed.
    const [, warnTimer] = timers.only();
    expect(warnTimer.ms).toBe(item.warningAt! - service.now());
    expect(warnTimer.ms).toBe(7 * MINUTE);

    const versionBefore = service.snapshot().version;
    clocks.pass(7 * MINUTE);
    timers.fire();
    let log = service.sessionLog()!.events;
    expect(log.at(-1)).toEqual({ seq: log.length, at: item.warningAt, type: 'item-warning', itemId: 's1' });
    expect(service.snapshot().version).toBe(versionBefore + 1);
    expect(h.snapshots.at(-1)).toBe(service.snapshot());
    expect(display(service.snapshot().engine!, service.now()).current).toMatchObject({ phase: 'warning', text: '1:00' });

    // Next: time-up at 8:00.
    expect(timers.only()[1].ms).toBe(MINUTE);
    clocks.pass(MINUTE);
    timers.fire();
    log = service.sessionLog()!.events;
    expect(log.at(-1)).toMatchObject({ at: item.deadline, type: 'item-time-up', itemId: 's1' });
    clocks.pass(20_000);
    expect(display(service.snapshot().engine!, service.now()).current).toMatchObject({ phase: 'overtime', text: '+0:20' });

    // The declared extension, granted after time-up: the item leaves overtime, with 3 min more.
    const ext = await h.ok({ type: 'grant-extension' });
    const extended = currentItem(ext)!;
    expect(extended.deadline).toBe(item.deadline! + 3 * MINUTE);
    expect(timers.only()[1].ms).toBe(extended.warningAt! - service.now());

    // A second extension is refused, with the reason in both languages.
    const second = await service.execute({ type: 'grant-extension' });
    expect(second).toMatchObject({ ok: false, refusal: { code: 'extension-already-used' } });
    if (!second.ok) {
      expect(second.refusal.message['zh-CN']).toContain('已经延时过一次');
      expect(second.refusal.message.en).toContain('already had its one extension');
    }

    // A speaker without a declaration cannot be extended.
    await h.ok({ type: 'finish-item' });
    await h.ok({ type: 'start-item', index: 2 });
    const undeclared = await service.execute({ type: 'grant-extension' });
    expect(undeclared).toMatchObject({ ok: false, refusal: { code: 'extension-not-declared' } });

    await h.ok({ type: 'finish-item' });
    await h.ok({ type: 'end-meeting' });
    expect(timers.count()).toBe(0);
    const ended = service.snapshot();
    expect(ended.engine!.meeting.status).toBe('ended');

    // The record is closed when the meeting is closed (undo of the end stays possible until then).
    const sessionId = service.sessionLog()!.sessionId;
    expect(h.store.getSession(sessionId)!.endedAt).toBeNull();
    await h.ok({ type: 'close-meeting' });
    expect(h.store.getSession(sessionId)!.endedAt).toBe(ended.engine!.meeting.endedAt);
    expect(service.snapshot()).toMatchObject({ meetingId: null, engine: null });
    expect(h.store.getMeeting('m1')!.status).toBe('ended');

    // Versions only grow.
    const versions = h.snapshots.map((x) => x.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
  });

  it('wakes early without logging anything and re-arms for the rest', async () => {
    const h = harness({ meetings: [meetingInput()] });
    await h.ok({ type: 'load-meeting', meetingId: 'm1' });
    await h.ok({ type: 'start-meeting' });
    await h.ok({ type: 'start-item', index: 1 });
    const before = h.service.sessionLog()!.events.length;
    h.clocks.pass(7 * MINUTE - 5);
    h.timers.fire();
    expect(h.service.sessionLog()!.events.length).toBe(before);
    expect(h.timers.only()[1].ms).toBe(5);
  });

  it('keeps no timer when nothing will change by itself', async () => {
    const h = harness({ meetings: [meetingInput('m1', { kind: 'plenary' })] });
    await h.ok({ type: 'load-meeting', meetingId: 'm1' });
    await h.ok({ type: 'start-meeting' });
    // An exempt meeting has no cap, and no item runs.
    expect(h.timers.count()).toBe(0);
    await h.ok({ type: 'start-item', index: 0 });
    expect(h.timers.delays()).toEqual([19 * MINUTE]);
    await h.ok({ type: 'pause-item' });
    expect(h.timers.count()).toBe(0);
  });
});

describe('refusals and service commands', () => {
  it('refuses with a code, params and both languages, and never throws', async () => {
    const h = harness({ meetings: [meetingInput()] });
    const { service } = h;
    expect(await service.execute({ type: 'start-meeting' })).toMatchObject({ ok: false, refusal: { code: 'no-meeting-loaded' } });
    expect(await service.execute({ type: 'load-meeting', meetingId: 'nope' })).toMatchObject({
      ok: false,
      refusal: { code: 'meeting-not-found', params: { meetingId: 'nope' } },
    });
    for (const bad of [null, 42, 'next', { type: 'fly' }, { type: 'skip-item' }, { type: 'load-meeting' }, { type: 'next', extra: 1 }]) {
      const r = await service.execute(bad);
      expect(r.ok, JSON.stringify(bad)).toBe(false);
      if (!r.ok) {
        expect(r.refusal.code).toBe('invalid-command');
        expect(r.refusal.message['zh-CN']).toMatch(/^指令格式不正确/);
        expect(r.refusal.message.en).toMatch(/^Invalid command/);
      }
    }
    const skip = await service.execute({ type: 'skip-item' });
    if (!skip.ok) expect(skip.refusal.params).toMatchObject({ path: 'index' });
    await h.ok({ type: 'load-meeting', meetingId: 'm1' });
    expect(await service.execute({ type: 'next' })).toMatchObject({ ok: false, refusal: { code: 'meeting-not-started' } });
    // A refused command writes nothing, not even the session.
    expect(h.store.listSessions('m1')).toEqual([]);
  });

  it('will not close or switch away from a meeting in progress, and reopening it is a no-op', async () => {
    const h = harness({ meetings: [meetingInput('m1'), meetingInput('m2', { start: '2026-04-08T14:00' })] });
    await h.ok({ type: 'load-meeting', meetingId: 'm2' });
    await h.ok({ type: 'load-meeting', meetingId: 'm1' }); // switching before the start is fine
    await h.ok({ type: 'start-meeting' });
    for (const cmd of [{ type: 'close-meeting' }, { type: 'load-meeting', meetingId: 'm2' }]) {
      const r = await h.service.execute(cmd);
      expect(r).toMatchObject({ ok: false, refusal: { code: 'meeting-in-progress', params: { title: '全县经济工作推进会' } } });
    }
    await h.ok({ type: 'pause-meeting' });
    expect(await h.service.execute({ type: 'close-meeting' })).toMatchObject({ ok: false, refusal: { code: 'meeting-in-progress' } });
    const version = h.service.snapshot().version;
    expect((await h.ok({ type: 'load-meeting', meetingId: 'm1' })).version).toBe(version);
  });

  it('undo of a mistaken end works until the meeting is closed', async () => {
    const h = harness({ meetings: [meetingInput()] });
    await h.ok({ type: 'load-meeting', meetingId: 'm1' });
    await h.ok({ type: 'start-meeting' });
    await h.ok({ type: 'end-meeting' });
    h.clocks.pass(3000);
    const s = await h.ok({ type: 'undo' });
    expect(s.engine!.meeting.status).toBe('running');
    expect(h.timers.count()).toBe(1);
  });

  it('subscribers get every change until they unsubscribe; a throwing subscriber harms nobody', async () => {
    const h = harness({ meetings: [meetingInput()] });
    const seen: number[] = [];
    const off = h.service.subscribe((s) => seen.push(s.version));
    h.service.subscribe(() => {
      throw new Error('bad screen');
    });
    await h.ok({ type: 'load-meeting', meetingId: 'm1' });
    await h.ok({ type: 'start-meeting' });
    expect(seen).toEqual([1, 2]);
    off();
    await h.ok({ type: 'blackout', on: true });
    expect(seen).toEqual([1, 2]);
    expect(h.service.snapshot().version).toBe(3);
    expect(h.logs.filter((l) => l.event === 'listener-failed')).toHaveLength(3);
  });

  it('close() stops the timer and refuses later commands', async () => {
    const h = harness({ meetings: [meetingInput()] });
    await h.ok({ type: 'load-meeting', meetingId: 'm1' });
    await h.ok({ type: 'start-meeting' });
    expect(h.timers.count()).toBe(1);
    h.service.close();
    expect(h.timers.count()).toBe(0);
    expect(await h.service.execute({ type: 'next' })).toMatchObject({ ok: false, refusal: { code: 'service-closed' } });
  });
});
