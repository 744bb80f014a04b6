import { currentItem } from './clone';
import { refuse, type Refusal } from './refusals';
import type { ItemState, SessionState } from './session-state';

/** A command handler: mutates the draft and returns null, or refuses (the draft is then dropped). */
export type Handler<C> = (draft: SessionState, command: C, now: number) => Refusal | null;

export const itemLabel = (item: ItemState): string => item.title || item.speaker || item.id;

export function notEnded(s: SessionState): Refusal | null {
  return s.meeting.status === 'ended' ? refuse('meeting-ended') : null;
}

/** Started and not ended (a recess is fine). */
export function inSession(s: SessionState): Refusal | null {
  if (s.meeting.status === 'not-started') return refuse('meeting-not-started');
  return notEnded(s);
}

/** Started, not ended, not in recess: the clock may run. */
export function running(s: SessionState): Refusal | null {
  return inSession(s) ?? (s.meeting.status === 'recess' ? refuse('meeting-in-recess') : null);
}

export function itemAt(s: SessionState, index: number): ItemState | Refusal {
  const item = s.items[index];
  return item ?? refuse('no-such-item', { index, count: s.items.length });
}

export function pendingAt(s: SessionState, index: number): ItemState | Refusal {
  const item = itemAt(s, index);
  if (isRefusal(item)) return item;
  return item.status === 'pending' ? item : refuse('item-not-pending', { index, title: itemLabel(item) });
}

export function current(s: SessionState): ItemState | Refusal {
  return currentItem(s) ?? refuse('no-current-item');
}

export const isRefusal = (x: ItemState | Refusal): x is Refusal => 'code' in x && 'params' in x;
