import { describe, expect, it } from 'vitest';
import {
  civilFieldsToEpoch as civilToInstant,
  formatCivil as instantToCivil,
  isIanaTimeZone,
  isRealDate,
} from '../../../electron/core/time/civil-time';
import { meetingKindFromName } from '../../../electron/services/schedule/kind-names';

describe('civil time helpers', () => {
  it('accepts IANA Area/Location names and UTC, refuses abbreviations the runtime would guess at', () => {
    for (const z of ['Asia/Shanghai', 'Asia/Urumqi', 'America/Argentina/Buenos_Aires', 'Etc/GMT-8', 'UTC']) expect(isIanaTimeZone(z)).toBe(true);
    for (const z of ['CST', 'PRC', 'EST', '+08:00', 'Asia/Beijing', '', '北京时间']) expect(isIanaTimeZone(z)).toBe(false);
  });

  it('knows which dates exist', () => {
    expect(isRealDate(2026, 2, 28)).toBe(true);
    expect(isRealDate(2026, 2, 29)).toBe(false);
    expect(isRealDate(2028, 2, 29)).toBe(true);
    expect(isRealDate(2026, 4, 31)).toBe(false);
    expect(isRealDate(2026, 13, 1)).toBe(false);
  });

  it('converts between instants and civil time whatever the machine zone is', () => {
    const instant = civilToInstant({ year: 2026, month: 3, day: 5, hour: 9, minute: 0, second: 0 }, 'Asia/Shanghai');
    expect(instant).toBe(Date.UTC(2026, 2, 5, 1, 0, 0));
    expect(instantToCivil(instant, 'Asia/Shanghai')).toBe('2026-03-05T09:00');
    expect(instantToCivil(instant + 30_000, 'Asia/Shanghai')).toBe('2026-03-05T09:00:30');
    expect(instantToCivil(instant, 'America/New_York')).toBe('2026-03-04T20:00');
  });

  it('reads meeting kinds from ids and Chinese names', () => {
    expect(meetingKindFromName('Standing-Committee')).toBe('standing-committee');
    expect(meetingKindFromName('县政府常务会')).toBe('standing-committee');
    expect(meetingKindFromName('县委全委(扩大)会')).toBe('plenary');
    expect(meetingKindFromName('县委全委（扩大）会')).toBe('plenary');
    expect(meetingKindFromName('茶话会')).toBeUndefined();
  });
});
