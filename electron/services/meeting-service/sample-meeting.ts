import fs from 'node:fs';
import { ScheduleSchema, type Meeting, type Schedule } from '../../core/schedule/schedule-schema';
import { formatCivil, isValidTimeZone } from '../../core/time/civil-time';

export const SAMPLE_ID_PREFIX = 'sample-';
export const SAMPLE_TITLE_PREFIX = '【示例】';

const DAY = 86_400_000;

/** Whole days from one `YYYY-MM-DD` to another (civil dates: no zone, no DST). */
const daysBetween = (from: string, to: string): number => Math.round((Date.parse(`${to}T00:00Z`) - Date.parse(`${from}T00:00Z`)) / DAY);

/** The same date-time text `days` later; time of day and any offset are kept. */
const shiftDate = (dateTime: string, days: number): string => {
  const date = new Date(Date.parse(`${dateTime.slice(0, 10)}T00:00Z`) + days * DAY).toISOString().slice(0, 10);
  return date + dateTime.slice(10);
};

export type SampleResult = { ok: true; schedule: Schedule; meetingId: string } | { ok: false; detail: string };

/**
 * The sample schedule's first meeting with an agenda, made playable today: its date becomes
 * today's (in the schedule's zone, time of day kept) and its approvals move by the same number
 * of days, so they still come before the start. It gets its own id and a marked title, so it
 * never replaces a real meeting of the same id.
 */
export function sampleForToday(sample: unknown, now: number): SampleResult {
  const parsed = ScheduleSchema.safeParse(sample);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, detail: `${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}` };
  }
  const schedule = parsed.data;
  if (!isValidTimeZone(schedule.timeZone)) return { ok: false, detail: `timeZone: unknown time zone "${schedule.timeZone}"` };
  const source = schedule.meetings.find((m) => m.agenda.length > 0);
  if (!source) return { ok: false, detail: 'no meeting in it has an agenda / 其中没有带议程的会议' };
  const today = formatCivil(now, schedule.timeZone).slice(0, 10);
  const days = daysBetween(source.start.slice(0, 10), today);
  const meeting: Meeting = {
    ...source,
    id: `${SAMPLE_ID_PREFIX}${source.id}`.slice(0, 100),
    title: source.title.startsWith(SAMPLE_TITLE_PREFIX) ? source.title : `${SAMPLE_TITLE_PREFIX}${source.title}`,
    start: shiftDate(source.start, days),
    approvals: source.approvals.map((a) => ({ ...a, approvedAt: shiftDate(a.approvedAt, days) })),
  };
  return { ok: true, schedule: { ...schedule, meetings: [meeting] }, meetingId: meeting.id };
}

/**
 * Reads a sample schedule file for the `sample` option (e.g. docs/examples/sample-schedule.json).
 * Null when the file is missing or not JSON: load-sample is then refused with a clear message.
 */
export function readSampleSchedule(file: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
  } catch {
    return null;
  }
}
