import type { ApprovalRole } from '../policy/ids';
import { formatCivil, parseCivil } from '../time/civil-time';
import type { Finding } from './finding';
import type { RuleInput } from './rule-context';

/**
 * policy.md: a county-wide meeting needs, from each role of `policy.approvalRoles`, an approval
 * dated strictly before the start ("提前"; the same minute is not before). Instants are compared,
 * so an approval written with an offset and a civil start compare correctly. One finding per
 * role that lacks one. No meeting kind is exempt.
 *
 * When the start itself cannot be read (no-meeting-period reports that), only missing roles are
 * reported: whether an approval came first cannot be judged.
 */
export function approvalRequired({ meeting, policy, start, timeZone }: RuleInput): Finding[] {
  if (!meeting.countyWide) return [];
  const roles = [...new Set<ApprovalRole>(policy.approvalRoles)];
  const findings: Finding[] = [];
  for (const role of roles) {
    const given = (meeting.approvals ?? []).filter((a) => a.role === role);
    if (given.length === 0) {
      findings.push({ rule: 'approval-required', severity: 'error', code: 'missing', approval: role, params: { role } });
      continue;
    }
    if (!start.ok) continue;
    const parsed = given.map((a) => ({ approval: a, at: parseCivil(a.approvedAt, timeZone) }));
    if (parsed.some((p) => p.at.ok && p.at.value.epochMs < start.value.epochMs)) continue;
    // The earliest readable one is the nearest to being valid: report that.
    const readable = parsed
      .flatMap((p) => (p.at.ok ? [{ approval: p.approval, epochMs: p.at.value.epochMs }] : []))
      .sort((a, b) => a.epochMs - b.epochMs)[0];
    if (readable) {
      findings.push({
        rule: 'approval-required',
        severity: 'error',
        code: 'not-before-start',
        approval: role,
        params: {
          role,
          approvedAt: formatCivil(readable.epochMs, timeZone).replace('T', ' '),
          start: formatCivil(start.value.epochMs, timeZone).replace('T', ' '),
          name: readable.approval.name ?? '',
        },
      });
    } else {
      findings.push({
        rule: 'approval-required',
        severity: 'error',
        code: 'approval-date-invalid',
        approval: role,
        params: { role, approvedAt: given[0]?.approvedAt ?? '', name: given[0]?.name ?? '' },
      });
    }
  }
  return findings;
}
