import { describe, expect, it } from 'vitest';
import { civilToEpoch, overtimeRecord, refusalMessage } from '../../../electron/core/engine';
import { MIN, T0, meeting, policy, Session } from './engine-fixtures';

const countyWide = (approvals: { role: 'party-secretary' | 'county-head'; approvedAt: string }[]) =>
  meeting({ countyWide: true, approvals });

describe('the approval gate of a county-wide meeting', () => {
  it('starts when both leaders approved before the start', () => {
    const s = new Session(
      countyWide([
        { role: 'party-secretary', approvedAt: '2026-04-18T10:00' },
        { role: 'county-head', approvedAt: '2026-04-20T08:59' },
      ]),
    );
    s.ok({ type: 'start-meeting' }, T0);
    expect(s.state.meeting.approvalOverride).toBeNull();
  });

  it('refuses with approval-missing naming the roles that lack an approval', () => {
    const s = new Session(countyWide([{ role: 'party-secretary', approvedAt: '2026-04-18T10:00' }]));
    const r = s.no({ type: 'start-meeting' }, T0);
    expect(r).toEqual({ code: 'approval-missing', params: { roles: 'county-head' } });
    expect(refusalMessage(r, 'zh-CN')).toContain('县长');
    expect(refusalMessage(r, 'en')).toContain('the county head');
    const none = new Session(countyWide([]));
    expect(refusalMessage(none.no({ type: 'start-meeting' }, T0), 'zh-CN')).toContain('县委书记、县长');
  });

  it('does not count an approval dated at or after the start ("提前"), nor one it cannot read', () => {
    const late = new Session(
      countyWide([
        { role: 'party-secretary', approvedAt: '2026-04-20T09:00' },
        { role: 'county-head', approvedAt: '2026-02-30T08:00' },
      ]),
    );
    expect(late.no({ type: 'start-meeting' }, T0).params.roles).toBe('party-secretary,county-head');
    // Starting earlier than scheduled: the approval must precede the actual start.
    const early = new Session(
      countyWide([
        { role: 'party-secretary', approvedAt: '2026-04-20T08:50' },
        { role: 'county-head', approvedAt: '2026-04-19T08:00' },
      ]),
    );
    expect(early.no({ type: 'start-meeting' }, T0 - 15 * MIN).params.roles).toBe('party-secretary');
    early.ok({ type: 'start-meeting' }, T0 - 5 * MIN);
  });

  it('starts with an override reason, which goes into the state and the record', () => {
    const s = new Session(countyWide([{ role: 'county-head', approvedAt: '2026-04-19T08:00' }]));
    expect(s.no({ type: 'start-meeting', overrideReason: '   ' }, T0).code).toBe('approval-missing');
    const [ev] = s.ok({ type: 'start-meeting', overrideReason: ' 防汛紧急部署，书记电话同意 ' }, T0);
    expect(ev).toMatchObject({ type: 'command', command: { type: 'start-meeting', overrideReason: ' 防汛紧急部署，书记电话同意 ' } });
    const override = { reason: '防汛紧急部署，书记电话同意', missingRoles: ['party-secretary'], at: T0 };
    expect(s.state.meeting.approvalOverride).toEqual(override);
    expect(overtimeRecord(s.state, T0).approvalOverride).toEqual(override);
  });

  it('does not apply to a meeting that is not county-wide, and follows policy.approvalRoles', () => {
    new Session(meeting()).ok({ type: 'start-meeting' }, T0);
    const onlyHead = policy({ approvalRoles: ['county-head'] });
    const s = new Session(countyWide([{ role: 'county-head', approvedAt: '2026-04-19T08:00' }]), onlyHead);
    s.ok({ type: 'start-meeting' }, T0);
  });
});

describe('civilToEpoch', () => {
  it('reads civil times in the zone, and explicit offsets and Z', () => {
    expect(civilToEpoch('2026-04-20T09:00', 'Asia/Shanghai')).toBe(T0);
    expect(civilToEpoch('2026-04-20T09:00:00.5', 'Asia/Shanghai')).toBe(T0 + 500);
    expect(civilToEpoch('2026-04-20T09:00+08:00', 'UTC')).toBe(T0);
    expect(civilToEpoch('2026-04-20T03:00+0200', 'UTC')).toBe(T0);
    expect(civilToEpoch('2026-04-19T20:00-05:00', 'UTC')).toBe(T0);
    expect(civilToEpoch('2026-04-20T01:00Z', 'Asia/Shanghai')).toBe(T0);
  });

  it('returns null for impossible dates, bad text and unknown zones', () => {
    expect(civilToEpoch('2026-02-29T09:00', 'Asia/Shanghai')).toBeNull();
    expect(civilToEpoch('2026-04-20 09:00', 'Asia/Shanghai')).toBeNull();
    expect(civilToEpoch('2026-04-20T09:00', 'Mars/Olympus')).toBeNull();
  });
});
