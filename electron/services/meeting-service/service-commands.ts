import { z } from 'zod';

/**
 * Commands of the service itself (which meeting is open), beside the engine's CommandSchema
 * (what happens in the open meeting). `execute` takes both.
 */
export const ServiceCommandSchema = z.discriminatedUnion('type', [
  /** Opens a stored meeting: resumes its live session, or prepares a new one (written at its first command). */
  z.object({ type: z.literal('load-meeting'), meetingId: z.string().trim().min(1).max(100) }).strict(),
  /** Stores the bundled sample meeting, dated today, and opens it. */
  z.object({ type: z.literal('load-sample') }).strict(),
  /** Closes the open meeting (refused while it is in progress). */
  z.object({ type: z.literal('close-meeting') }).strict(),
]);

export type ServiceCommand = z.infer<typeof ServiceCommandSchema>;
export const SERVICE_COMMAND_TYPES: readonly string[] = ['load-meeting', 'load-sample', 'close-meeting'];

export const isServiceCommandType = (command: unknown): boolean =>
  command !== null &&
  typeof command === 'object' &&
  SERVICE_COMMAND_TYPES.includes(String((command as { type?: unknown }).type));
