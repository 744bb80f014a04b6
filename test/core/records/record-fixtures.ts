import type { z } from 'zod';
import { bundledCalendar } from '../../../electron/core/calendar';
import { civilToEpoch, createSession, reduce, tick, type Command, type SessionEvent, type SessionState } from '../../../electron/core/engine';
import { DEFAULT_POLICY, type Policy } from '../../../electron/core/policy/policy';
import { MeetingSchema, type Meeting } from '../../../electron/core/schedule/schedule-schema';
import { buildMeetingRecord, type MeetingRecord, type RecordContext } from '../../../electron/core/records';

export const SEC = 1000;
export const MIN = 60 * SEC;
export const TZ = 'Asia/Shanghai';
export const calendar = bundledCalendar();

export const meetingOf = (input: z.input<typeof MeetingSchema>): Meeting => MeetingSchema.parse(input);

/**
 * Runs a meeting the way MeetingService does, on a clock the test moves by hand: each command
 * goes through reduce at its instant, the scheduler's ticks through tick, and every event they
 * return is appended to the log. No sleeping: time is a number.
 */
export class Sim {
  state: SessionState;
  log: SessionEvent[] = [];
  now: number;
  readonly plannedStart: number;

  constructor(
    readonly meeting: Meeting,
    readonly policy: Policy = DEFAULT_POLICY,
  ) {
    this.plannedStart = civilToEpoch(meeting.start, TZ)!;
    this.state = createSession(meeting, policy, { plannedStart: this.plannedStart, timeZone: TZ });
    this.now = this.plannedStart;
  }

  /** Moves the clock forward, letting the scheduler log what fell due (as the live timer does). */
  wait(ms: number): this {
    const until = this.now + ms;
    // One late tick logs every transition due by then, each at its own due instant.
    const r = tick(this.state, until);
    this.state = r.state;
    this.log.push(...r.events);
    this.now = until;
    return this;
  }

  do(command: Command): this {
    const r = reduce(this.state, command, this.now);
    // Plain Error, not expect(): scripts/render-pdf-samples.ts drives meetings with this too.
    if (r.refusal) throw new Error(`${command.type} at +${(this.now - this.plannedStart) / SEC}s refused: ${r.refusal.code}`);
    this.state = r.state;
    this.log.push(...r.events);
    return this;
  }

  record(ctx: Partial<RecordContext> = {}): MeetingRecord {
    return buildMeetingRecord(this.meeting, this.policy, this.log, { timeZone: TZ, calendar, ...ctx });
  }
}
