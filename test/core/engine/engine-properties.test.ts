import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ITEM_KINDS, MEETING_KINDS } from '../../../electron/core/policy/ids';
import { PolicySchema, type Policy } from '../../../electron/core/policy/policy';
import { MeetingSchema, type Meeting } from '../../../electron/core/schedule/schedule-schema';
import {
  createSession,
  display,
  itemClock,
  itemElapsed,
  meetingElapsed,
  nextTransitionAt,
  reduce,
  replay,
  tick,
  type Command,
  type SessionEvent,
  type SessionState,
} from '../../../electron/core/engine';
import { MIN, T0 } from './engine-fixtures';

// ---- generators -------------------------------------------------------------------------

const w = <T>(weight: number, arbitrary: fc.Arbitrary<T>) => ({ weight, arbitrary });

const agendaItem = fc.record({
  // Mostly speeches and reports: they are the ones with extensions.
  kind: fc.oneof(w(3, fc.constantFrom('speech' as const, 'report' as const)), w(2, fc.constantFrom(...ITEM_KINDS))),
  minutes: fc.integer({ min: 0, max: 15 }),
  extensionMinutes: fc.option(fc.integer({ min: 0, max: 8 }), { nil: undefined, freq: 3 }),
});

const meetingArb: fc.Arbitrary<Meeting> = fc
  .record({
    kind: fc.constantFrom(...MEETING_KINDS),
    countyWide: fc.boolean(),
    approvals: fc.subarray([
      { role: 'party-secretary' as const, approvedAt: '2026-04-19T10:00' },
      { role: 'county-head' as const, approvedAt: '2026-04-20T08:00' },
    ]),
    agenda: fc.array(agendaItem, { maxLength: 6, size: 'max' }),
  })
  .map((m) => MeetingSchema.parse({ id: 'p', title: '随机会议', start: '2026-04-20T09:00', durationMinutes: 120, ...m }));

const policyArb: fc.Arbitrary<Policy> = fc
  .record({
    speechLimitMinutes: fc.integer({ min: 0, max: 10 }),
    extensionMaxMinutes: fc.integer({ min: 0, max: 6 }),
    itemWarningSeconds: fc.constantFrom(0, 30, 60, 120, 600),
    meetingCapMinutes: fc.integer({ min: 1, max: 150 }),
    meetingWarningMinutes: fc.array(fc.integer({ min: 1, max: 60 }), { maxLength: 3 }),
  })
  .map((p) => PolicySchema.parse(p));

const index = fc.integer({ min: 0, max: 8 });
const minutes = fc.integer({ min: 1, max: 8 });

const commandArb: fc.Arbitrary<Command> = fc.oneof(
  w(2, fc.record({ type: fc.constant('start-meeting' as const), overrideReason: fc.option(fc.constantFrom('紧急', ' '), { nil: undefined }) }, { requiredKeys: ['type'] })),
  w(1, fc.constant({ type: 'pause-meeting' as const })),
  w(2, fc.constant({ type: 'resume-meeting' as const })),
  w(1, fc.constant({ type: 'end-meeting' as const })),
  w(2, fc.record({ type: fc.constant('start-item' as const), index })),
  w(3, fc.constant({ type: 'start-item' as const })),
  w(2, fc.constant({ type: 'pause-item' as const })),
  w(2, fc.constant({ type: 'resume-item' as const })),
  w(5, fc.constant({ type: 'next' as const })),
  w(1, fc.constant({ type: 'finish-item' as const })),
  w(1, fc.record({ type: fc.constant('skip-item' as const), index })),
  w(1, fc.record({ type: fc.constant('reorder' as const), from: index, to: index })),
  w(1, fc.record({ type: fc.constant('add-speaker' as const), name: fc.constant('临时'), at: fc.option(index, { nil: undefined }), kind: fc.option(fc.constantFrom(...ITEM_KINDS), { nil: undefined }) }, { requiredKeys: ['type', 'name'] })),
  w(2, fc.record({ type: fc.constant('declare-extension' as const), index, minutes })),
  w(1, fc.record({ type: fc.constant('clear-extension' as const), index })),
  w(5, fc.record({ type: fc.constant('grant-extension' as const), minutes: fc.option(minutes, { nil: undefined }) }, { requiredKeys: ['type'] })),
  w(1, fc.record({ type: fc.constant('message' as const), preset: fc.constantFrom('hurry' as const, 'wrap-up' as const) })),
  w(1, fc.constant({ type: 'clear-message' as const })),
  w(1, fc.record({ type: fc.constant('blackout' as const), on: fc.boolean() })),
  w(4, fc.constant({ type: 'undo' as const })),
);

/** Time steps from "the same millisecond" to "a quarter of an hour later". */
const dt = fc.oneof(
  fc.constant(0),
  fc.integer({ min: 1, max: 999 }),
  fc.integer({ min: 0, max: 12_000 }),
  fc.integer({ min: 0, max: 120_000 }),
  fc.integer({ min: 0, max: 15 * MIN }),
);

const step = fc.record({ dt, action: fc.oneof(w(5, commandArb), w(1, fc.constant('tick' as const))) });

// Most runs open the meeting first (with a reason, so the approval gate lets county-wide ones
// through); the rest exercise what happens before and around the start.
const opening: Scenario['steps'] = [{ dt: 5 * MIN, action: { type: 'start-meeting', overrideReason: '测试' } }];

const scenario = fc
  .record({
    meeting: meetingArb,
    policy: policyArb,
    undoWindowMs: fc.constantFrom(0, 3_000, 10_000, 60_000),
    open: fc.integer({ min: 0, max: 4 }).map((n) => n > 0),
    steps: fc.array(step, { minLength: 1, maxLength: 80, size: 'large' }),
  })
  .map(({ open, ...sc }): Scenario => ({ ...sc, steps: open ? [...opening, ...sc.steps] : sc.steps }));

// ---- the run and its invariants ------------------------------------------------------------

/** Plain checks in the hot loop: `expect` costs more than the engine itself at these counts. */
function check(ok: boolean, what: string, detail?: unknown): void {
  if (!ok) throw new Error(`${what}${detail === undefined ? '' : `: ${JSON.stringify(detail)}`}`);
}

type Scenario = { meeting: Meeting; policy: Policy; undoWindowMs: number; steps: { dt: number; action: Command | 'tick' }[] };

interface Run {
  state: SessionState;
  log: SessionEvent[];
}

/** Accepted grants per item, minus the ones undone. */
function grantCounts(log: SessionEvent[], grantedItem: Map<number, string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of log) {
    if (e.type !== 'command') continue;
    const target = e.command.type === 'grant-extension' ? grantedItem.get(e.seq) : e.undoes !== undefined ? grantedItem.get(e.undoes) : undefined;
    if (target === undefined) continue;
    counts.set(target, (counts.get(target) ?? 0) + (e.command.type === 'undo' ? -1 : 1));
  }
  return counts;
}

function checkInvariants(s: SessionState, now: number, policy: Policy): void {
  const extMax = policy.extensionMaxMinutes * MIN;
  for (const item of s.items) {
    check(item.declaredExtensionMs <= extMax, 'declared beyond the policy maximum', item);
    check(item.grantedExtensionMs <= item.declaredExtensionMs, 'granted beyond the declaration', item);
    check(item.grantedExtensionMs === 0 || item.extensionGrantedAt !== null, 'grant without instant', item);
    const clock = itemClock(item, now);
    const e = itemElapsed(item, now);
    // Never more than limit + the policy maximum before overtime starts.
    if (item.status === 'running' && e >= item.limitMs + extMax) check(clock.phase === 'overtime', 'not overtime past limit + max', item);
    if (clock.phase === 'running' || clock.phase === 'warning' || clock.phase === 'extended') {
      check(e < item.limitMs + extMax, 'time left past limit + max', item);
      check(clock.remainingSeconds > 0, 'live phase with nothing left', clock);
      check(item.deadline === item.runningSince! + item.limitMs + item.grantedExtensionMs - item.elapsedBeforeMs, 'deadline formula', item);
    }
  }
  const active = s.items.filter((i) => i.status === 'running' || i.status === 'paused').map((i) => i.id);
  check(active.length === (s.currentId === null ? 0 : 1) && (s.currentId === null || active[0] === s.currentId), 'current item', { active, current: s.currentId });
  if (s.meeting.status !== 'running') check(!s.items.some((i) => i.status === 'running'), 'item running outside session');
  const d = display(s, now);
  check(d.nextChangeAt === null || d.nextChangeAt > now, 'repaint instant not in the future', d.nextChangeAt);
}

function execute(sc: Scenario, monotonic = true): Run {
  const opts = { plannedStart: T0, undoWindowMs: sc.undoWindowMs };
  let state = createSession(sc.meeting, sc.policy, opts);
  const log: SessionEvent[] = [];
  const grantedItem = new Map<number, string>();
  let now = T0 - 5 * MIN;
  for (const { dt: step, action } of sc.steps) {
    const before = state;
    const nowBefore = now;
    const logged = log.length;
    now += monotonic ? step : step - 6_000;
    let isUndo = false;
    if (action === 'tick') {
      const r = tick(state, now);
      state = r.state;
      log.push(...r.events);
      check(tick(state, now).events.length === 0, 'tick twice logs twice');
      const nextAt = nextTransitionAt(state);
      check(nextAt === null || nextAt > Math.max(now, state.lastAt ?? now), 'overdue transition after tick', nextAt);
    } else {
      const r = reduce(state, action, now);
      if (r.refusal) {
        check(r.state === state && r.events.length === 0, 'a refusal changed something', r.refusal);
      } else {
        const ev = r.events.find((e) => e.type === 'command')!;
        if (action.type === 'grant-extension') grantedItem.set(ev.seq, state.currentId!);
        isUndo = action.type === 'undo';
      }
      state = r.state;
      log.push(...r.events);
    }
    for (let i = logged; i < log.length; i++) check(log[i]!.seq === i + 1, 'seq gap', log[i]);
    if (!monotonic) continue;
    checkInvariants(state, now, sc.policy);
    // Elapsed never decreases (an accepted undo is the one, deliberate, exception).
    if (!isUndo) {
      check(meetingElapsed(state.meeting, now) >= meetingElapsed(before.meeting, nowBefore), 'meeting elapsed went back');
      for (const item of state.items) {
        const was = before.items.find((i) => i.id === item.id);
        if (was) check(itemElapsed(item, now) >= itemElapsed(was, nowBefore), 'item elapsed went back', item.id);
      }
    }
  }
  for (const [id, n] of grantCounts(log, grantedItem)) check(n <= 1, `more than one extension for ${id}`, n);
  // A phase change is logged once: pause/resume, grants and undo never repeat one.
  const seen = new Set<string>();
  for (const e of log) {
    if (e.type === 'command') continue;
    const key = JSON.stringify({ ...e, seq: 0 });
    check(!seen.has(key), 'phase change logged twice', e);
    seen.add(key);
  }
  return { state, log };
}

/** Runs in which each kind of command was accepted or each phase event happened. */
const coverage = new Map<string, number>();
function tally(log: SessionEvent[]): void {
  const kinds = new Set(log.map((e) => (e.type === 'command' ? e.command.type : e.type)));
  for (const k of kinds) coverage.set(k, (coverage.get(k) ?? 0) + 1);
}

describe('engine properties over random meetings', () => {
  it('holds the timing rules, never throws, and replays to the same state', () => {
    fc.assert(
      fc.property(scenario, (sc) => {
        const { state, log } = execute(sc);
        tally(log);
        const r = replay(sc.meeting, sc.policy, log, { plannedStart: T0, undoWindowMs: sc.undoWindowMs });
        expect(r.issues).toEqual([]);
        expect(r.state).toEqual(state);
      }),
      { numRuns: 2500 },
    );
    // The generators must reach the interesting cases, not just refusals before the start.
    expect(coverage.get('grant-extension')).toBeGreaterThan(100);
    expect(coverage.get('item-extended')).toBeGreaterThan(10);
    expect(coverage.get('item-time-up')).toBeGreaterThan(500);
    expect(coverage.get('undo')).toBeGreaterThan(300);
    expect(coverage.get('meeting-over-cap')).toBeGreaterThan(50);
  }, 300_000);

  it('with a clock that jitters backwards: never throws, keeps the log in order, still replays', () => {
    fc.assert(
      fc.property(scenario, (sc) => {
        const { state, log } = execute(sc, false);
        const commandTimes = log.filter((e) => e.type === 'command').map((e) => e.at);
        expect(commandTimes).toEqual([...commandTimes].sort((a, b) => a - b));
        const r = replay(sc.meeting, sc.policy, log, { plannedStart: T0, undoWindowMs: sc.undoWindowMs });
        expect(r.issues).toEqual([]);
        expect(r.state).toEqual(state);
      }),
      { numRuns: 1000 },
    );
  }, 120_000);

  it('never mutates the state it is given, and turns arbitrary input into refusals', () => {
    fc.assert(
      fc.property(scenario, fc.array(fc.anything(), { maxLength: 5 }), (sc, junk) => {
        const { state } = execute({ ...sc, steps: sc.steps.slice(0, 20) });
        const copy = structuredClone(state);
        for (const j of junk) {
          const r = reduce(state, j, T0 + 3 * 60 * MIN);
          if (r.refusal) expect(r.refusal.code).toBeTypeOf('string');
        }
        reduce(state, { type: 'next' }, T0 + 4 * 60 * MIN);
        reduce(state, { type: 'undo' }, T0 + 4 * 60 * MIN);
        tick(state, T0 + 5 * 60 * MIN);
        expect(state).toEqual(copy);
      }),
      { numRuns: 300 },
    );
  }, 120_000);
});
