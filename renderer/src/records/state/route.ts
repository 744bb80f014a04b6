import type { PeriodKind } from '../api/records-api';
import { isPeriodKey, isPeriodKind } from '../shared/period';

/**
 * Where the records page is, kept in the URL hash so a link or the back button lands on the
 * same screen: `#/records/month/2026-04`, `#/record/<session>`, `#/report/quarter/2026-Q2`.
 */
export type View = 'records' | 'record' | 'report';

export interface Route {
  view: View;
  /** For `record`. */
  sessionId: string | null;
  /** For `records` and `report` (a record keeps the period it was opened from). */
  period: PeriodKind;
  key: string;
}

export function parseHash(hash: string, fallback: { period: PeriodKind; key: string }): Route {
  const parts = hash.replace(/^#\/?/, '').split('/');
  const [view, a, b] = parts;
  if (view === 'record' && a) {
    try {
      return { view: 'record', sessionId: decodeURIComponent(a), ...fallback };
    } catch {
      return { view: 'records', sessionId: null, ...fallback };
    }
  }
  const period = isPeriodKind(a) && b && isPeriodKey(a, b) ? { period: a, key: b } : fallback;
  return { view: view === 'report' ? 'report' : 'records', sessionId: null, ...period };
}

export function formatHash(route: Route): string {
  if (route.view === 'record' && route.sessionId) return `#/record/${encodeURIComponent(route.sessionId)}`;
  return `#/${route.view === 'report' ? 'report' : 'records'}/${route.period}/${route.key}`;
}
