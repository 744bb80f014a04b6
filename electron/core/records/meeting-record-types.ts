import type { ReplayIssue } from '../engine/replay';
import type { ItemStatus, MeetingStatus } from '../engine/session-state';
import type { MessagePreset } from '../engine/commands';
import type { ApprovalRole, ItemKind, MeetingKind } from '../policy/ids';
import type { Finding } from '../rules/finding';

/**
 * The meeting record (会议记录): what was planned and what happened, derived from the session's
 * event log by replaying it through the engine. Plain JSON (instants as epoch ms, spans as ms),
 * so a screen, the PDF and the CSV all read the same figures.
 */

export interface RecordItem {
  id: string;
  /** Position in the session's final order (0-based). */
  index: number;
  /** Position in the agenda as planned; null for an unplanned speaker (临时发言). */
  agendaIndex: number | null;
  unplanned: boolean;
  kind: ItemKind;
  /** A speech or report: limited to the speech limit, may use a declared extension. */
  timed: boolean;
  title: string;
  speaker: string | null;
  unit: string | null;
  /** done / skipped (跳过) / pending (never reached) / running / paused (meeting not ended). */
  status: ItemStatus;
  /** The agenda's planned minutes as ms; null for an unplanned speaker. */
  plannedMs: number | null;
  /** Time allowed before any extension. */
  limitMs: number;
  /** Extension declared in advance (事先申明); 0: none. */
  declaredExtensionMs: number;
  /** When the declaration was changed during the session; null: as in the agenda. */
  declaredAt: number | null;
  grantedExtensionMs: number;
  extensionGrantedAt: number | null;
  /** The part of the granted extension actually spoken into. */
  extensionUsedMs: number;
  /** Time spoken (pauses excluded). */
  elapsedMs: number;
  /** Beyond limit + granted extension. */
  overtimeMs: number;
  /** elapsed − planned, when planned (may be negative: finished early). */
  versusPlanMs: number | null;
  startedAt: number | null;
  endedAt: number | null;
  timeUpAt: number | null;
}

export interface RecordMessage {
  seq: number;
  at: number;
  text: string;
  preset: MessagePreset | null;
  /** The item on the floor when it was shown; null between items. */
  itemId: string | null;
}

export interface RecordRecess {
  from: number;
  /** null while the recess still runs (meeting not ended). */
  to: number | null;
  durationMs: number;
}

export interface RecordApproval {
  role: ApprovalRole;
  name: string | null;
  documentNumber: string | null;
  /** As written in the plan (civil time). */
  approvedAtText: string;
  /** As an instant; null when it cannot be read. */
  approvedAt: number | null;
  /** Dated before the meeting started (提前). */
  inTime: boolean;
}

export interface RecordOverride {
  reason: string;
  missingRoles: ApprovalRole[];
  at: number;
}

export interface RecordApprovals {
  /** A county-wide meeting needs the approval of every policy.approvalRoles. */
  required: boolean;
  roles: ApprovalRole[];
  given: RecordApproval[];
  /** Required roles without an approval in time. */
  missing: ApprovalRole[];
  /** The chair's written override (started without every approval). */
  override: RecordOverride | null;
}

/** Why a meeting in a no-meeting period was held: what the record can show for it. */
export type NoMeetingJustification =
  | { kind: 'override'; reason: string }
  | { kind: 'approval'; approvals: RecordApproval[] }
  | { kind: 'none' };

export interface RecordNoMeetingPeriod {
  /** Planned or actual start in a no-meeting period (working day before the evening start). */
  inPeriod: boolean;
  /** The planned start falls in one. */
  planned: boolean;
  /** The actual start falls in one; null when not started. */
  actual: boolean | null;
  /** 'month' (无会月) or 'half-month' (下半月); null when not in a period. */
  period: 'month' | 'half-month' | null;
  /** The finding (planned start first, else actual start). */
  finding: Finding | null;
  justification: NoMeetingJustification;
}

export interface RecordTotals {
  plannedItems: number;
  unplannedItems: number;
  spokenItems: number;
  skippedItems: number;
  notReachedItems: number;
  /** Spoken speeches and reports (the items the speech limit applies to). */
  speeches: number;
  overtimeSpeeches: number;
  /** Spoken items of any kind over their time. */
  overtimeItems: number;
  overtimeMs: number;
  /** Spoken speeches/reports with an extension declared. */
  extensionsDeclared: number;
  extensionsGranted: number;
  extensionDeclaredMs: number;
  extensionGrantedMs: number;
  extensionUsedMs: number;
  messages: number;
  recesses: number;
}

export interface MeetingRecord {
  format: 'duanhui-meeting-record';
  version: 1;
  meetingId: string;
  sessionId: string | null;
  title: string;
  kind: MeetingKind;
  /** Exempt kinds are free of the meeting cap and the speech cap. */
  exempt: boolean;
  countyWide: boolean;
  organiser: string | null;
  chair: string | null;
  place: string | null;
  timeZone: string;
  policy: {
    version: number | null;
    name: string;
    /** null for an exempt meeting. */
    capMs: number | null;
    speechLimitMs: number;
    extensionMaxMs: number;
  };
  status: MeetingStatus;
  /** The instant the figures of an unfinished meeting are measured to. */
  asOf: number;
  planned: {
    start: number;
    end: number;
    durationMs: number;
    /** Sum of the agenda's planned minutes. */
    agendaMs: number;
  };
  actual: {
    startedAt: number | null;
    endedAt: number | null;
    /** In session: wall time minus recesses (what the cap limits). */
    elapsedMs: number;
    /** From start to end, recesses included. */
    wallMs: number;
    recessMs: number;
    /** Actual start − planned start (negative: early). */
    startDelayMs: number | null;
    /** elapsed − planned duration (negative: shorter than planned). */
    versusPlanMs: number;
  };
  /** Beyond the cap; 0 for exempt meetings. */
  overCapMs: number;
  /** null for exempt meetings (no cap). */
  withinCap: boolean | null;
  recesses: RecordRecess[];
  items: RecordItem[];
  messages: RecordMessage[];
  approvals: RecordApprovals;
  /** The rules on the meeting as planned, under the policy it ran under. */
  findings: Finding[];
  noMeetingPeriod: RecordNoMeetingPeriod;
  totals: RecordTotals;
  log: {
    events: number;
    lastSeq: number | null;
    /** Where the log does not replay exactly (empty when it does). */
    replayIssues: ReplayIssue[];
  };
}
