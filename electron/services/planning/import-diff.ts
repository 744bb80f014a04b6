import type { Meeting } from '../../core/schedule/schedule-schema';
import { canonicalJson } from '../storage/canonical-json';

/** The meeting fields an import may change, in the order the preview lists them. */
const FIELDS = ['title', 'kind', 'countyWide', 'start', 'durationMinutes', 'place', 'organiser', 'chair', 'approvals', 'agenda'] as const;

/** Which fields of `incoming` differ from `stored` (absent and undefined are the same). */
export function changedFields(stored: Meeting, incoming: Meeting): string[] {
  return FIELDS.filter((f) => canonicalJson(stored[f] ?? null) !== canonicalJson(incoming[f] ?? null));
}

/** The plan apart from its approvals: what, when changed, sends an approved meeting back to draft. */
export const planWithoutApprovals = (m: Meeting): string => {
  const { approvals: _a, ...rest } = m;
  return canonicalJson(rest);
};
