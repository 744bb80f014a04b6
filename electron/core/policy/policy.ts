import { z } from 'zod';
import { APPROVAL_ROLES, ITEM_KINDS, MEETING_KINDS } from './ids';

/**
 * The policy is data: every number of policy.md is a setting an administrator may change.
 * The schema's defaults ARE policy.md, so `PolicySchema.parse({})` gives the default rule set
 * and a policy file needs to name only what it overrides.
 */
const minutes = (max: number) => z.number().int().min(0).max(max);

export const PolicySchema = z
  .object({
    name: z.string().min(1).default('默认规则（policy.md）'),
    /** Kinds free of the duration cap, the keynote cap and the speech cap. */
    exemptKinds: z.array(z.enum(MEETING_KINDS)).default(['plenary', 'work-conference', 'statutory']),
    /** Cap on a non-exempt meeting's planned duration, minutes (boundary allowed). */
    meetingCapMinutes: minutes(24 * 60).default(120),
    /** Limit of a `speech` or `report` item, minutes. */
    speechLimitMinutes: minutes(600).default(8),
    /** Largest extension that may be declared in advance, minutes. */
    extensionMaxMinutes: minutes(600).default(5),
    /** Item kinds that may declare an extension and get the speech limit. */
    timedItemKinds: z.array(z.enum(ITEM_KINDS)).default(['speech', 'report']),
    /** Keynote length cap, Word 字数. */
    keynoteMaxChars: z.number().int().min(1).max(10_000_000).default(5000),
    /** Standing-committee report length cap, pages. */
    reportMaxPages: z.number().int().min(1).max(10_000).default(3),
    /** Months (1–12) that are no-meeting months as a whole. */
    noMeetingMonths: z.array(z.number().int().min(1).max(12)).default([3, 8]),
    /** Day of month from which the "second half" no-meeting period runs; null switches it off. */
    halfMonthStartDay: z.number().int().min(1).max(31).nullable().default(16),
    /** Evening start "HH:MM": a meeting starting at or after it is allowed in a no-meeting period. */
    eveningStart: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, '应为 24 小时制 HH:MM，例如 18:00 / expected HH:MM, e.g. 18:00')
      .default('18:00'),
    /** Roles whose prior approval a county-wide meeting needs. */
    approvalRoles: z.array(z.enum(APPROVAL_ROLES)).min(1).default(['party-secretary', 'county-head']),
    /** Live timer: phase `warning` starts this many seconds before an item's limit. */
    itemWarningSeconds: z.number().int().min(0).max(3600).default(60),
    /** Live timer: meeting-clock warning stages, minutes left. */
    meetingWarningMinutes: z.array(z.number().int().min(1).max(24 * 60)).default([15, 5]),
    /** The schedule's civil time zone (IANA). */
    timeZone: z.string().min(1).default('Asia/Shanghai'),
  })
  .strict();

export type Policy = z.infer<typeof PolicySchema>;
export type PolicyInput = z.input<typeof PolicySchema>;

export const DEFAULT_POLICY: Policy = PolicySchema.parse({});

export const isExempt = (policy: Policy, kind: string): boolean =>
  (policy.exemptKinds as readonly string[]).includes(kind);

export const eveningStartMinutes = (policy: Policy): number => {
  const [h, m] = policy.eveningStart.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
};
