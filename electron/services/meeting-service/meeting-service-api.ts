/**
 * The one API every screen uses (architecture.md: "One command/subscription API with two
 * adapters: IPC for Electron windows, WebSocket for browsers").
 *
 * Adapters only route JSON; the service validates commands with zod (CommandSchema) at its
 * boundary, so `execute` takes `unknown`.
 */
import type { SessionSnapshot } from '../../core/engine';

export type Lang = 'zh-CN' | 'en';

export interface Refusal {
  code: string;
  params?: Record<string, string | number>;
  message: { 'zh-CN': string; en: string };
}

/** What a screen mirrors. `engine` is the engine snapshot (instants, never remaining seconds). */
export interface LiveSnapshot {
  /** Increases with every change; a screen drops a snapshot older than the one it has. */
  version: number;
  /** The service clock when the snapshot was made (epoch ms). */
  at: number;
  meetingId: string | null;
  /** The engine snapshot of the live session, null when no meeting is loaded. */
  engine: SessionSnapshot | null;
}

/**
 * Commands of the service itself, beside the engine's (CommandSchema in electron/core/engine):
 * which meeting is open. `execute` takes both kinds.
 */
export type ServiceLevelCommand =
  /** Opens a stored meeting: resumes its live session, or prepares a new one. */
  | { type: 'load-meeting'; meetingId: string }
  /** Stores the sample meeting, dated today, and opens it. */
  | { type: 'load-sample' }
  /** Closes the open meeting; refused (`meeting-in-progress`) while it runs or is in recess. */
  | { type: 'close-meeting' };

export type CommandResult =
  | { ok: true; snapshot: LiveSnapshot }
  | { ok: false; refusal: Refusal };

export interface MeetingServiceApi {
  /**
   * Validates, applies, makes durable, then resolves. Never throws for a refused command.
   * Takes engine commands and ServiceLevelCommand.
   */
  execute(command: unknown): Promise<CommandResult>;
  snapshot(): LiveSnapshot;
  subscribe(listener: (snapshot: LiveSnapshot) => void): () => void;
  /** The service clock (epoch ms, monotonic-corrected): remote screens sync to it. */
  now(): number;
  listMeetings(range?: { from?: number; to?: number }): unknown[];
  importSchedule(schedule: unknown, opts?: { preview?: boolean }): unknown;
  exportSchedule(): unknown;
}
