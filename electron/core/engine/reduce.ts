import type { z } from 'zod';
import { draftOf, effectiveNow } from './clone';
import { blackout, clearMessage, message } from './chair-commands';
import { CommandSchema, type Command, type CommandType } from './commands';
import type { CommandEvent, SessionEvent } from './events';
import { clearExtension, declareExtension, grantExtension } from './extension-commands';
import type { Handler } from './guards';
import { addSpeaker, finishItem, next, pauseItem, reorder, resumeItem, skipItem, startItem } from './item-commands';
import { endMeeting, pauseMeeting, resumeMeeting, startMeeting } from './meeting-commands';
import { refuse, type Refusal } from './refusals';
import type { SessionState } from './session-state';
import { tick } from './transitions';
import { undone } from './undo';

export interface ReduceResult {
  /** The new state; on a refusal, the state passed in, unchanged. */
  state: SessionState;
  /** To append to the log, in order: phase changes that fell due first, the command, and any due at once. */
  events: SessionEvent[];
  refusal?: Refusal;
}

type Handlers = { [T in Exclude<CommandType, 'undo'>]: Handler<Extract<Command, { type: T }>> };

const HANDLERS: Handlers = {
  'start-meeting': startMeeting,
  'pause-meeting': pauseMeeting,
  'resume-meeting': resumeMeeting,
  'end-meeting': endMeeting,
  'start-item': startItem,
  'pause-item': pauseItem,
  'resume-item': resumeItem,
  next,
  'finish-item': finishItem,
  'skip-item': skipItem,
  reorder,
  'add-speaker': addSpeaker,
  'declare-extension': declareExtension,
  'clear-extension': clearExtension,
  'grant-extension': grantExtension,
  message,
  'clear-message': clearMessage,
  blackout,
};

function invalid(error: z.ZodError): Refusal {
  const issue = error.issues[0];
  return refuse('invalid-command', {
    path: issue?.path.map(String).join('.') ?? '',
    message: issue?.message ?? 'invalid',
  });
}

/**
 * The engine: what `command` does to `state` at `now` (epoch ms from the caller's monotonic-
 * corrected clock). `command` may be unvalidated input: it is checked against CommandSchema.
 * Pure and total: bad input or a command the rules forbid comes back as a
 * `refusal`, never as an exception. Phase changes due before `now` are logged first, with
 * their own instants, so the log reads in the order things happened.
 */
export function reduce(state: SessionState, command: unknown, now: number): ReduceResult {
  if (typeof now !== 'number' || !Number.isFinite(now)) {
    return { state, events: [], refusal: refuse('invalid-command', { path: 'now', message: `not an instant: ${String(now)}` }) };
  }
  const parsed = CommandSchema.safeParse(command);
  if (!parsed.success) return { state, events: [], refusal: invalid(parsed.error) };
  const cmd = parsed.data;
  const at = effectiveNow(state, now);
  const caught = tick(state, at);

  let draft: SessionState;
  const event: CommandEvent = { seq: caught.state.seq + 1, at, type: 'command', command: cmd };
  if (cmd.type === 'undo') {
    const restored = undone(caught.state, at);
    if ('code' in restored) return { state, events: [], refusal: restored };
    event.undoes = caught.state.undo?.seq;
    draft = restored;
  } else {
    draft = draftOf(caught.state);
    const handler = HANDLERS[cmd.type] as Handler<Command>;
    const refusal = handler(draft, cmd, at);
    if (refusal) return { state, events: [], refusal };
    draft.undo = {
      seq: event.seq,
      command: cmd.type,
      at,
      until: at + state.undoWindowMs,
      prev: { ...caught.state, undo: null },
    };
  }
  draft.seq = event.seq;
  draft.lastAt = draft.lastAt === null ? at : Math.max(draft.lastAt, at);
  const after = tick(draft, at);
  return { state: after.state, events: [...caught.events, event, ...after.events] };
}
