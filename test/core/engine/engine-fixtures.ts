import { expect } from 'vitest';
import type { z } from 'zod';
import { DEFAULT_POLICY, PolicySchema, type Policy, type PolicyInput } from '../../../electron/core/policy/policy';
import { MeetingSchema, type Meeting } from '../../../electron/core/schedule/schedule-schema';
import {
  createSession,
  display,
  reduce,
  replay,
  tick,
  type Command,
  type Refusal,
  type SessionEvent,
  type SessionOptions,
  type SessionState,
} from '../../../electron/core/engine';

export const SEC = 1000;
export const MIN = 60 * SEC;
/** 2026-04-20 09:00 Asia/Shanghai, a Monday (day 20: the second-half no-meeting period, which the live engine does not judge). */
export const T0 = Date.UTC(2026, 3, 20, 1, 0, 0);

export function meeting(over: Partial<z.input<typeof MeetingSchema>> = {}): Meeting {
  return MeetingSchema.parse({
    id: 'm1',
    title: '全县经济工作推进会',
    kind: 'working',
    start: '2026-04-20T09:00',
    durationMinutes: 90,
    agenda: [
      { id: 'a', kind: 'speech', title: '县发改局发言', speaker: '张三', minutes: 8, extensionMinutes: 5 },
      { id: 'b', kind: 'report', title: '县财政局汇报', speaker: '李四', minutes: 8 },
      { id: 'c', kind: 'keynote', title: '主题报告', speaker: '王五', minutes: 20 },
      { id: 'd', kind: 'speech', title: '县教育局发言', speaker: '赵六', minutes: 6, extensionMinutes: 3 },
    ],
    ...over,
  });
}

const sampleMeeting = (): Meeting => meeting();

export const policy = (over: PolicyInput = {}): Policy => PolicySchema.parse(over);

/** Drives one session the way MeetingService will: every returned event appended to the log. */
export class Session {
  state: SessionState;
  log: SessionEvent[] = [];
  constructor(
    readonly meeting: Meeting = sampleMeeting(),
    readonly policy: Policy = DEFAULT_POLICY,
    readonly opts: SessionOptions = { plannedStart: T0 },
  ) {
    this.state = createSession(this.meeting, this.policy, this.opts);
  }

  /** A command that must be accepted; returns the events it produced. */
  ok(command: Command, at: number): SessionEvent[] {
    const r = reduce(this.state, command, at);
    expect(r.refusal, `${command.type} at +${(at - T0) / 1000}s`).toBeUndefined();
    this.state = r.state;
    this.log.push(...r.events);
    return r.events;
  }

  /** A command that must be refused; the state must stay the same object. */
  no(command: unknown, at: number): Refusal {
    const before = this.state;
    const r = reduce(this.state, command, at);
    expect(r.refusal, `${JSON.stringify(command)} should be refused`).toBeDefined();
    expect(r.state).toBe(before);
    expect(r.events).toEqual([]);
    return r.refusal!;
  }

  tick(at: number): SessionEvent[] {
    const r = tick(this.state, at);
    this.state = r.state;
    this.log.push(...r.events);
    return r.events;
  }

  show(at: number) {
    return display(this.state, at);
  }

  item(id: string) {
    const item = this.state.items.find((i) => i.id === id);
    if (!item) throw new Error(`no item ${id}`);
    return item;
  }

  replayed() {
    return replay(this.meeting, this.policy, this.log, this.opts);
  }
}

/** A started meeting at T0. */
export function started(m: Meeting = meeting(), p: Policy = DEFAULT_POLICY): Session {
  const s = new Session(m, p);
  s.ok({ type: 'start-meeting' }, T0);
  return s;
}
