import type { OfficialCalendar } from '../calendar/calendar-types';
import { RULE_IDS, SEVERITIES, type RuleId, type Severity } from '../policy/ids';
import { eveningStartMinutes, isExempt, type Policy } from '../policy/policy';
import type { Finding, MessageParams } from '../rules/finding';
import type { Meeting } from '../schedule/schedule-schema';
import { countZi } from '../text/zi-count';
import { parseCivil } from '../time/civil-time';
import { dayTypeOf, inNoMeetingPeriod } from './planning-days';

/**
 * The approval checklist (审批表): every rule of policy.md as one line, whether the meeting passes
 * it, fails it, should be looked at (a warning), or cannot be judged yet, and why.
 */
export type CheckStatus = 'pass' | 'fail' | 'warn' | 'unknown';

export interface ChecklistLine {
  rule: RuleId;
  status: CheckStatus;
  /** The rule's findings (the reasons for fail / warn / unknown when there are any). */
  findings: Finding[];
  /** Why the line has its status when no finding says it (see checklist-text.ts). */
  reason?: { code: string; params: MessageParams };
}

export interface ChecklistContext {
  policy: Policy;
  calendar: OfficialCalendar;
  timeZone: string;
}

const worst = (findings: readonly Finding[]): Severity | null =>
  findings.reduce<Severity | null>(
    (w, f) => (w === null || SEVERITIES.indexOf(f.severity) < SEVERITIES.indexOf(w) ? f.severity : w),
    null,
  );

const statusOf = (severity: Severity): CheckStatus => (severity === 'error' ? 'fail' : severity === 'warning' ? 'warn' : 'unknown');

const AGENDA_RULES: readonly RuleId[] = ['agenda-overrun', 'speech-limit', 'extension-limit', 'keynote-length'];

/** The reason a rule with no finding passes (or, for a few, why it cannot be judged yet). */
function passReason(rule: RuleId, meeting: Meeting, ctx: ChecklistContext): { status: CheckStatus; code: string; params: MessageParams } {
  const { policy } = ctx;
  const agenda = meeting.agenda ?? [];
  const exempt = isExempt(policy, meeting.kind);
  const timed = policy.timedItemKinds as readonly string[];
  if (AGENDA_RULES.includes(rule) && agenda.length === 0) return { status: 'unknown', code: 'no-agenda', params: {} };

  switch (rule) {
    case 'no-meeting-period': {
      const start = parseCivil(meeting.start, ctx.timeZone);
      if (!start.ok) return { status: 'unknown', code: 'no-start', params: {} };
      const s = start.value;
      const base = { date: s.date, weekday: s.weekday, time: `${String(s.hour).padStart(2, '0')}:${String(s.minute).padStart(2, '0')}` };
      if (!inNoMeetingPeriod(policy, s.date)) return { status: 'pass', code: 'outside-period', params: base };
      if (s.secondOfDay >= eveningStartMinutes(policy) * 60) {
        return { status: 'pass', code: 'evening', params: { ...base, eveningStart: policy.eveningStart } };
      }
      const dayType = dayTypeOf(ctx.calendar, s.date);
      let holiday = '';
      let holidayEn = '';
      if (dayType === 'holiday') {
        try {
          const name = ctx.calendar.holidayName(s.date);
          holiday = name?.zh ?? '';
          holidayEn = name?.en ?? '';
        } catch {
          // A calendar that fails on a date leaves the day unnamed.
        }
      }
      return { status: 'pass', code: 'rest-day', params: { ...base, dayType, holiday, holidayEn } };
    }
    case 'duration-cap':
      return exempt
        ? { status: 'pass', code: 'exempt', params: { meetingKind: meeting.kind } }
        : { status: 'pass', code: 'within', params: { minutes: meeting.durationMinutes, cap: policy.meetingCapMinutes } };
    case 'agenda-overrun': {
      const planned = agenda.reduce((s, i) => s + i.minutes, 0);
      const extensions = agenda.reduce((s, i) => s + (i.extensionMinutes ?? 0), 0);
      return { status: 'pass', code: 'within', params: { planned, extensions, total: planned + extensions, duration: meeting.durationMinutes } };
    }
    case 'speech-limit': {
      const count = agenda.filter((i) => timed.includes(i.kind)).length;
      if (count === 0) return { status: 'pass', code: 'none', params: {} };
      if (exempt) return { status: 'pass', code: 'exempt', params: { meetingKind: meeting.kind } };
      return { status: 'pass', code: 'within', params: { count, limit: policy.speechLimitMinutes } };
    }
    case 'extension-limit': {
      const count = agenda.filter((i) => (i.extensionMinutes ?? 0) > 0).length;
      return count === 0
        ? { status: 'pass', code: 'none', params: {} }
        : { status: 'pass', code: 'within', params: { count, max: policy.extensionMaxMinutes } };
    }
    case 'keynote-length': {
      const keynotes = agenda.filter((i) => i.kind === 'keynote');
      if (keynotes.length === 0) return { status: 'pass', code: 'none', params: {} };
      const counts = keynotes.map((i) => (i.text !== undefined && i.text.trim() !== '' ? countZi(i.text).zi : (i.chars ?? 0)));
      const zi = Math.max(...counts);
      if (exempt) return { status: 'pass', code: 'exempt', params: { meetingKind: meeting.kind, zi } };
      return { status: 'pass', code: 'within', params: { zi, max: policy.keynoteMaxChars } };
    }
    case 'report-pages': {
      if (meeting.kind !== 'standing-committee') return { status: 'pass', code: 'not-applicable', params: { meetingKind: meeting.kind } };
      const reports = agenda.map((item, index) => ({ item, index })).filter(({ item }) => item.kind === 'report');
      if (reports.length === 0) return { status: agenda.length === 0 ? 'unknown' : 'pass', code: agenda.length === 0 ? 'no-agenda' : 'none', params: {} };
      const unknown = reports.filter(({ item }) => item.pages === undefined && (item.text === undefined || item.text.trim() === ''));
      if (unknown.length > 0) {
        return { status: 'unknown', code: 'pages-unknown', params: { items: unknown.map(({ index }) => index + 1).join(',') } };
      }
      return { status: 'pass', code: 'within', params: { max: policy.reportMaxPages } };
    }
    case 'approval-required': {
      if (!meeting.countyWide) return { status: 'pass', code: 'not-county-wide', params: {} };
      const roles = [...new Set(policy.approvalRoles)];
      const given = roles.map((role) => meeting.approvals.find((a) => a.role === role));
      return {
        status: 'pass',
        code: 'approved',
        params: {
          roles: roles.join(','),
          names: given.map((a) => a?.name ?? '').join(','),
          dates: given.map((a) => (a?.approvedAt ?? '').replace('T', ' ')).join(','),
          numbers: given.map((a) => a?.documentNumber ?? '').join(','),
        },
      };
    }
    case 'calendar-coverage': {
      const start = parseCivil(meeting.start, ctx.timeZone);
      if (!start.ok) return { status: 'unknown', code: 'no-start', params: {} };
      return { status: 'pass', code: 'covered', params: { year: start.value.year } };
    }
  }
}

/**
 * One line per rule, in policy.md's order, for a meeting and the findings checkMeeting gave it.
 * A rule with findings takes the status of its worst one; a rule without findings passes, except
 * where the meeting lacks what the rule needs (no agenda yet, a report without a page count).
 */
export function checklistLines(meeting: Meeting, findings: readonly Finding[], ctx: ChecklistContext): ChecklistLine[] {
  return RULE_IDS.map((rule) => {
    const own = findings.filter((f) => f.rule === rule);
    const w = worst(own);
    if (w !== null) {
      // A keynote whose length is unknown beside a keynote that is fine still cannot pass.
      return { rule, status: statusOf(w), findings: own };
    }
    const { status, code, params } = passReason(rule, meeting, ctx);
    return { rule, status, findings: [], reason: { code, params } };
  });
}

/** How many lines of each status: the summary at the head of the form. */
export function checklistSummary(lines: readonly ChecklistLine[]): Record<CheckStatus, number> {
  const out: Record<CheckStatus, number> = { pass: 0, fail: 0, warn: 0, unknown: 0 };
  for (const l of lines) out[l.status]++;
  return out;
}
