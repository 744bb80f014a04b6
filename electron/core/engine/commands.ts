import { z } from 'zod';
import { ITEM_KINDS } from '../policy/ids';
import { MESSAGE_PRESETS } from './message-presets';

export { MESSAGE_PRESETS, MESSAGE_PRESET_TEXT, type MessagePreset } from './message-presets';

/**
 * What the chair (or any screen) may ask of a live meeting. The engine validates every command
 * with this schema itself too, so a malformed one becomes a refusal, never an exception.
 * Item positions (`index`, `from`, `to`, `at`) count from 0 in the session's current order.
 */
const index = z.number().int().min(0).max(100_000);
const extensionMinutes = z.number().int().min(1).max(24 * 60);

export const StartMeetingSchema = z
  .object({
    type: z.literal('start-meeting'),
    /** Written reason for starting a county-wide meeting without every approval; goes into the record. */
    overrideReason: z.string().max(1000).optional(),
  })
  .strict();

const bare = <T extends string>(type: T) => z.object({ type: z.literal(type) }).strict();

export const CommandSchema = z.discriminatedUnion('type', [
  StartMeetingSchema,
  bare('pause-meeting'),
  bare('resume-meeting'),
  bare('end-meeting'),
  z.object({ type: z.literal('start-item'), index: index.optional() }).strict(),
  bare('pause-item'),
  bare('resume-item'),
  bare('next'),
  bare('finish-item'),
  z.object({ type: z.literal('skip-item'), index }).strict(),
  z.object({ type: z.literal('reorder'), from: index, to: index }).strict(),
  z
    .object({
      type: z.literal('add-speaker'),
      name: z.string().trim().min(1).max(100),
      unit: z.string().max(200).optional(),
      title: z.string().max(500).optional(),
      kind: z.enum(ITEM_KINDS).optional(),
      /** Position to insert at; the end of the agenda when absent. */
      at: index.optional(),
    })
    .strict(),
  z.object({ type: z.literal('declare-extension'), index, minutes: extensionMinutes }).strict(),
  z.object({ type: z.literal('clear-extension'), index }).strict(),
  /** For the current item; minutes default to the declared minutes. */
  z.object({ type: z.literal('grant-extension'), minutes: extensionMinutes.optional() }).strict(),
  z
    .object({
      type: z.literal('message'),
      text: z.string().trim().min(1).max(200).optional(),
      preset: z.enum(MESSAGE_PRESETS).optional(),
    })
    .strict()
    .refine((m) => (m.text === undefined) !== (m.preset === undefined), {
      message: '需要 text 或 preset 二者之一 / exactly one of text or preset',
    }),
  bare('clear-message'),
  z.object({ type: z.literal('blackout'), on: z.boolean() }).strict(),
  bare('undo'),
]);

export type Command = z.infer<typeof CommandSchema>;
export type CommandType = Command['type'];
export type CommandOf<T extends CommandType> = Extract<Command, { type: T }>;
