import { z } from 'zod';
import { APPROVAL_ROLES, ITEM_KINDS, MEETING_KINDS } from '../policy/ids';

/**
 * The schedule format, version 1 (docs/schedule-format.md). This zod schema is the single
 * source: the JSON Schema in docs/ is generated from it (npm run schema).
 */

/** Civil time `YYYY-MM-DDTHH:MM[:SS]` in the schedule's zone, or with an explicit offset / `Z`. */
export const DATE_TIME_PATTERN =
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,3})?)?(Z|[+-]([01]\d|2[0-3]):?[0-5]\d)?$/;

export const DateTimeSchema = z
  .string()
  .regex(DATE_TIME_PATTERN, 'expected a date-time like 2026-03-05T09:00 (civil time) or 2026-03-05T09:00+08:00')
  .describe('Civil date-time in the schedule time zone (YYYY-MM-DDTHH:MM), or with an explicit offset or Z.');

export const ApprovalSchema = z
  .object({
    role: z.enum(APPROVAL_ROLES).describe('party-secretary (县委书记) or county-head (县长)'),
    name: z.string().max(100).optional().describe('Name of the approving leader'),
    approvedAt: DateTimeSchema.describe('When the approval was given; must be before the meeting starts'),
    documentNumber: z.string().max(100).optional().describe('Number of the approval document (文号)'),
  })
  .strict();

export const AgendaItemSchema = z
  .object({
    id: z.string().min(1).max(100).optional(),
    kind: z.enum(ITEM_KINDS),
    title: z.string().max(500).default(''),
    speaker: z.string().max(100).optional(),
    unit: z.string().max(200).optional().describe('The speaker’s unit (单位), e.g. 县发改局'),
    minutes: z.number().int().min(0).max(24 * 60).describe('Planned minutes'),
    extensionMinutes: z
      .number()
      .int()
      .min(0)
      .max(24 * 60)
      .optional()
      .describe('Extension declared in advance (事先申明), minutes; absent or 0: none'),
    text: z.string().max(5_000_000).optional().describe('The document text; wins over chars and pages'),
    chars: z.number().int().min(0).optional().describe('Known 字数 when no text is attached'),
    pages: z.number().int().min(0).optional().describe('Known page count when no text is attached'),
  })
  .strict();

export const MeetingSchema = z
  .object({
    id: z.string().min(1).max(100),
    title: z.string().min(1).max(500),
    kind: z.enum(MEETING_KINDS),
    countyWide: z.boolean().default(false).describe('全县性会议: needs prior approval of both top leaders'),
    start: DateTimeSchema,
    durationMinutes: z.number().int().min(1).max(7 * 24 * 60),
    place: z.string().max(200).optional(),
    organiser: z.string().max(200).optional().describe('The organising unit (主办单位)'),
    chair: z.string().max(100).optional(),
    approvals: z.array(ApprovalSchema).default([]),
    agenda: z.array(AgendaItemSchema).default([]),
  })
  .strict();

export const ScheduleSchema = z
  .object({
    format: z.literal('duanhui-schedule'),
    version: z.literal(1),
    timeZone: z.string().min(1).default('Asia/Shanghai').describe('IANA time zone of civil times'),
    meetings: z.array(MeetingSchema),
  })
  .strict();

export type Approval = z.infer<typeof ApprovalSchema>;
export type AgendaItem = z.infer<typeof AgendaItemSchema>;
export type Meeting = z.infer<typeof MeetingSchema>;
export type Schedule = z.infer<typeof ScheduleSchema>;
export type ScheduleInput = z.input<typeof ScheduleSchema>;
