/**
 * TEST DOUBLE of MeetingServiceApi (electron/services/meeting-service/meeting-service-api.ts)
 * for the room-server tests. It is not the engine: it keeps one item with a deadline so the
 * tests can see commands take effect. The real service is a drop-in replacement.
 *
 * The room server routes the engine snapshot as opaque JSON, so this double puts its own small
 * shape (FakeEngine) where the real SessionSnapshot goes; fakeEngineOf() reads it back.
 */
import type { SessionSnapshot } from '../../electron/core/engine';
import type {
  CommandResult,
  LiveSnapshot,
  MeetingServiceApi,
} from '../../electron/services/meeting-service/meeting-service-api';

export interface FakeEngine {
  phase: 'idle' | 'running' | 'paused';
  item: number;
  /** Epoch ms when the current item runs out (null unless running). */
  deadline: number | null;
  pausedRemainingMs: number | null;
  message: { text?: string; preset?: string } | null;
  blackout: boolean;
}

export interface FakeMeetingService extends MeetingServiceApi {
  /** Every command execute() received, valid or not. */
  readonly executed: unknown[];
  readonly imported: { schedule: unknown; preview: boolean }[];
  engine(): FakeEngine;
}

export function fakeEngineOf(snapshot: LiveSnapshot | null | undefined): FakeEngine | null {
  return (snapshot?.engine ?? null) as unknown as FakeEngine | null;
}

const ITEM_MS = 8 * 60_000;
const EXTENSION_MS = 5 * 60_000;

function refuse(code: string, en: string, zh: string): CommandResult {
  return { ok: false, refusal: { code, message: { 'zh-CN': zh, en } } };
}

export function createFakeMeetingService(now: () => number): FakeMeetingService {
  let engine: FakeEngine = { phase: 'idle', item: 0, deadline: null, pausedRemainingMs: null, message: null, blackout: false };
  let version = 1;
  let schedule: unknown = { meetings: [] };
  const listeners = new Set<(snapshot: LiveSnapshot) => void>();
  const executed: unknown[] = [];
  const imported: { schedule: unknown; preview: boolean }[] = [];

  const snapshot = (): LiveSnapshot => ({
    version,
    at: now(),
    meetingId: 'm1',
    engine: structuredClone(engine) as unknown as SessionSnapshot,
  });

  const apply = (next: FakeEngine): CommandResult => {
    engine = next;
    version += 1;
    const snap = snapshot();
    for (const listener of listeners) listener(snap);
    return { ok: true, snapshot: snap };
  };

  const run = (command: unknown): CommandResult => {
    if (command === null || typeof command !== 'object') return refuse('invalid-command', 'not an object', '不是对象');
    const c = command as { type?: unknown; text?: unknown; preset?: unknown; on?: unknown };
    switch (c.type) {
      case 'start-meeting':
        if (engine.phase !== 'idle') return refuse('already-started', 'already started', '会议已开始');
        return apply({ ...engine, phase: 'running', deadline: now() + ITEM_MS });
      case 'pause-item':
        if (engine.phase !== 'running' || engine.deadline === null) return refuse('not-running', 'not running', '未在计时');
        return apply({ ...engine, phase: 'paused', pausedRemainingMs: engine.deadline - now(), deadline: null });
      case 'resume-item':
        if (engine.phase !== 'paused') return refuse('not-paused', 'not paused', '未暂停');
        return apply({ ...engine, phase: 'running', deadline: now() + (engine.pausedRemainingMs ?? 0), pausedRemainingMs: null });
      case 'next':
        if (engine.phase === 'idle') return refuse('not-started', 'not started', '会议未开始');
        return apply({ ...engine, phase: 'running', item: engine.item + 1, deadline: now() + ITEM_MS, pausedRemainingMs: null });
      case 'grant-extension':
        if (engine.deadline === null) return refuse('not-running', 'not running', '未在计时');
        return apply({ ...engine, deadline: engine.deadline + EXTENSION_MS });
      case 'message':
        return apply({ ...engine, message: typeof c.preset === 'string' ? { preset: c.preset } : { text: String(c.text) } });
      case 'clear-message':
        return apply({ ...engine, message: null });
      case 'blackout':
        return apply({ ...engine, blackout: c.on === true });
      default:
        return refuse('unknown-command', `unknown command ${String(c.type)}`, `未知命令 ${String(c.type)}`);
    }
  };

  return {
    executed,
    imported,
    engine: () => structuredClone(engine),
    execute(command) {
      executed.push(command);
      return Promise.resolve(run(command));
    },
    snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    now,
    listMeetings: () => [],
    importSchedule(value, opts) {
      if (value === null || typeof value !== 'object' || !Array.isArray((value as { meetings?: unknown }).meetings)) {
        throw new Error('meetings: expected an array');
      }
      imported.push({ schedule: value, preview: opts?.preview ?? false });
      if (!opts?.preview) schedule = value;
      return { ok: true, preview: opts?.preview ?? false, meetings: (value as { meetings: unknown[] }).meetings.length };
    },
    exportSchedule: () => schedule,
  };
}
