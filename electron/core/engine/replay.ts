import type { Policy } from '../policy/policy';
import type { Meeting } from '../schedule/schedule-schema';
import { createSession } from './create-session';
import type { SessionEvent } from './events';
import { reduce } from './reduce';
import { refusalMessage } from './refusal-messages';
import type { SessionOptions, SessionState } from './session-state';
import { tick } from './transitions';

export interface ReplayIssue {
  /** seq of the logged event where replay and log part ways. */
  seq: number;
  problem: string;
}

export interface ReplayResult {
  state: SessionState;
  /** Empty when the log replays exactly; otherwise where it does not (the log was still replayed as far as possible). */
  issues: ReplayIssue[];
}

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/**
 * Rebuilds a session from its log (crash recovery). Commands are re-run through `reduce` at
 * their logged instants and phase changes are re-derived by `tick`, so the result is the state
 * the live engine had after its last logged event; each regenerated event is checked against
 * the logged one. Pass the same meeting, policy and options the session was created with.
 */
export function replay(
  meeting: Meeting,
  policy: Policy,
  events: readonly SessionEvent[],
  opts: SessionOptions,
): ReplayResult {
  let state = createSession(meeting, policy, opts);
  const produced: SessionEvent[] = [];
  const issues: ReplayIssue[] = [];
  for (const ev of events) {
    if (ev.type === 'command') {
      const r = reduce(state, ev.command, ev.at);
      if (r.refusal) {
        issues.push({ seq: ev.seq, problem: `command ${ev.command.type} refused on replay: ${refusalMessage(r.refusal, 'en')}` });
        continue;
      }
      state = r.state;
      produced.push(...r.events);
    } else {
      const r = tick(state, ev.at);
      state = r.state;
      produced.push(...r.events);
    }
  }
  const n = Math.max(produced.length, events.length);
  for (let i = 0; i < n && issues.length === 0; i++) {
    const logged = events[i];
    const again = produced[i];
    if (!same(logged, again)) {
      issues.push({
        seq: logged?.seq ?? again?.seq ?? i + 1,
        problem: `log has ${JSON.stringify(logged ?? null)}, replay gives ${JSON.stringify(again ?? null)}`,
      });
    }
  }
  return { state, issues };
}
