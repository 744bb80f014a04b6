import type { Finding } from './finding';
import { itemParams, type RuleInput } from './rule-context';

/**
 * policy.md: an item declares an extension beyond the maximum, or an item that may not be
 * extended declares one. Applies to every meeting kind: exemption lifts caps, and an extension
 * is about the speech limit's own allowance. One finding per item: an extension on an item that
 * may have none is wrong whatever its length.
 */
export function extensionLimit({ meeting, policy }: RuleInput): Finding[] {
  const timed = policy.timedItemKinds as readonly string[];
  const findings: Finding[] = [];
  (meeting.agenda ?? []).forEach((item, index) => {
    const extension = item.extensionMinutes ?? 0;
    if (extension <= 0) return;
    if (!timed.includes(item.kind)) {
      findings.push({
        rule: 'extension-limit',
        severity: 'error',
        code: 'not-allowed',
        item: index,
        params: { ...itemParams(item, index), extension, allowedKinds: policy.timedItemKinds.join(',') },
      });
    } else if (extension > policy.extensionMaxMinutes) {
      findings.push({
        rule: 'extension-limit',
        severity: 'error',
        code: 'too-long',
        item: index,
        params: { ...itemParams(item, index), extension, max: policy.extensionMaxMinutes, over: extension - policy.extensionMaxMinutes },
      });
    }
  });
  return findings;
}
