import type { Finding } from './finding';
import { itemParams, type RuleInput } from './rule-context';

/** policy.md: in a non-exempt meeting, a timed item (speech, report) planned beyond the limit. */
export function speechLimit({ meeting, policy, exempt }: RuleInput): Finding[] {
  if (exempt) return [];
  const timed = policy.timedItemKinds as readonly string[];
  const findings: Finding[] = [];
  (meeting.agenda ?? []).forEach((item, index) => {
    if (!timed.includes(item.kind) || item.minutes <= policy.speechLimitMinutes) return;
    findings.push({
      rule: 'speech-limit',
      severity: 'error',
      code: 'over-limit',
      item: index,
      params: {
        ...itemParams(item, index),
        minutes: item.minutes,
        limit: policy.speechLimitMinutes,
        over: item.minutes - policy.speechLimitMinutes,
      },
    });
  });
  return findings;
}
