import { describe, expect, it } from 'vitest';
import { brief, check, ofRule, policy } from './fixtures';

const START = '2026-04-13T09:00'; // 01:00Z
const ps = (approvedAt: string, name?: string) => ({ role: 'party-secretary', approvedAt, ...(name ? { name } : {}) });
const ch = (approvedAt: string) => ({ role: 'county-head', approvedAt });
const run = (approvals: unknown[], o: Record<string, unknown> = {}, p: Parameters<typeof policy>[0] = {}) =>
  ofRule(check({ countyWide: true, start: START, approvals, ...o }, { policy: policy(p) }), 'approval-required');

describe('approval-required', () => {
  it('does not concern a meeting that is not county-wide', () => {
    expect(ofRule(check({ approvals: [] }), 'approval-required')).toEqual([]);
  });

  it.each([
    ['both before', [ps('2026-04-10T10:00'), ch('2026-04-12T16:00')], []],
    ['none', [], ['error approval-required/missing@party-secretary', 'error approval-required/missing@county-head']],
    ['one of two (secretary only)', [ps('2026-04-10T10:00')], ['error approval-required/missing@county-head']],
    ['one of two (head only)', [ch('2026-04-10T10:00')], ['error approval-required/missing@party-secretary']],
    ['one minute before', [ps('2026-04-13T08:59'), ch('2026-04-13T08:59:59')], []],
    ['equal to the start', [ps(START), ch('2026-04-10T10:00')], ['error approval-required/not-before-start@party-secretary']],
    ['after the start', [ps('2026-04-10T10:00'), ch('2026-04-13T09:01')], ['error approval-required/not-before-start@county-head']],
    ['both after', [ps('2026-04-14T09:00'), ch('2026-04-13T10:00')], ['error approval-required/not-before-start@party-secretary', 'error approval-required/not-before-start@county-head']],
    // instants are compared: 00:59Z is 08:59 in Shanghai, 01:00Z is the start itself
    ['offset, before', [ps('2026-04-13T00:59Z'), ch('2026-04-12T20:00-04:00')], []],
    ['offset, equal', [ps('2026-04-13T01:00Z'), ch('2026-04-10T10:00')], ['error approval-required/not-before-start@party-secretary']],
    ['offset, after', [ps('2026-04-13T09:30+08:00'), ch('2026-04-10T10:00')], ['error approval-required/not-before-start@party-secretary']],
    ['a late one and an early one', [ps('2026-04-14T09:00'), ps('2026-04-01T09:00'), ch('2026-04-10T10:00')], []],
    ['no such date', [ps('2026-02-30T09:00'), ch('2026-04-10T10:00')], ['error approval-required/approval-date-invalid@party-secretary']],
  ])('%s', (_name, approvals, expected) => {
    expect(brief(run(approvals))).toEqual(expected);
  });

  it('compares with an offset start too', () => {
    expect(run([ps('2026-04-13T08:59'), ch('2026-04-13T08:59')], { start: '2026-04-13T01:00Z' })).toEqual([]);
    expect(brief(run([ps('2026-04-13T09:00'), ch('2026-04-13T08:59')], { start: '2026-04-13T01:00Z' }))).toEqual([
      'error approval-required/not-before-start@party-secretary',
    ]);
  });

  it('says when the late approval was given, in the schedule zone', () => {
    const [f] = run([ps('2026-04-13T02:00Z', '李四'), ch('2026-04-10T10:00')]);
    expect(f).toEqual({
      rule: 'approval-required',
      severity: 'error',
      code: 'not-before-start',
      approval: 'party-secretary',
      params: { role: 'party-secretary', approvedAt: '2026-04-13 10:00', start: '2026-04-13 09:00', name: '李四' },
    });
  });

  it.each(['working', 'standing-committee', 'plenary', 'work-conference', 'statutory'])('no kind is exempt: %s', (kind) => {
    expect(run([], { kind })).toHaveLength(2);
  });

  it('takes the roles from the policy', () => {
    expect(brief(run([], {}, { approvalRoles: ['county-head'] }))).toEqual(['error approval-required/missing@county-head']);
    expect(run([ch('2026-04-10T10:00')], {}, { approvalRoles: ['county-head'] })).toEqual([]);
    expect(run([], {}, { approvalRoles: ['county-head', 'county-head'] })).toHaveLength(1);
    // the policy's order is the findings' order
    expect(brief(run([], {}, { approvalRoles: ['county-head', 'party-secretary'] }))).toEqual([
      'error approval-required/missing@county-head',
      'error approval-required/missing@party-secretary',
    ]);
  });

  it('reports only missing roles when the start cannot be read', () => {
    expect(brief(run([ps('2026-04-10T10:00')], { start: '2026-02-31T09:00' }))).toEqual(['error approval-required/missing@county-head']);
  });
});
