// Stable ids from policy.md. They appear in files, in the database and in the CLI's JSON:
// never rename one.
export const MEETING_KINDS = ['working', 'standing-committee', 'plenary', 'work-conference', 'statutory'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

export const ITEM_KINDS = ['keynote', 'speech', 'report', 'remarks', 'other'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

export const APPROVAL_ROLES = ['party-secretary', 'county-head'] as const;
export type ApprovalRole = (typeof APPROVAL_ROLES)[number];

export const RULE_IDS = [
  'no-meeting-period',
  'duration-cap',
  'agenda-overrun',
  'speech-limit',
  'extension-limit',
  'keynote-length',
  'report-pages',
  'approval-required',
  'calendar-coverage',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];
