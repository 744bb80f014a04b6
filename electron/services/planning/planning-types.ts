/**
 * What the planning service answers, shared by its transports and the renderer's PlanningApi.
 * Type-only: the renderer imports this file for types and nothing else.
 */
import type { CalendarYear, DayType } from '../../core/calendar/calendar-types';
import type { ApprovalStatus, ChecklistLine, PlanningDay, PlanningException, SlotSuggestion } from '../../core/planning';
import type { Policy } from '../../core/policy/policy';
import type { MeetingKind, RuleId, Severity } from '../../core/policy/ids';
import type { Finding } from '../../core/rules/finding';
import type { Approval, Meeting } from '../../core/schedule/schedule-schema';
import type { HistoryEntry } from './planning-repo';

export type { ApprovalStatus, ChecklistLine, DayType, Finding, HistoryEntry, Meeting, PlanningDay, PlanningException, Policy, SlotSuggestion };

/** A meeting on the calendar: enough to draw it and colour it by its worst finding. */
export interface MeetingSummary {
  id: string;
  title: string;
  kind: MeetingKind;
  countyWide: boolean;
  start: string;
  /** Civil date of the start, `YYYY-MM-DD`, and minute of the day, in the meeting's zone. */
  date: string;
  minuteOfDay: number;
  durationMinutes: number;
  place: string | null;
  worst: Severity | null;
  /** The worst finding's rule, for the calendar's tooltip. */
  worstRule: RuleId | null;
  /** The worst finding itself, formatted by the screen. */
  worstFinding: Finding | null;
  errorCount: number;
  status: ApprovalStatus;
}

export interface Overview {
  from: string;
  to: string;
  timeZone: string;
  days: PlanningDay[];
  meetings: MeetingSummary[];
  /** The years the calendar knows. */
  calendarYears: number[];
  /** The policy's evening start, `HH:MM`: the week view draws the line there. */
  eveningStart: string;
}

export interface DocumentInfo {
  id: number;
  /** The agenda item's id, or `#<position>`. */
  itemKey: string;
  fileName: string;
  chars: number | null;
  pages: number | null;
  textKept: boolean;
  attachedAt: number;
}

/** What the editor and the checklist show for one meeting. */
export interface MeetingCheck {
  findings: Finding[];
  suggestions: SlotSuggestion[];
  checklist: ChecklistLine[];
  /** Error findings no exception covers: approval is blocked while there are any. */
  blocking: Finding[];
}

export interface MeetingView extends MeetingCheck {
  meeting: Meeting;
  timeZone: string;
  /** Whether the meeting is stored (false for a check of an unsaved draft). */
  saved: boolean;
  status: ApprovalStatus;
  exceptions: PlanningException[];
  history: HistoryEntry[];
  documents: DocumentInfo[];
  /** Epoch ms of the last save; a save carrying an older one is refused (edited elsewhere). */
  updatedAt: number | null;
  policyVersion: number | null;
}

export type ImportAction = 'add' | 'change' | 'same';

export interface ImportPreviewMeeting {
  id: string;
  title: string;
  start: string;
  action: ImportAction;
  /** For `change`: the fields that differ (title, start, agenda …). */
  changedFields: string[];
  /** For `change`: the stored meeting's title and start, to show beside the new ones. */
  before?: { title: string; start: string };
  /** Approval status of the stored meeting (a change to an approved one deserves a look). */
  status?: ApprovalStatus;
}

export interface ImportPreview {
  fileName: string;
  format: 'json' | 'ics';
  timeZone: string;
  warnings: string[];
  meetings: ImportPreviewMeeting[];
  counts: Record<ImportAction, number>;
}

export interface ImportResult extends ImportPreview {
  written: string[];
}

export interface ExportedFile {
  fileName: string;
  mimeType: string;
  text: string;
}

export interface BinaryFile {
  fileName: string;
  mimeType: string;
  /** The bytes, base64 (JSON carries no bytes). */
  base64: string;
}

export interface PolicyState {
  policy: Policy;
  version: number;
  defaults: Policy;
  /** True when the current policy equals policy.md's defaults. */
  isDefault: boolean;
}

export interface CalendarYearInfo {
  year: number;
  source: string;
  origin: 'bundled' | 'imported';
  fileName: string | null;
  importedAt: number | null;
  holidays: number;
  adjustedWorkdays: number;
}

export interface CalendarInfo {
  years: CalendarYearInfo[];
}

export interface CalendarImportResult extends CalendarInfo {
  imported: number[];
  warnings: string[];
}

export type { Approval, CalendarYear };
