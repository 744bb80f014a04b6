import type { ItemState } from './session-state';

/** Elapsed thresholds (ms into the item) at which the item's phase changes. */
export interface ItemThresholds {
  /** Base limit reached inside a granted extension; null without a visible extended phase. */
  extended: number | null;
  /** Warning phase starts; null when the policy has no warning phase or it would be empty. */
  warning: number | null;
  /** Time is up: limit + granted extension. */
  timeUp: number;
}

export const allowedMs = (item: ItemState): number => item.limitMs + item.grantedExtensionMs;

export function itemThresholds(item: ItemState): ItemThresholds {
  const timeUp = allowedMs(item);
  const warning = item.warningMs > 0 ? Math.max(0, timeUp - item.warningMs) : null;
  const visibleWarning = warning !== null && warning < timeUp ? warning : null;
  const extendedEnd = visibleWarning ?? timeUp;
  const extended = item.grantedExtensionMs > 0 && item.limitMs < extendedEnd ? item.limitMs : null;
  return { extended, warning: visibleWarning, timeUp };
}

/** Elapsed ms at `now`: earlier runs plus the current one. Never negative, never decreasing in now. */
export function itemElapsed(item: ItemState, now: number): number {
  if (item.status !== 'running' || item.runningSince === null) return item.elapsedBeforeMs;
  return item.elapsedBeforeMs + Math.max(0, now - item.runningSince);
}

/** The instant a running item reaches `threshold` elapsed (never before its run started). */
export function instantOf(item: ItemState, threshold: number): number | null {
  if (item.status !== 'running' || item.runningSince === null) return null;
  return item.runningSince + Math.max(0, threshold - item.elapsedBeforeMs);
}

/** Recomputes the stored instants after the run or the thresholds changed. */
export function refreshItemInstants(item: ItemState): void {
  const t = itemThresholds(item);
  item.deadline = instantOf(item, t.timeUp);
  item.warningAt = t.warning === null ? null : instantOf(item, t.warning);
  item.extendedAt = item.grantedExtensionMs > 0 ? instantOf(item, item.limitMs) : null;
}

export function startRun(item: ItemState, now: number): void {
  item.status = 'running';
  item.runningSince = now;
  item.startedAt ??= now;
  item.pausedByRecess = false;
  refreshItemInstants(item);
}

export function stopRun(item: ItemState, now: number): void {
  item.elapsedBeforeMs = itemElapsed(item, now);
  item.runningSince = null;
  refreshItemInstants(item);
}

/**
 * Marks thresholds already passed at `now` as logged. Used when a command moves the thresholds
 * (a granted extension): the command itself is that phase change, so no separate event follows.
 */
export function settleEmitted(item: ItemState, now: number): void {
  const e = itemElapsed(item, now);
  const t = itemThresholds(item);
  if (t.extended !== null && t.extended <= e) item.emitted.extended = t.extended;
  if (t.warning !== null && t.warning <= e) item.emitted.warning = t.warning;
  if (t.timeUp <= e) item.emitted.timeUp = t.timeUp;
}
