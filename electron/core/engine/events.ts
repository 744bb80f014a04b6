import { z } from 'zod';
import { CommandSchema } from './commands';

/**
 * The event log is the meeting's record and its recovery: every accepted command and every
 * phase change, numbered by `seq` (1, 2, 3… without gaps). `at` is the instant it took effect:
 * for a command the (clamped) now it was given at, for a phase change its exact due instant,
 * not the instant a scheduler happened to notice it.
 */
const base = { seq: z.number().int().min(1), at: z.number() };

export const CommandEventSchema = z
  .object({
    ...base,
    type: z.literal('command'),
    command: CommandSchema,
    /** For `undo`: seq of the command it reverted. */
    undoes: z.number().int().min(1).optional(),
  })
  .strict();

export const ITEM_PHASE_EVENT_TYPES = ['item-extended', 'item-warning', 'item-time-up'] as const;
export type ItemPhaseEventType = (typeof ITEM_PHASE_EVENT_TYPES)[number];

export const ItemPhaseEventSchema = z
  .object({ ...base, type: z.enum(ITEM_PHASE_EVENT_TYPES), itemId: z.string().min(1) })
  .strict();

export const MeetingWarningEventSchema = z
  .object({
    ...base,
    type: z.literal('meeting-warning'),
    /** 1 for the first stage (default 15 min left), 2 for the next (5 min)… */
    stage: z.number().int().min(1),
    minutesLeft: z.number().min(0),
  })
  .strict();

export const MeetingOverCapEventSchema = z.object({ ...base, type: z.literal('meeting-over-cap') }).strict();

export const SessionEventSchema = z.union([
  CommandEventSchema,
  ItemPhaseEventSchema,
  MeetingWarningEventSchema,
  MeetingOverCapEventSchema,
]);

export type CommandEvent = z.infer<typeof CommandEventSchema>;
export type ItemPhaseEvent = z.infer<typeof ItemPhaseEventSchema>;
export type MeetingWarningEvent = z.infer<typeof MeetingWarningEventSchema>;
export type MeetingOverCapEvent = z.infer<typeof MeetingOverCapEventSchema>;
export type PhaseEvent = ItemPhaseEvent | MeetingWarningEvent | MeetingOverCapEvent;
export type SessionEvent = z.infer<typeof SessionEventSchema>;
