import { ScheduleSchema, type Meeting, type Schedule } from '../../core/schedule/schedule-schema';
import { canonicalJson } from './canonical-json';
import { civilToEpoch, formatCivil as epochToCivil, isValidTimeZone as isKnownTimeZone } from '../../core/time/civil-time';
import { inTransaction } from './db-helpers';
import { listMeetings, rawMeetingWithZone, upsertMeeting } from './meetings-repo';
import { currentPolicy, requirePolicyVersion } from './policies-repo';
import type { StoreContext } from './store-context';
import { storageError } from './to-storage-error';
import type { ExportOptions, ImportOptions, ImportResult } from './types';
import { formatIssues } from './zod-issues';

/** Validates a schedule (already parsed from JSON) and rejects duplicate meeting ids. */
export const parseSchedule = (input: unknown): Schedule => {
  const parsed = ScheduleSchema.safeParse(input);
  if (!parsed.success) throw storageError('invalid-schedule', { detail: formatIssues(parsed.error) });
  const schedule = parsed.data;
  if (!isKnownTimeZone(schedule.timeZone)) {
    throw storageError('invalid-schedule', { detail: `timeZone: unknown time zone "${schedule.timeZone}"` });
  }
  const seen = new Map<string, number>();
  schedule.meetings.forEach((m, i) => {
    const first = seen.get(m.id);
    if (first !== undefined) {
      throw storageError('invalid-schedule', { detail: `meetings[${i}].id: "${m.id}" is already used by meetings[${first}]` });
    }
    seen.set(m.id, i);
    if (civilToEpoch(m.start, schedule.timeZone) === null) {
      throw storageError('invalid-schedule', { detail: `meetings[${i}].start: "${m.start}" is not a real date and time` });
    }
  });
  return schedule;
};

const planImport = (ctx: StoreContext, schedule: Schedule): ImportResult => {
  const result: ImportResult = { added: [], changed: [], unchanged: [] };
  for (const meeting of schedule.meetings) {
    const stored = rawMeetingWithZone(ctx, meeting.id);
    if (!stored) result.added.push(meeting.id);
    else if (stored.timeZone === schedule.timeZone && canonicalJson(stored.meeting) === canonicalJson(meeting)) {
      result.unchanged.push(meeting.id);
    } else result.changed.push(meeting.id);
  }
  return result;
};

/** What importing would do, without writing anything. */
export const previewImport = (ctx: StoreContext, input: unknown): ImportResult => planImport(ctx, parseSchedule(input));

/**
 * Adds new meetings and updates changed ones, all in one transaction. Meetings absent from the
 * schedule are left alone: a schedule file is often one office's week, not the whole database.
 */
export const importSchedule = (ctx: StoreContext, input: unknown, opts: ImportOptions = {}): ImportResult => {
  const schedule = parseSchedule(input);
  return inTransaction(ctx.db, () => {
    if (opts.policyVersion !== undefined) requirePolicyVersion(ctx, opts.policyVersion);
    const plan = planImport(ctx, schedule);
    const toWrite = new Set([...plan.added, ...plan.changed]);
    for (const meeting of schedule.meetings) {
      if (toWrite.has(meeting.id)) {
        upsertMeeting(ctx, meeting, { timeZone: schedule.timeZone, policyVersion: opts.policyVersion });
      }
    }
    return plan;
  });
};

/** The stored meetings as a schedule file; starts are rewritten only for meetings in another zone. */
export const exportSchedule = (ctx: StoreContext, opts: ExportOptions = {}): Schedule => {
  const timeZone = opts.timeZone ?? currentPolicy(ctx).policy.timeZone;
  if (!isKnownTimeZone(timeZone)) {
    throw storageError('invalid-schedule', { detail: `timeZone: unknown time zone "${timeZone}"` }, { file: ctx.file });
  }
  const range = { ...(opts.from === undefined ? {} : { from: opts.from }), ...(opts.to === undefined ? {} : { to: opts.to }) };
  const meetings: Meeting[] = listMeetings(ctx, range, { withDocuments: opts.includeAttachedCounts ?? false }).map((s) =>
    s.timeZone === timeZone ? s.meeting : { ...s.meeting, start: epochToCivil(s.startAt, timeZone) },
  );
  return { format: 'duanhui-schedule', version: 1, timeZone, meetings };
};
