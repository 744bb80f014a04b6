import { RULE_IDS, SEVERITIES, type RuleId } from '../policy/ids';
import { isExempt } from '../policy/policy';
import type { Meeting, Schedule } from '../schedule/schedule-schema';
import { countZi as wordCountZi } from '../text/zi-count';
import { estimatePages as gbEstimatePages } from '../text/page-estimate';
import { parseCivil } from '../time/civil-time';
import { agendaOverrun } from './agenda-overrun';
import { approvalRequired } from './approval-required';
import { calendarCoverage } from './calendar-coverage';
import { durationCap } from './duration-cap';
import { extensionLimit } from './extension-limit';
import type { Finding } from './finding';
import { keynoteLength } from './keynote-length';
import { noMeetingPeriod } from './no-meeting-period';
import { reportPages } from './report-pages';
import type { RuleInput, RulesContext } from './rule-context';
import { speechLimit } from './speech-limit';

/** The rules in policy.md's table order. */
const RULES: Record<RuleId, (input: RuleInput) => Finding[]> = {
  'no-meeting-period': noMeetingPeriod,
  'duration-cap': durationCap,
  'agenda-overrun': agendaOverrun,
  'speech-limit': speechLimit,
  'extension-limit': extensionLimit,
  'keynote-length': keynoteLength,
  'report-pages': reportPages,
  'approval-required': approvalRequired,
  'calendar-coverage': calendarCoverage,
};

const defaultCountZi = (text: string) => wordCountZi(text).zi;
const defaultEstimatePages = (text: string) => gbEstimatePages(text).pages;

/**
 * Severity (error, warning, info), then the rule's row in policy.md, then the agenda item
 * (meeting-level findings first), then the approval role in the policy's order.
 */
export function compareFindings(roleOrder: readonly string[] = []) {
  // Key by key, and only as far as needed, with no arrays: this runs for every pair of findings
  // of every meeting checked (building two key arrays per comparison was ~15 % of a check).
  const roleRank = (f: Finding) => (f.approval === undefined ? -1 : roleOrder.indexOf(f.approval));
  return (a: Finding, b: Finding): number =>
    SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
    RULE_IDS.indexOf(a.rule) - RULE_IDS.indexOf(b.rule) ||
    (a.item ?? -1) - (b.item ?? -1) ||
    roleRank(a) - roleRank(b);
}

/**
 * Every finding of policy.md's rules for one meeting, sorted (see compareFindings). Pure: the
 * machine's clock and time zone play no part. Never throws for a meeting the schema accepts,
 * including an impossible date (`2026-02-30`) or an unknown zone, which are reported.
 */
export function checkMeeting(meeting: Meeting, ctx: RulesContext): Finding[] {
  const input: RuleInput = {
    meeting,
    policy: ctx.policy,
    calendar: ctx.calendar,
    timeZone: ctx.timeZone,
    countZi: ctx.countZi ?? defaultCountZi,
    ziAtMostLength: ctx.countZi === undefined,
    estimatePages: ctx.estimatePages ?? defaultEstimatePages,
    start: parseCivil(meeting.start, ctx.timeZone),
    exempt: isExempt(ctx.policy, meeting.kind),
  };
  const findings = RULE_IDS.flatMap((id) => RULES[id](input));
  return findings.sort(compareFindings(ctx.policy.approvalRoles));
}

export interface MeetingFindings {
  /** Index of the meeting in `schedule.meetings`. */
  meetingIndex: number;
  meetingId: string;
  findings: Finding[];
}

/**
 * checkMeeting for every meeting of a schedule, in schedule order (meetings without findings
 * included). Civil times are read in the schedule's own zone unless `ctx.timeZone` is given.
 */
export function checkSchedule(
  schedule: Pick<Schedule, 'meetings'> & { timeZone?: string },
  ctx: Omit<RulesContext, 'timeZone'> & { timeZone?: string },
): MeetingFindings[] {
  const timeZone = ctx.timeZone ?? schedule.timeZone ?? ctx.policy.timeZone;
  return schedule.meetings.map((meeting, meetingIndex) => ({
    meetingIndex,
    meetingId: meeting.id,
    findings: checkMeeting(meeting, { ...ctx, timeZone }),
  }));
}
