import { describe, expect, it } from 'vitest';
import { MIN, SEC, T0, meeting, policy, started, Session } from './engine-fixtures';

const S = T0 + 10 * SEC;

describe('a declared 5-minute extension', () => {
  it('granted before time-up: extended phase after 8:00, warning in the last minute, up at 13:00', () => {
    const s = started();
    s.ok({ type: 'start-item' }, S);
    s.ok({ type: 'grant-extension' }, S + 5 * MIN);
    expect(s.item('a')).toMatchObject({
      grantedExtensionMs: 5 * MIN,
      extensionGrantedAt: S + 5 * MIN,
      deadline: S + 13 * MIN,
      warningAt: S + 12 * MIN,
      extendedAt: S + 8 * MIN,
    });
    const at = (ms: number) => s.show(S + ms).current!;
    expect(at(7 * MIN)).toMatchObject({ phase: 'running', text: '6:00' });
    expect(at(8 * MIN)).toMatchObject({ phase: 'extended', text: '5:00' });
    expect(at(12 * MIN)).toMatchObject({ phase: 'warning', text: '1:00' });
    expect(at(13 * MIN)).toMatchObject({ phase: 'overtime', text: '+0:00' });
    expect(at(13 * MIN + SEC).text).toBe('+0:01');
    expect(s.tick(S + 14 * MIN).map((e) => [e.type, e.at - S])).toEqual([
      ['item-extended', 8 * MIN],
      ['item-warning', 12 * MIN],
      ['item-time-up', 13 * MIN],
    ]);
  });

  it('granted after time-up: back from overtime into the extension; the first time-up stays on record', () => {
    const s = started();
    s.ok({ type: 'start-item' }, S);
    s.tick(S + 8 * MIN + 20 * SEC);
    expect(s.show(S + 8 * MIN + 20 * SEC).current!.text).toBe('+0:20');
    const events = s.ok({ type: 'grant-extension' }, S + 8 * MIN + 20 * SEC);
    expect(events.map((e) => e.type)).toEqual(['command']);
    expect(s.show(S + 8 * MIN + 20 * SEC).current).toMatchObject({ phase: 'extended', text: '4:40' });
    expect(s.item('a').timeUpAt).toBe(S + 8 * MIN);
    expect(s.tick(S + 14 * MIN).map((e) => [e.type, e.at - S])).toEqual([
      ['item-warning', 12 * MIN],
      ['item-time-up', 13 * MIN],
    ]);
  });

  it('may be granted for fewer minutes than declared, but only once', () => {
    const s = started();
    s.ok({ type: 'start-item' }, S);
    s.ok({ type: 'grant-extension', minutes: 2 }, S + 7 * MIN);
    expect(s.item('a').deadline).toBe(S + 10 * MIN);
    expect(s.no({ type: 'grant-extension', minutes: 3 }, S + 9 * MIN)).toEqual({
      code: 'extension-already-used',
      params: { title: '县发改局发言', minutes: 2 },
    });
  });

  it('is allowed in a paused item and keeps the item paused', () => {
    const s = started();
    s.ok({ type: 'start-item' }, S);
    s.ok({ type: 'pause-item' }, S + 9 * MIN);
    s.ok({ type: 'grant-extension' }, S + 10 * MIN);
    expect(s.show(S + 11 * MIN).current).toMatchObject({ phase: 'paused', text: '4:00' });
    s.ok({ type: 'resume-item' }, S + 12 * MIN);
    expect(s.show(S + 12 * MIN).current).toMatchObject({ phase: 'extended', text: '4:00' });
    // 8:00 was passed before the grant, so no item-extended event; warning and time-up follow.
    expect(s.tick(S + 20 * MIN).map((e) => [e.type, e.at - S])).toEqual([
      ['item-warning', 15 * MIN],
      ['item-time-up', 16 * MIN],
    ]);
  });
});

describe('refused extensions, one per reason', () => {
  it('extension-not-declared', () => {
    const s = started();
    s.ok({ type: 'start-item', index: 1 }, S);
    expect(s.no({ type: 'grant-extension' }, S + MIN)).toMatchObject({
      code: 'extension-not-declared',
      params: { title: '县财政局汇报' },
    });
  });

  it('extension-already-used', () => {
    const s = started();
    s.ok({ type: 'start-item' }, S);
    s.ok({ type: 'grant-extension' }, S + MIN);
    expect(s.no({ type: 'grant-extension' }, S + 2 * MIN).code).toBe('extension-already-used');
  });

  it('extension-not-allowed-kind (granting and declaring)', () => {
    const s = started();
    s.ok({ type: 'start-item', index: 2 }, S);
    expect(s.no({ type: 'grant-extension' }, S + MIN)).toMatchObject({
      code: 'extension-not-allowed-kind',
      params: { kind: 'keynote' },
    });
    expect(s.no({ type: 'declare-extension', index: 2, minutes: 3 }, S + MIN).code).toBe('extension-not-allowed-kind');
  });

  it('extension-too-long: over the declared minutes, or a declaration over the policy maximum', () => {
    const s = started();
    expect(s.no({ type: 'declare-extension', index: 1, minutes: 6 }, S)).toEqual({
      code: 'extension-too-long',
      params: { title: '县财政局汇报', minutes: 6, max: 5 },
    });
    s.ok({ type: 'start-item', index: 3 }, S);
    expect(s.no({ type: 'grant-extension', minutes: 4 }, S + MIN)).toMatchObject({
      code: 'extension-too-long',
      params: { minutes: 4, max: 3, declared: 3 },
    });
  });

  it('declaration-after-start: declaring or clearing once the speaker has started', () => {
    const s = started();
    s.ok({ type: 'start-item', index: 1 }, S);
    expect(s.no({ type: 'declare-extension', index: 1, minutes: 3 }, S + SEC).code).toBe('declaration-after-start');
    expect(s.no({ type: 'clear-extension', index: 1 }, S + SEC).code).toBe('declaration-after-start');
  });

  it('no-current-item and meeting-not-started', () => {
    const s = new Session();
    expect(s.no({ type: 'grant-extension' }, T0).code).toBe('meeting-not-started');
    s.ok({ type: 'start-meeting' }, T0);
    expect(s.no({ type: 'grant-extension' }, T0 + SEC).code).toBe('no-current-item');
  });
});

describe('declaring in advance (事先申明)', () => {
  it('can be done before the meeting starts and before the item starts, and cleared again', () => {
    const s = new Session();
    s.ok({ type: 'declare-extension', index: 1, minutes: 4 }, T0 - 10 * MIN);
    expect(s.item('b')).toMatchObject({ declaredExtensionMs: 4 * MIN, declaredAt: T0 - 10 * MIN });
    s.ok({ type: 'start-meeting' }, T0);
    s.ok({ type: 'clear-extension', index: 0 }, T0);
    s.ok({ type: 'start-item' }, S);
    expect(s.no({ type: 'grant-extension' }, S + MIN).code).toBe('extension-not-declared');
    s.ok({ type: 'next' }, S + 2 * MIN);
    s.ok({ type: 'grant-extension' }, S + 3 * MIN);
    expect(s.item('b').deadline).toBe(S + 2 * MIN + 12 * MIN);
  });

  it('caps an agenda declaration at the policy maximum and ignores one on a non-timed kind', () => {
    const m = meeting({
      agenda: [
        { kind: 'speech', minutes: 8, extensionMinutes: 9 },
        { kind: 'remarks', minutes: 10, extensionMinutes: 5 },
      ],
    });
    const s = new Session(m);
    expect(s.state.items.map((i) => i.declaredExtensionMs)).toEqual([5 * MIN, 0]);
  });

  it('follows a policy with other numbers', () => {
    const p = policy({ speechLimitMinutes: 5, extensionMaxMinutes: 2, itemWarningSeconds: 30 });
    const s = started(meeting(), p);
    expect(s.item('a')).toMatchObject({ limitMs: 5 * MIN, declaredExtensionMs: 2 * MIN, warningMs: 30 * SEC });
    s.ok({ type: 'start-item' }, S);
    expect(s.no({ type: 'grant-extension', minutes: 3 }, S).code).toBe('extension-too-long');
    s.ok({ type: 'grant-extension' }, S);
    expect(s.item('a')).toMatchObject({ deadline: S + 7 * MIN, warningAt: S + 7 * MIN - 30 * SEC });
  });
});
