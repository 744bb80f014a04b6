import { draftOf } from './clone';
import { itemElapsed, itemThresholds } from './item-timing';
import { stagesReached } from './meeting-timing';
import { refuse, type Refusal } from './refusals';
import type { EmittedMarks, SessionState } from './session-state';

const MARKS: (keyof EmittedMarks)[] = ['extended', 'warning', 'timeUp'];

/**
 * The state after undoing the last command at `now`: the state from just before it, with
 * what must not go back — the event numbering, the last instant, the added-speaker counter,
 * and phase events already logged that still hold in the restored state (a warning reached
 * while a mistaken message was on screen is not logged twice). A phase that no longer holds
 * (say, a meeting stage reached only because a recess was ended by mistake) is re-armed.
 */
export function undone(cur: SessionState, now: number): SessionState | Refusal {
  const slot = cur.undo;
  if (!slot) return refuse('nothing-to-undo');
  if (now > slot.until) return refuse('undo-expired', { seconds: Math.round(cur.undoWindowMs / 1000) });
  const restored = draftOf(slot.prev);
  restored.seq = cur.seq;
  restored.lastAt = cur.lastAt;
  restored.addedCount = cur.addedCount;
  restored.undo = null;
  for (const item of restored.items) {
    const was = cur.items.find((i) => i.id === item.id);
    if (!was) continue;
    const t = itemThresholds(item);
    const e = itemElapsed(item, now);
    for (const mark of MARKS) {
      const thr = t[mark];
      if (thr !== null && was.emitted[mark] === thr && item.emitted[mark] !== thr && thr <= e) {
        item.emitted[mark] = thr;
        if (mark === 'timeUp') item.timeUpAt ??= was.timeUpAt;
      }
    }
  }
  const m = restored.meeting;
  m.emittedStages = Math.max(m.emittedStages, Math.min(cur.meeting.emittedStages, stagesReached(m, now)));
  return restored;
}
