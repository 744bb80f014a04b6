import { describe, expect, it } from 'vitest';
import { StorageError, type Store } from '../../../electron/services/storage';
import type { LiveSnapshot } from '../../../electron/services/meeting-service/meeting-service-api';
import { harness, meetingInput, MINUTE, openStore } from './helpers';

describe('acknowledged means on disk', () => {
  it('every acknowledged command is in the file, read by a second connection, before anyone is told', async () => {
    const h = harness({ meetings: [meetingInput()] });
    const reader = openStore(h.file, h.clocks);
    const seenBySubscriber: number[] = [];
    // At the moment a subscriber hears of a change, another connection already reads it.
    h.service.subscribe((s: LiveSnapshot) => {
      const log = h.service.sessionLog();
      if (log) seenBySubscriber.push(reader.loadEvents(log.sessionId).length - s.engine!.seq);
    });
    await h.ok({ type: 'load-meeting', meetingId: 'm1' });
    const commands = [
      { type: 'start-meeting' },
      { type: 'start-item', index: 1 },
      { type: 'message', preset: 'hurry' },
      { type: 'blackout', on: true },
      { type: 'pause-item' },
    ];
    for (const command of commands) {
      h.clocks.pass(1000);
      const s = await h.ok(command);
      const sessionId = h.service.sessionLog()!.sessionId;
      const stored = reader.loadEvents(sessionId);
      expect(stored.at(-1)).toMatchObject({ seq: s.engine!.seq, type: 'command', command });
    }
    expect(seenBySubscriber).toEqual(commands.map(() => 0));
    expect(reader.integrityCheck()).toEqual([]);
    expect(reader.settings()).toMatchObject({ journalMode: 'wal', synchronous: 2 });
  });

  it('a failed write is a clear refusal: nothing changes, nobody is notified, the process lives on', async () => {
    const h = harness({ meetings: [meetingInput()] });
    await h.ok({ type: 'load-meeting', meetingId: 'm1' });
    await h.ok({ type: 'start-meeting' });
    const full = new StorageError('disk-full', { zh: '磁盘已满：duanhui.sqlite', en: 'The disk is full: duanhui.sqlite' });
    const append = h.store.appendEvents.bind(h.store);
    let failing = true;
    (h.store as { appendEvents: Store['appendEvents'] }).appendEvents = (id, events) => {
      if (failing) throw full;
      return append(id, events);
    };
    const before = h.service.snapshot();
    const notified = h.snapshots.length;
    const r = await h.service.execute({ type: 'start-item', index: 1 });
    expect(r).toEqual({
      ok: false,
      refusal: {
        code: 'storage-failed',
        params: { storageCode: 'disk-full', zh: '磁盘已满：duanhui.sqlite', en: 'The disk is full: duanhui.sqlite' },
        message: {
          'zh-CN': '未能保存，操作没有执行：磁盘已满：duanhui.sqlite',
          en: 'Could not save; the command was not carried out: The disk is full: duanhui.sqlite',
        },
      },
    });
    expect(h.service.snapshot()).toBe(before);
    expect(h.snapshots.length).toBe(notified);

    // The disk comes back: the same command works, with the next seq.
    failing = false;
    const s = await h.ok({ type: 'start-item', index: 1 });
    expect(s.engine!.seq).toBe(before.engine!.seq + 1);
  });

  it('a phase change that cannot be written is retried, and logged at its own instant once it can', async () => {
    const h = harness({ meetings: [meetingInput()] });
    await h.ok({ type: 'load-meeting', meetingId: 'm1' });
    await h.ok({ type: 'start-meeting' });
    const s = await h.ok({ type: 'start-item', index: 1 });
    const warningAt = s.engine!.items[1]!.warningAt!;
    const append = h.store.appendEvents.bind(h.store);
    let failing = true;
    (h.store as { appendEvents: Store['appendEvents'] }).appendEvents = (id, events) => {
      if (failing) throw new StorageError('io-error', { zh: '读写错误', en: 'I/O error' });
      return append(id, events);
    };
    h.clocks.pass(7 * MINUTE);
    h.timers.fire();
    expect(h.logs.at(-1)).toMatchObject({ level: 'error', event: 'tick-failed', en: expect.stringContaining('I/O error') });
    expect(h.timers.only()[1].ms).toBe(1000);
    failing = false;
    h.clocks.pass(1000);
    h.timers.fire();
    expect(h.service.sessionLog()!.events.at(-1)).toMatchObject({ type: 'item-warning', at: warningAt });
  });

  it('queries that fail throw a MeetingServiceError with the refusal; a bad schedule is a refusal', () => {
    const h = harness({ meetings: [meetingInput()] });
    const bad = h.service.importSchedule({ format: 'duanhui-schedule', version: 1, meetings: [{ id: 'x' }] });
    expect(bad).toMatchObject({ ok: false, refusal: { code: 'invalid-schedule' } });
    if (!bad.ok) expect(bad.refusal.message.en).toContain('meetings[0]');
    h.store.close();
    expect(() => h.service.listMeetings()).toThrow(expect.objectContaining({ name: 'MeetingServiceError', code: 'storage-failed' }));
  });
});
