import { reportRange } from '../../../../electron/core/records/report-period';
import type { PeriodKind } from '../api/records-api';

/**
 * Period keys as the report service writes them — `2026-04`, `2026-Q2`, `2026` — and the
 * arithmetic the period picker needs. Civil dates only: no clock, no time zone.
 */

export const PERIOD_KINDS: readonly PeriodKind[] = ['month', 'quarter', 'year'];
export const isPeriodKind = (v: unknown): v is PeriodKind => v === 'month' || v === 'quarter' || v === 'year';

export interface PeriodParts {
  year: number;
  /** 1–12 for a month. */
  month: number;
  /** 1–4 for a quarter. */
  quarter: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function keyOf(period: PeriodKind, p: Pick<PeriodParts, 'year'> & Partial<PeriodParts>): string {
  if (period === 'month') return `${p.year}-${pad(p.month ?? 1)}`;
  if (period === 'quarter') return `${p.year}-Q${p.quarter ?? 1}`;
  return String(p.year);
}

/** The parts of a key; null when it is not a key of that period. */
export function partsOf(period: PeriodKind, key: string): PeriodParts | null {
  const m =
    period === 'month' ? /^(\d{4})-(0[1-9]|1[0-2])$/.exec(key) : period === 'quarter' ? /^(\d{4})-Q([1-4])$/.exec(key) : /^(\d{4})$/.exec(key);
  if (!m) return null;
  const year = Number(m[1]);
  if (period === 'month') {
    const month = Number(m[2]);
    return { year, month, quarter: Math.floor((month - 1) / 3) + 1 };
  }
  if (period === 'quarter') {
    const quarter = Number(m[2]);
    return { year, quarter, month: (quarter - 1) * 3 + 1 };
  }
  return { year, month: 1, quarter: 1 };
}

export const isPeriodKey = (period: PeriodKind, key: string): boolean => partsOf(period, key) !== null;

/** The period of that kind containing a civil date (today, usually). */
export function keyForDate(period: PeriodKind, date: string): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return keyOf(period, { year, month, quarter: Math.floor((month - 1) / 3) + 1 });
}

/** The period `delta` periods after (before, when negative) `key`. */
export function shiftKey(period: PeriodKind, key: string, delta: number): string {
  const p = partsOf(period, key);
  if (!p) return key;
  if (period === 'year') return keyOf(period, { year: p.year + delta });
  const per = period === 'month' ? 12 : 4;
  const index = p.year * per + ((period === 'month' ? p.month : p.quarter) - 1) + delta;
  const year = Math.floor(index / per);
  const n = (index % per) + 1;
  return period === 'month' ? keyOf(period, { year, month: n }) : keyOf(period, { year, quarter: n });
}

/** Moving to another kind keeps the period that holds the current one's first day. */
export function convertKey(from: PeriodKind, key: string, to: PeriodKind): string {
  const p = partsOf(from, key);
  if (!p) return key;
  return keyOf(to, p);
}

/** First and last civil dates of the period, both included. */
export function periodDates(period: PeriodKind, key: string): { first: string; last: string } {
  // The dates do not depend on the zone; only the instants would.
  const r = reportRange(period, key, 'UTC');
  return { first: r.firstDate, last: r.lastDate };
}
