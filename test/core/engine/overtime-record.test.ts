import { describe, expect, it } from 'vitest';
import { overtimeRecord } from '../../../electron/core/engine';
import { MIN, SEC, T0, started } from './engine-fixtures';

const S = T0 + 10 * SEC;

describe('the overtime record (超时记录)', () => {
  it('reconciles per item: elapsed, overtime beyond limit + granted, extension granted and used', () => {
    const s = started();
    s.ok({ type: 'start-item' }, S);
    s.ok({ type: 'grant-extension', minutes: 3 }, S + 7 * MIN);
    s.ok({ type: 'next' }, S + 12 * MIN + 30 * SEC); // a: 12:30 of 8 + 3 → 1:30 over
    s.ok({ type: 'next' }, S + 18 * MIN); // b: 5:30, within its 8 min
    s.ok({ type: 'skip-item', index: 3 }, S + 18 * MIN);
    s.ok({ type: 'pause-meeting' }, S + 40 * MIN); // c paused at 22:00 of 20
    s.ok({ type: 'end-meeting' }, S + 50 * MIN);
    const r = overtimeRecord(s.state, S + 99 * MIN);
    expect(r.items.map((i) => [i.id, i.status, i.elapsedMs / SEC, i.overtimeMs / SEC, i.grantedExtensionMs / SEC, i.extensionUsedMs / SEC])).toEqual([
      ['a', 'done', 750, 90, 180, 180],
      ['b', 'done', 330, 0, 0, 0],
      ['c', 'done', 1320, 120, 0, 0],
      ['d', 'skipped', 0, 0, 0, 0],
    ]);
    expect(r.items[0]).toMatchObject({ declaredExtensionMs: 5 * MIN, extensionGrantedAt: S + 7 * MIN, timeUpAt: S + 11 * MIN, limitMs: 8 * MIN });
    expect(r.totals).toEqual({ overtimeMs: 210 * SEC, overtimeItems: 2, extensionsGranted: 1, extensionUsedMs: 180 * SEC });
    expect(r).toMatchObject({ startedAt: T0, endedAt: S + 50 * MIN, recessMs: 10 * MIN, elapsedMs: 40 * MIN + 10 * SEC, overCapMs: 0, capMs: 120 * MIN });
  });

  it('counts a running item up to now', () => {
    const s = started();
    s.ok({ type: 'start-item' }, S);
    expect(overtimeRecord(s.state, S + 9 * MIN).items[0]).toMatchObject({ status: 'running', elapsedMs: 9 * MIN, overtimeMs: MIN });
    expect(overtimeRecord(s.state, S + 9 * MIN).totals.overtimeMs).toBe(MIN);
  });
});
