import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { openDatabase, type SessionEvent } from '../../../electron/services/storage';
import { sampleMeeting, tempDir, testClock, TZ } from './helpers';

const setup = () => {
  const dir = tempDir();
  const file = path.join(dir, 'duanhui.sqlite');
  const clock = testClock();
  const store = openDatabase(file, { now: clock.now, timeZone: TZ });
  store.upsertMeeting(sampleMeeting());
  store.createSession({ meetingId: 'm1', id: 's' });
  const ev = (seq: number, extra: Record<string, unknown> = {}): SessionEvent => ({ seq, at: clock.now() + seq, type: 'tick', ...extra });
  store.appendEvents('s', [ev(1), ev(2)]);
  return { store, file, ev };
};

describe('appendEvents', () => {
  it('writes a batch with a duplicate seq not at all — not even the events before the duplicate', () => {
    const { store, ev } = setup();
    const error = (() => {
      try {
        store.appendEvents('s', [ev(3), ev(4), ev(3, { type: 'again' })]);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toMatchObject({ code: 'duplicate-seq' });
    expect((error as Error).message).toContain('3');
    expect((error as { zh: string }).zh).toContain('这一批事件都没有写入');
    expect(store.loadSession('s')!.events.map((e) => e.seq)).toEqual([1, 2]);
    expect(store.getSession('s')?.lastSeq).toBe(2);
    store.close();
  });

  it('refuses a batch repeating a stored seq, and the store goes on working', () => {
    const { store, ev } = setup();
    expect(() => store.appendEvents('s', [ev(3), ev(2)])).toThrow(expect.objectContaining({ code: 'duplicate-seq' }));
    expect(store.appendEvents('s', [ev(3), ev(4)])).toEqual({ lastSeq: 4 });
    expect(store.loadEvents('s').map((e) => e.seq)).toEqual([1, 2, 3, 4]);
    store.close();
  });

  it('refuses a malformed event by its position, writing none of the batch', () => {
    const { store, ev } = setup();
    const bad = [ev(3), { seq: 4, at: Number.NaN, type: 'x' }] as SessionEvent[];
    expect(() => store.appendEvents('s', bad)).toThrow(expect.objectContaining({ code: 'invalid-event' }));
    expect(() => store.appendEvents('s', bad)).toThrow(/Event 2 is not valid: at/);
    expect(() => store.appendEvents('s', [{ seq: 1.5, at: 1, type: 'x' }])).toThrow(/seq/);
    expect(() => store.appendEvents('s', [{ seq: 3, at: 1, type: '' }])).toThrow(/type/);
    expect(() => store.appendEvents('s', [{ seq: 3, at: 1, type: 'x', n: 1n }])).toThrow(/not JSON/);
    expect(store.getSession('s')?.lastSeq).toBe(2);
    store.close();
  });

  it('refuses unknown and ended sessions', () => {
    const { store, ev } = setup();
    expect(() => store.appendEvents('nope', [ev(1)])).toThrow(expect.objectContaining({ code: 'session-not-found' }));
    store.endSession('s');
    expect(() => store.appendEvents('s', [ev(3)])).toThrow(expect.objectContaining({ code: 'session-ended' }));
    expect(store.loadEvents('s')).toHaveLength(2);
    store.close();
  });

  it('keeps a log that even direct SQL cannot rewrite', () => {
    const { store, file } = setup();
    const raw = new DatabaseSync(file);
    expect(() => raw.exec("UPDATE session_events SET type = 'forged'")).toThrow(/append-only/);
    raw.close();
    expect(store.loadEvents('s').map((e) => e.type)).toEqual(['tick', 'tick']);
    store.close();
  });

  it('accepts an empty batch as a no-op', () => {
    const { store } = setup();
    expect(store.appendEvents('s', [])).toEqual({ lastSeq: 2 });
    store.close();
  });
});
