import { MESSAGE_PRESET_TEXT } from '../engine/commands';
import type { SessionEvent } from '../engine/events';
import type { RecordItem, RecordMessage } from './meeting-record-types';

/**
 * The chair's messages, in log order. The state keeps only the message on screen now, so the
 * history is read from the log; a message taken back with undo was a slip, not a message, and
 * is left out. The item on the floor is the one whose run spans the instant.
 */
export function chairMessages(events: readonly SessionEvent[], items: readonly RecordItem[]): RecordMessage[] {
  const undone = new Set<number>();
  for (const ev of events) if (ev.type === 'command' && ev.undoes !== undefined) undone.add(ev.undoes);
  const out: RecordMessage[] = [];
  for (const ev of events) {
    if (ev.type !== 'command' || ev.command.type !== 'message' || undone.has(ev.seq)) continue;
    const cmd = ev.command;
    const preset = cmd.preset ?? null;
    const onFloor = items.find(
      (i) => i.startedAt !== null && i.startedAt <= ev.at && (i.endedAt === null || ev.at < i.endedAt),
    );
    out.push({
      seq: ev.seq,
      at: ev.at,
      text: preset ? MESSAGE_PRESET_TEXT[preset]['zh-CN'] : (cmd.text ?? '').trim(),
      preset,
      itemId: onFloor?.id ?? null,
    });
  }
  return out;
}
