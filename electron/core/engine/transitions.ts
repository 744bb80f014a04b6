import { draftOf, effectiveNow, currentItem } from './clone';
import type { ItemPhaseEventType, PhaseEvent } from './events';
import { instantOf, itemThresholds } from './item-timing';
import { meetingThresholds } from './meeting-timing';
import type { EmittedMarks, SessionState } from './session-state';

/** A phase change the log does not have yet, with the instant it is (or was) due. */
export type PendingTransition =
  | { due: number; kind: 'item'; mark: keyof EmittedMarks; itemId: string; threshold: number }
  | { due: number; kind: 'meeting'; stage: number };

const ITEM_EVENT: Record<keyof EmittedMarks, ItemPhaseEventType> = {
  extended: 'item-extended',
  warning: 'item-warning',
  timeUp: 'item-time-up',
};
const MARK_ORDER: (keyof EmittedMarks)[] = ['extended', 'warning', 'timeUp'];

/** Every transition not yet logged, earliest first (ties: the item's, then the meeting's). */
export function pendingTransitions(state: SessionState): PendingTransition[] {
  const out: PendingTransition[] = [];
  const item = currentItem(state);
  if (item && item.status === 'running') {
    const t = itemThresholds(item);
    for (const mark of MARK_ORDER) {
      const threshold = t[mark];
      if (threshold === null || item.emitted[mark] === threshold) continue;
      const due = instantOf(item, threshold);
      if (due !== null) out.push({ due, kind: 'item', mark, itemId: item.id, threshold });
    }
  }
  const m = state.meeting;
  if (m.status === 'running' && m.startedAt !== null) {
    const thresholds = meetingThresholds(m);
    const next = thresholds[m.emittedStages];
    if (next !== undefined) out.push({ due: m.startedAt + m.recessBeforeMs + next, kind: 'meeting', stage: m.emittedStages + 1 });
  }
  return out.sort((a, b) => a.due - b.due);
}

/**
 * When the next phase change is due, for a scheduler to sleep until; null when nothing will
 * change by itself (no item running and the meeting clock stopped or uncapped). With `now`,
 * a change already overdue is reported as `now` (tick at once).
 */
export function nextTransitionAt(state: SessionState, now?: number): number | null {
  const first = pendingTransitions(state)[0];
  if (!first) return null;
  return now === undefined ? first.due : Math.max(first.due, effectiveNow(state, now));
}

export interface TickResult {
  state: SessionState;
  events: PhaseEvent[];
}

/**
 * Logs every phase change due at or before `now`, each at its own due instant. Calling it
 * once late or many times on time gives the same events: that is what makes replay exact.
 */
export function tick(state: SessionState, now: number): TickResult {
  const at = effectiveNow(state, now);
  let pending = pendingTransitions(state);
  if (!pending.length || pending[0]!.due > at) return { state, events: [] };
  const draft = draftOf(state);
  const events: PhaseEvent[] = [];
  for (;;) {
    pending = pendingTransitions(draft);
    const p = pending[0];
    if (!p || p.due > at) break;
    draft.seq += 1;
    draft.lastAt = draft.lastAt === null ? p.due : Math.max(draft.lastAt, p.due);
    if (p.kind === 'item') {
      const item = draft.items.find((i) => i.id === p.itemId)!;
      item.emitted[p.mark] = p.threshold;
      if (p.mark === 'timeUp') item.timeUpAt ??= p.due;
      events.push({ seq: draft.seq, at: p.due, type: ITEM_EVENT[p.mark], itemId: p.itemId });
    } else {
      const m = draft.meeting;
      m.emittedStages = p.stage;
      const left = m.stagesMs[p.stage - 1];
      events.push(
        left === undefined
          ? { seq: draft.seq, at: p.due, type: 'meeting-over-cap' }
          : { seq: draft.seq, at: p.due, type: 'meeting-warning', stage: p.stage, minutesLeft: left / 60_000 },
      );
    }
  }
  return { state: draft, events };
}
