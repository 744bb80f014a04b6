// The rules engine: policy.md's table as code. Other rooms import from here.
export type { Finding, Lang, MessageParams } from './finding';
export type { RulesContext } from './rule-context';
export { checkMeeting, checkSchedule, compareFindings, type MeetingFindings } from './rules-engine';
export {
  formatFinding,
  severityTerm,
  MESSAGE_KEYS,
  RULE_TERMS,
  ITEM_KIND_TERMS,
  MEETING_KIND_TERMS,
  ROLE_TERMS,
} from './messages';
export { judgeDay } from './no-meeting-period';
