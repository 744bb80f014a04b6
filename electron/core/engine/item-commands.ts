import type { CommandOf } from './commands';
import { currentItem } from './clone';
import { newItem, uniqueId } from './create-session';
import { current, isRefusal, itemLabel, notEnded, pendingAt, running, inSession, type Handler } from './guards';
import { startRun, stopRun } from './item-timing';
import { finishItemNow } from './meeting-commands';
import { refuse } from './refusals';
import type { ItemState, SessionState } from './session-state';

function begin(s: SessionState, item: ItemState, now: number): void {
  startRun(item, now);
  s.currentId = item.id;
  // A chair's message is meant for the speaker who was on; the next one starts with a clean screen.
  s.message = null;
}

const firstPending = (s: SessionState) => s.items.find((i) => i.status === 'pending');

export const startItem: Handler<CommandOf<'start-item'>> = (s, cmd, now) => {
  const r = running(s);
  if (r) return r;
  const active = currentItem(s);
  if (active) return refuse('item-in-progress', { title: itemLabel(active) });
  let item: ItemState | undefined;
  if (cmd.index !== undefined) {
    const found = pendingAt(s, cmd.index);
    if (isRefusal(found)) return found;
    item = found;
  } else {
    item = firstPending(s);
    if (!item) return refuse('no-next-item');
  }
  begin(s, item, now);
  return null;
};

export const pauseItem: Handler<CommandOf<'pause-item'>> = (s, _cmd, now) => {
  const item = inSession(s) ?? current(s);
  if (isRefusal(item)) return item;
  if (item.status !== 'running') return refuse('item-not-running');
  stopRun(item, now);
  item.status = 'paused';
  item.pausedAt = now;
  return null;
};

export const resumeItem: Handler<CommandOf<'resume-item'>> = (s, _cmd, now) => {
  const item = running(s) ?? current(s);
  if (isRefusal(item)) return item;
  if (item.status !== 'paused') return refuse('item-not-paused');
  startRun(item, now);
  return null;
};

export const finishItem: Handler<CommandOf<'finish-item'>> = (s, _cmd, now) => {
  const item = inSession(s) ?? current(s);
  if (isRefusal(item)) return item;
  finishItemNow(s, now);
  return null;
};

/** Finish the current item and start the next pending one; on the last item, just finish. */
export const next: Handler<CommandOf<'next'>> = (s, _cmd, now) => {
  const r = running(s);
  if (r) return r;
  const active = currentItem(s);
  if (!active && !firstPending(s)) return refuse('no-next-item');
  finishItemNow(s, now);
  const item = firstPending(s);
  if (item) begin(s, item, now);
  return null;
};

export const skipItem: Handler<CommandOf<'skip-item'>> = (s, cmd, now) => {
  const item = notEnded(s) ?? pendingAt(s, cmd.index);
  if (isRefusal(item)) return item;
  item.status = 'skipped';
  item.endedAt = now;
  return null;
};

/** Moves a pending item to the place of another pending item: done and running items stay put. */
export const reorder: Handler<CommandOf<'reorder'>> = (s, cmd) => {
  const from = notEnded(s) ?? pendingAt(s, cmd.from);
  if (isRefusal(from)) return from;
  const to = pendingAt(s, cmd.to);
  if (isRefusal(to)) return to;
  s.items.splice(cmd.from, 1);
  s.items.splice(cmd.to, 0, from);
  return null;
};

/** An unplanned speaker (临时发言): gets the speech limit, declares no extension yet. */
export const addSpeaker: Handler<CommandOf<'add-speaker'>> = (s, cmd) => {
  const r = notEnded(s);
  if (r) return r;
  const at = cmd.at ?? s.items.length;
  if (at > s.items.length) return refuse('no-such-item', { index: at, count: s.items.length });
  s.addedCount += 1;
  const kind = cmd.kind ?? 'speech';
  const item = newItem(s.policy, {
    id: uniqueId(`extra-${s.addedCount}`, new Set(s.items.map((i) => i.id))),
    agendaIndex: null,
    kind,
    title: cmd.title ?? '',
    speaker: cmd.name,
    unit: cmd.unit ?? null,
    plannedMinutes: null,
    limitMinutes: s.policy.speechLimitMinutes,
    declaredMinutes: 0,
  });
  s.items.splice(at, 0, item);
  return null;
};
