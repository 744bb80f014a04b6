import type { Finding } from './finding';
import { attachedText, itemParams, type RuleInput } from './rule-context';

/**
 * policy.md: in a standing-committee meeting, a report's document beyond the page cap ("一般",
 * as a rule: a warning). The text's estimate wins over a `pages` count given beside it (the
 * document importer puts a PDF's real page count in `pages` and attaches no text). A report
 * with neither is not judged.
 */
export function reportPages({ meeting, policy, estimatePages }: RuleInput): Finding[] {
  if (meeting.kind !== 'standing-committee') return [];
  const findings: Finding[] = [];
  (meeting.agenda ?? []).forEach((item, index) => {
    if (item.kind !== 'report') return;
    const text = attachedText(item);
    const pages = text !== undefined ? estimatePages(text) : item.pages;
    if (pages === undefined || pages <= policy.reportMaxPages) return;
    findings.push({
      rule: 'report-pages',
      severity: 'warning',
      code: 'too-many-pages',
      item: index,
      params: {
        ...itemParams(item, index),
        pages,
        max: policy.reportMaxPages,
        over: pages - policy.reportMaxPages,
        source: text !== undefined ? 'text' : 'pages',
      },
    });
  });
  return findings;
}
