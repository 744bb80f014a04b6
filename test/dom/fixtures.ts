/** Snapshots and an in-memory API for the renderer's tests, driven by the real engine. */
import { DEFAULT_POLICY } from '../../electron/core/policy/policy';
import { MeetingSchema, type Meeting } from '../../electron/core/schedule/schedule-schema';
import { createSession, reduce, snapshot, type Command, type SessionState } from '../../electron/core/engine';
import type { CommandResult, ConnectionState, DuanhuiApi, LiveSnapshot, MeetingSummary, ServiceCommand } from '../../renderer/src/api/duanhui-api';
import type { z } from 'zod';

export const SEC = 1000;
export const MIN = 60 * SEC;
/** 2026-04-20 09:00 Asia/Shanghai. */
export const T0 = Date.UTC(2026, 3, 20, 1, 0, 0);

export function meeting(over: Partial<z.input<typeof MeetingSchema>> = {}): Meeting {
  return MeetingSchema.parse({
    id: 'm1',
    title: '全县经济工作推进会',
    kind: 'working',
    start: '2026-04-20T09:00',
    durationMinutes: 90,
    agenda: [
      { id: 'a', kind: 'speech', title: '重点项目签约落地情况', speaker: '陈华', unit: '县发改局', minutes: 8, extensionMinutes: 5 },
      { id: 'b', kind: 'report', title: '工业园区情况', speaker: '刘芳', unit: '县工信局', minutes: 8 },
      { id: 'c', kind: 'remarks', title: '县长讲话', speaker: '李明', minutes: 15 },
    ],
    ...over,
  });
}

/** A session after `commands`, each given as [command, at]. Throws on a refusal. */
export function sessionAfter(steps: [Command, number][], m: Meeting = meeting()): SessionState {
  let state = createSession(m, DEFAULT_POLICY, { plannedStart: T0 });
  for (const [command, at] of steps) {
    const r = reduce(state, command, at);
    if (r.refusal) throw new Error(`${command.type} refused: ${r.refusal.code}`);
    state = r.state;
  }
  return state;
}

export function live(state: SessionState | null, version = 1, at = T0): LiveSnapshot {
  return { version, at, meetingId: state?.meeting.id ?? null, engine: state ? snapshot(state) : null };
}

/** A running meeting with item `a` started at T0 + 1 min. */
export const runningA = (): SessionState =>
  sessionAfter([
    [{ type: 'start-meeting' }, T0],
    [{ type: 'start-item' }, T0 + MIN],
  ]);

/**
 * The engine behind an in-memory API, with a settable clock: what the service would do,
 * without storage. Records every command it was sent.
 */
export class FakeApi implements DuanhuiApi {
  readonly kind = 'ipc' as const;
  state: SessionState | null;
  version = 1;
  time = T0;
  sent: ServiceCommand[] = [];
  meetings: MeetingSummary[] = [];
  private listeners = new Set<(s: LiveSnapshot) => void>();
  private connectionListeners = new Set<(s: ConnectionState) => void>();
  connection: ConnectionState = { connected: true, revoked: false };

  constructor(state: SessionState | null = sessionAfter([])) {
    this.state = state;
  }

  canControl() {
    return true;
  }

  current(): LiveSnapshot {
    return live(this.state, this.version, this.time);
  }

  async execute(command: ServiceCommand): Promise<CommandResult> {
    this.sent.push(command);
    if (command.type === 'load-sample' || command.type === 'load-meeting') {
      this.state = sessionAfter([]);
      return this.publish();
    }
    if (!this.state) return { ok: false, refusal: { code: 'no-meeting', message: { 'zh-CN': '没有打开的会议', en: 'No meeting is open' } } };
    const r = reduce(this.state, command, this.time);
    if (r.refusal) {
      const { refusalMessage } = await import('../../electron/core/engine');
      return {
        ok: false,
        refusal: { code: r.refusal.code, params: r.refusal.params, message: { 'zh-CN': refusalMessage(r.refusal, 'zh-CN'), en: refusalMessage(r.refusal, 'en') } },
      };
    }
    this.state = r.state;
    return this.publish();
  }

  private publish(): CommandResult {
    this.version += 1;
    const snap = this.current();
    for (const l of this.listeners) l(snap);
    return { ok: true, snapshot: snap };
  }

  subscribe(listener: (s: LiveSnapshot) => void) {
    this.listeners.add(listener);
    listener(this.current());
    return () => this.listeners.delete(listener);
  }

  subscribeConnection(listener: (s: ConnectionState) => void) {
    this.connectionListeners.add(listener);
    listener(this.connection);
    return () => this.connectionListeners.delete(listener);
  }

  setConnection(state: ConnectionState) {
    this.connection = state;
    for (const l of this.connectionListeners) l(state);
  }

  async listMeetings() {
    return this.meetings;
  }

  serverNow() {
    return this.time;
  }

  menuListeners = new Set<(c: import('../../renderer/src/api/duanhui-api').MenuCommand) => void>();
  subscribeMenu(listener: (c: import('../../renderer/src/api/duanhui-api').MenuCommand) => void) {
    this.menuListeners.add(listener);
    return () => this.menuListeners.delete(listener);
  }

  subscribeNotices() {
    return () => {};
  }

  start() {}
  stop() {}
}
