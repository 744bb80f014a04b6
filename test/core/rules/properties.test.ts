import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bundledCalendar } from '../../../electron/core/calendar';
import { DEFAULT_POLICY } from '../../../electron/core/policy/policy';
import { checkMeeting, compareFindings, formatFinding, type Finding } from '../../../electron/core/rules';
import { meetingArb, policyArb, ZONES } from './arbitraries';
import { CALENDAR } from './fixtures';

const RUNS = 400;
const originalTz = process.env.TZ;
afterAll(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

describe('checkMeeting (properties)', () => {
  it('never throws on a schema-valid meeting, any policy, zone or calendar; every finding has words', () => {
    fc.assert(
      fc.property(meetingArb, policyArb, fc.constantFrom(...ZONES), fc.boolean(), (meeting, policy, timeZone, bundled) => {
        const findings = checkMeeting(meeting, { policy, timeZone, calendar: bundled ? bundledCalendar() : CALENDAR });
        const sorted = [...findings].sort(compareFindings(policy.approvalRoles));
        expect(findings).toEqual(sorted);
        for (const f of findings) {
          expect(formatFinding(f, 'zh-CN')).not.toMatch(/undefined|NaN/);
          expect(formatFinding(f, 'en')).not.toMatch(/undefined|NaN/);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('gives the same findings whatever the machine’s time zone (process.env.TZ)', () => {
    const hostZones = ['UTC', 'America/New_York', 'Asia/Shanghai', 'Pacific/Chatham', 'America/St_Johns'];
    // The switch must really change the host's local time, or this test proves nothing.
    const offsets = hostZones.map((tz) => {
      process.env.TZ = tz;
      return new Date(Date.UTC(2026, 0, 15)).getTimezoneOffset();
    });
    expect(new Set(offsets).size).toBe(hostZones.length);

    fc.assert(
      fc.property(meetingArb, fc.constantFrom(...ZONES), (meeting, timeZone) => {
        const results: Finding[][] = hostZones.map((tz) => {
          process.env.TZ = tz;
          return checkMeeting(meeting, { policy: DEFAULT_POLICY, timeZone, calendar: bundledCalendar() });
        });
        for (const r of results.slice(1)) expect(r).toEqual(results[0]);
      }),
      { numRuns: RUNS / 2 },
    );
  });
});
