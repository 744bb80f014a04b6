import type { ItemKind } from '../policy/ids';
import { isExempt, type Policy } from '../policy/policy';
import type { AgendaItem, Meeting } from '../schedule/schedule-schema';
import { civilToEpoch } from '../time/civil-time';
import {
  DEFAULT_UNDO_WINDOW_MS,
  type ItemState,
  type MeetingState,
  type SessionOptions,
  type SessionState,
} from './session-state';

const MINUTE = 60_000;

export const isTimedKind = (policy: Policy, kind: ItemKind): boolean => policy.timedItemKinds.includes(kind);

/**
 * Time allowed for an item: speeches and reports get the speech limit (in an exempt meeting,
 * their planned minutes when longer, since exempt kinds are free of the speech cap); every
 * other kind gets its planned minutes.
 */
export function itemLimitMinutes(policy: Policy, exempt: boolean, kind: ItemKind, plannedMinutes: number): number {
  if (!isTimedKind(policy, kind)) return plannedMinutes;
  return exempt ? Math.max(policy.speechLimitMinutes, plannedMinutes) : policy.speechLimitMinutes;
}

/** The declared extension the engine honours: timed kinds only, capped at the policy maximum. */
export function declaredExtensionMinutes(policy: Policy, item: Pick<AgendaItem, 'kind' | 'extensionMinutes'>): number {
  if (!isTimedKind(policy, item.kind)) return 0;
  return Math.min(item.extensionMinutes ?? 0, policy.extensionMaxMinutes);
}

/** `base`, or `base~2`, `base~3`… — the first not in `taken`. */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}~${n}`)) return `${base}~${n}`;
}

interface NewItem {
  id: string;
  agendaIndex: number | null;
  kind: ItemKind;
  title: string;
  speaker: string | null;
  unit: string | null;
  plannedMinutes: number | null;
  limitMinutes: number;
  declaredMinutes: number;
}

export function newItem(policy: Policy, n: NewItem): ItemState {
  return {
    id: n.id,
    agendaIndex: n.agendaIndex,
    unplanned: n.agendaIndex === null,
    kind: n.kind,
    title: n.title,
    speaker: n.speaker,
    unit: n.unit,
    plannedMinutes: n.plannedMinutes,
    limitMs: n.limitMinutes * MINUTE,
    warningMs: policy.itemWarningSeconds * 1000,
    declaredExtensionMs: n.declaredMinutes * MINUTE,
    declaredAt: null,
    grantedExtensionMs: 0,
    extensionGrantedAt: null,
    status: 'pending',
    elapsedBeforeMs: 0,
    runningSince: null,
    deadline: null,
    warningAt: null,
    extendedAt: null,
    startedAt: null,
    pausedAt: null,
    endedAt: null,
    timeUpAt: null,
    pausedByRecess: false,
    emitted: { extended: null, warning: null, timeUp: null },
  };
}

/**
 * A fresh session for `meeting` under `policy`, nothing started. Throws only for options that
 * no caller should pass (a non-finite start instant or a negative undo window).
 */
export function createSession(meeting: Meeting, policy: Policy, opts: SessionOptions): SessionState {
  if (!Number.isFinite(opts.plannedStart)) {
    throw new RangeError(`createSession: opts.plannedStart must be an epoch-ms number, got ${String(opts.plannedStart)}`);
  }
  const undoWindowMs = opts.undoWindowMs ?? DEFAULT_UNDO_WINDOW_MS;
  if (!Number.isFinite(undoWindowMs) || undoWindowMs < 0) {
    throw new RangeError(`createSession: opts.undoWindowMs must be ≥ 0 ms, got ${String(opts.undoWindowMs)}`);
  }
  const exempt = isExempt(policy, meeting.kind);
  const zone = opts.timeZone ?? policy.timeZone;
  const taken = new Set<string>();
  const items = meeting.agenda.map((a, i) => {
    const id = uniqueId(a.id ?? `item-${i + 1}`, taken);
    taken.add(id);
    return newItem(policy, {
      id,
      agendaIndex: i,
      kind: a.kind,
      title: a.title,
      speaker: a.speaker ?? null,
      unit: a.unit ?? null,
      plannedMinutes: a.minutes,
      limitMinutes: itemLimitMinutes(policy, exempt, a.kind, a.minutes),
      declaredMinutes: declaredExtensionMinutes(policy, a),
    });
  });
  const stagesMs = [...new Set(policy.meetingWarningMinutes)].sort((a, b) => b - a).map((m) => m * MINUTE);
  const state: MeetingState = {
    id: meeting.id,
    title: meeting.title,
    kind: meeting.kind,
    countyWide: meeting.countyWide,
    exempt,
    plannedStart: opts.plannedStart,
    plannedDurationMinutes: meeting.durationMinutes,
    status: 'not-started',
    capMs: exempt ? null : policy.meetingCapMinutes * MINUTE,
    stagesMs,
    startedAt: null,
    endedAt: null,
    recessSince: null,
    recessBeforeMs: 0,
    recesses: [],
    deadline: null,
    stageAt: [],
    emittedStages: 0,
    approvals: meeting.approvals.map((a) => ({ role: a.role, at: civilToEpoch(a.approvedAt, zone) })),
    approvalOverride: null,
  };
  return {
    format: 'duanhui-session',
    version: 1,
    policy: structuredClone(policy),
    undoWindowMs,
    meeting: state,
    items,
    currentId: null,
    message: null,
    blackout: false,
    seq: 0,
    lastAt: null,
    addedCount: 0,
    undo: null,
  };
}
