import type { OfficialCalendar } from '../calendar/calendar-types';
import { civilToEpoch } from '../time/civil-time';
import type { SessionEvent } from '../engine/events';
import { overtimeRecord } from '../engine/overtime-record';
import { replay } from '../engine/replay';
import type { SessionState } from '../engine/session-state';
import type { Policy } from '../policy/policy';
import { checkMeeting } from '../rules/rules-engine';
import type { Finding } from '../rules/finding';
import type { Meeting } from '../schedule/schedule-schema';
import { formatCivil } from '../time/civil-time';
import { chairMessages } from './record-messages';
import type {
  MeetingRecord,
  NoMeetingJustification,
  RecordApproval,
  RecordApprovals,
  RecordItem,
  RecordNoMeetingPeriod,
  RecordTotals,
} from './meeting-record-types';

const MINUTE = 60_000;

export interface RecordContext {
  /** IANA zone of the meeting's civil times (the session's zone). */
  timeZone: string;
  calendar: OfficialCalendar;
  /** The stored version of `policy`, shown in the record; null when not stored. */
  policyVersion?: number | null;
  sessionId?: string | null;
  /**
   * The instant an unfinished meeting is measured to; default: the last logged event. The
   * domain never reads the clock, so a caller that wants "now" passes it.
   */
  asOf?: number;
  /** The session's undo window, when it was not the engine's default. */
  undoWindowMs?: number;
}

/**
 * The meeting record of one session: `meeting` is the plan the session ran (storage keeps a
 * copy), `policy` the policy version it ran under, `events` its whole log. Every figure comes
 * from replaying the log through the engine, so the record can never drift from what the
 * timer did. Never throws for a log the engine wrote; a log that does not replay exactly is
 * still turned into a record, with the divergence listed in `log.replayIssues`.
 */
export function buildMeetingRecord(
  meeting: Meeting,
  policy: Policy,
  events: readonly SessionEvent[],
  ctx: RecordContext,
): MeetingRecord {
  const plannedStart = civilToEpoch(meeting.start, ctx.timeZone) ?? events[0]?.at ?? 0;
  const { state, issues } = replay(meeting, policy, events, {
    plannedStart,
    timeZone: ctx.timeZone,
    ...(ctx.undoWindowMs !== undefined ? { undoWindowMs: ctx.undoWindowMs } : {}),
  });
  const asOf = ctx.asOf ?? state.lastAt ?? plannedStart;
  const ot = overtimeRecord(state, asOf);
  const m = state.meeting;

  const items: RecordItem[] = ot.items.map((i) => {
    const st = state.items[i.index]!;
    const plannedMs = st.plannedMinutes === null ? null : st.plannedMinutes * MINUTE;
    return {
      id: i.id,
      index: i.index,
      agendaIndex: i.agendaIndex,
      unplanned: i.unplanned,
      kind: i.kind,
      timed: policy.timedItemKinds.includes(i.kind),
      title: i.title,
      speaker: i.speaker,
      unit: i.unit,
      status: i.status,
      plannedMs,
      limitMs: i.limitMs,
      declaredExtensionMs: i.declaredExtensionMs,
      declaredAt: st.declaredAt,
      grantedExtensionMs: i.grantedExtensionMs,
      extensionGrantedAt: i.extensionGrantedAt,
      extensionUsedMs: i.extensionUsedMs,
      elapsedMs: i.elapsedMs,
      overtimeMs: i.overtimeMs,
      versusPlanMs: plannedMs === null || i.startedAt === null ? null : i.elapsedMs - plannedMs,
      startedAt: i.startedAt,
      endedAt: i.endedAt,
      timeUpAt: i.timeUpAt,
    };
  });

  const messages = chairMessages(events, items);
  const approvals = recordApprovals(meeting, state, ctx.timeZone);
  const findings = checkMeeting(meeting, { policy, calendar: ctx.calendar, timeZone: ctx.timeZone });
  const plannedDurationMs = meeting.durationMinutes * MINUTE;
  const wallEnd = m.endedAt ?? (m.startedAt === null ? null : Math.max(asOf, m.startedAt));

  return {
    format: 'duanhui-meeting-record',
    version: 1,
    meetingId: meeting.id,
    sessionId: ctx.sessionId ?? null,
    title: meeting.title,
    kind: meeting.kind,
    exempt: m.exempt,
    countyWide: meeting.countyWide,
    organiser: meeting.organiser ?? null,
    chair: meeting.chair ?? null,
    place: meeting.place ?? null,
    timeZone: ctx.timeZone,
    policy: {
      version: ctx.policyVersion ?? null,
      name: policy.name,
      capMs: m.capMs,
      speechLimitMs: policy.speechLimitMinutes * MINUTE,
      extensionMaxMs: policy.extensionMaxMinutes * MINUTE,
    },
    status: m.status,
    asOf,
    planned: {
      start: plannedStart,
      end: plannedStart + plannedDurationMs,
      durationMs: plannedDurationMs,
      agendaMs: meeting.agenda.reduce((sum, a) => sum + a.minutes * MINUTE, 0),
    },
    actual: {
      startedAt: m.startedAt,
      endedAt: m.endedAt,
      elapsedMs: ot.elapsedMs,
      wallMs: m.startedAt === null || wallEnd === null ? 0 : wallEnd - m.startedAt,
      recessMs: ot.recessMs,
      startDelayMs: m.startedAt === null ? null : m.startedAt - plannedStart,
      versusPlanMs: ot.elapsedMs - plannedDurationMs,
    },
    overCapMs: ot.overCapMs,
    withinCap: m.capMs === null || m.startedAt === null ? null : ot.elapsedMs <= m.capMs,
    recesses: m.recesses.map((r) => ({ from: r.from, to: r.to, durationMs: (r.to ?? Math.max(asOf, r.from)) - r.from })),
    items,
    messages,
    approvals,
    findings,
    noMeetingPeriod: noMeetingPeriod(meeting, policy, ctx, findings, m.startedAt, approvals),
    totals: totalsOf(items, messages.length, m.recesses.length),
    log: { events: events.length, lastSeq: events.at(-1)?.seq ?? null, replayIssues: issues },
  };
}

function recordApprovals(meeting: Meeting, state: SessionState, timeZone: string): RecordApprovals {
  const m = state.meeting;
  // "提前": before the earlier of the planned and the actual start, as the engine judges it.
  const deadline = m.startedAt === null ? m.plannedStart : Math.min(m.plannedStart, m.startedAt);
  const given: RecordApproval[] = meeting.approvals.map((a) => {
    const at = civilToEpoch(a.approvedAt, timeZone);
    return {
      role: a.role,
      name: a.name ?? null,
      documentNumber: a.documentNumber ?? null,
      approvedAtText: a.approvedAt,
      approvedAt: at,
      inTime: at !== null && at < deadline,
    };
  });
  const roles = [...state.policy.approvalRoles];
  const missing = meeting.countyWide ? roles.filter((role) => !given.some((g) => g.role === role && g.inTime)) : [];
  const o = m.approvalOverride;
  return {
    required: meeting.countyWide,
    roles,
    given,
    missing,
    override: o ? { reason: o.reason, missingRoles: [...o.missingRoles], at: o.at } : null,
  };
}

function noMeetingPeriod(
  meeting: Meeting,
  policy: Policy,
  ctx: RecordContext,
  findings: readonly Finding[],
  startedAt: number | null,
  approvals: RecordApprovals,
): RecordNoMeetingPeriod {
  const isPeriod = (f: Finding) => f.rule === 'no-meeting-period' && (f.code === 'month' || f.code === 'half-month');
  const planned = findings.find(isPeriod) ?? null;
  // A meeting planned for the evening but opened in the afternoon was still held in the period.
  const actual =
    startedAt === null
      ? null
      : (checkMeeting(
          { ...meeting, start: formatCivil(startedAt, ctx.timeZone) },
          { policy, calendar: ctx.calendar, timeZone: ctx.timeZone },
        ).find(isPeriod) ?? null);
  const finding = planned ?? actual;
  const inTime = approvals.given.filter((a) => a.inTime);
  const justification: NoMeetingJustification = approvals.override
    ? { kind: 'override', reason: approvals.override.reason }
    : inTime.length > 0
      ? { kind: 'approval', approvals: inTime }
      : { kind: 'none' };
  return {
    inPeriod: finding !== null,
    planned: planned !== null,
    actual: startedAt === null ? null : actual !== null,
    period: finding ? (finding.code as 'month' | 'half-month') : null,
    finding,
    justification: finding ? justification : { kind: 'none' },
  };
}

function totalsOf(items: readonly RecordItem[], messages: number, recesses: number): RecordTotals {
  const spoken = items.filter((i) => i.startedAt !== null);
  const speeches = spoken.filter((i) => i.timed);
  const sum = (list: readonly RecordItem[], f: (i: RecordItem) => number) => list.reduce((s, i) => s + f(i), 0);
  return {
    plannedItems: items.filter((i) => !i.unplanned).length,
    unplannedItems: items.filter((i) => i.unplanned).length,
    spokenItems: spoken.length,
    skippedItems: items.filter((i) => i.status === 'skipped').length,
    notReachedItems: items.filter((i) => i.status === 'pending').length,
    speeches: speeches.length,
    overtimeSpeeches: speeches.filter((i) => i.overtimeMs > 0).length,
    overtimeItems: spoken.filter((i) => i.overtimeMs > 0).length,
    overtimeMs: sum(spoken, (i) => i.overtimeMs),
    extensionsDeclared: speeches.filter((i) => i.declaredExtensionMs > 0).length,
    extensionsGranted: speeches.filter((i) => i.grantedExtensionMs > 0).length,
    extensionDeclaredMs: sum(speeches, (i) => i.declaredExtensionMs),
    extensionGrantedMs: sum(speeches, (i) => i.grantedExtensionMs),
    extensionUsedMs: sum(speeches, (i) => i.extensionUsedMs),
    messages,
    recesses,
  };
}
