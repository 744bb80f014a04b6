import type { Finding } from './finding';
import { attachedText, itemParams, type RuleInput } from './rule-context';

/**
 * policy.md: in a non-exempt meeting a keynote longer than the cap (Word 字数) is an error; a
 * keynote whose length is unknown (no text, no count) is an info in every meeting, as the table
 * states it without exemption. The text wins over a `chars` count given beside it.
 */
export function keynoteLength({ meeting, policy, exempt, countZi, ziAtMostLength }: RuleInput): Finding[] {
  const findings: Finding[] = [];
  (meeting.agenda ?? []).forEach((item, index) => {
    if (item.kind !== 'keynote') return;
    const text = attachedText(item);
    // A known length raises nothing in an exempt meeting, nor one that cannot exceed the cap:
    // counting a long text costs more than all the other rules of its meeting together.
    if (text !== undefined && (exempt || (ziAtMostLength && text.length <= policy.keynoteMaxChars))) return;
    const zi = text !== undefined ? countZi(text) : item.chars;
    if (zi === undefined) {
      findings.push({
        rule: 'keynote-length',
        severity: 'info',
        code: 'unknown',
        item: index,
        params: { ...itemParams(item, index), max: policy.keynoteMaxChars },
      });
      return;
    }
    if (exempt || zi <= policy.keynoteMaxChars) return;
    findings.push({
      rule: 'keynote-length',
      severity: 'error',
      code: 'too-long',
      item: index,
      params: {
        ...itemParams(item, index),
        zi,
        max: policy.keynoteMaxChars,
        over: zi - policy.keynoteMaxChars,
        source: text !== undefined ? 'text' : 'chars',
      },
    });
  });
  return findings;
}
