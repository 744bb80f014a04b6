import type { ApprovalRole, MeetingKind } from '../policy/ids';
import type { ChartData } from './chart-data';
import type { MeetingRecord, NoMeetingJustification } from './meeting-record-types';
import { civilDateOf, mondayOf, monthsOf, weeksOf, type ReportPeriodKind } from './report-period';

/**
 * 会风会纪情况统计: the supervision office's figures for a month, quarter or year, computed
 * from meeting records (each itself replayed from its event log), never from a tally of its own.
 * A meeting belongs to the period in which it actually started; a meeting never started was
 * not held and is not counted.
 */

export interface ReportOptions {
  /** Epoch ms, inclusive. */
  from: number;
  /** Epoch ms, exclusive. */
  to: number;
  period: ReportPeriodKind;
  timeZone: string;
}

export interface ReportMeeting {
  meetingId: string;
  sessionId: string | null;
  title: string;
  kind: MeetingKind;
  organiser: string | null;
  startedAt: number;
  plannedStart: number;
  ended: boolean;
  elapsedMs: number;
  capMs: number | null;
  withinCap: boolean | null;
  overCapMs: number;
  speeches: number;
  overtimeSpeeches: number;
  overtimeMs: number;
  extensionsDeclared: number;
  extensionsGranted: number;
  inNoMeetingPeriod: boolean;
  overridden: boolean;
}

export interface NoMeetingPeriodEntry {
  meetingId: string;
  title: string;
  organiser: string | null;
  startedAt: number;
  period: 'month' | 'half-month' | null;
  justification: NoMeetingJustification;
}

export interface OverrideEntry {
  meetingId: string;
  title: string;
  organiser: string | null;
  startedAt: number;
  reason: string;
  missingRoles: ApprovalRole[];
}

export interface ReportFigures {
  meetings: number;
  /** Started but not ended when the report was made. */
  unfinished: number;
  totalMs: number;
  averageMs: number | null;
  longest: { meetingId: string; title: string; elapsedMs: number } | null;
  /** Meetings under the cap (exempt kinds excluded). */
  cappedMeetings: number;
  withinCap: number;
  /** withinCap / cappedMeetings; null when no meeting was capped. */
  withinCapShare: number | null;
  speeches: number;
  overtimeSpeeches: number;
  /** overtimeSpeeches / speeches; null without speeches. */
  overtimeShare: number | null;
  overtimeMs: number;
  extensionsDeclared: number;
  extensionsGranted: number;
  extensionUsedMs: number;
  noMeetingPeriod: number;
  overrides: number;
}

export interface OrganiserRow extends ReportFigures {
  /** null: meetings whose organiser was not filled in. */
  organiser: string | null;
}

export interface DisciplineReport {
  format: 'duanhui-discipline-report';
  version: 1;
  period: ReportPeriodKind;
  from: number;
  to: number;
  timeZone: string;
  /** Civil dates of the period, both included. */
  firstDate: string;
  lastDate: string;
  summary: ReportFigures;
  byOrganiser: OrganiserRow[];
  meetings: ReportMeeting[];
  noMeetingPeriod: NoMeetingPeriodEntry[];
  overrides: OverrideEntry[];
  charts: {
    meetingsOverTime: ChartData;
    durationHistogram: ChartData;
    overtimeByOrganiser: ChartData;
  };
}

/** Upper edges of the duration histogram's bins, minutes; the last bin is open. */
export const DURATION_BINS_MIN = [30, 60, 90, 120] as const;

const share = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

function figures(records: readonly MeetingRecord[]): ReportFigures {
  const sum = (f: (r: MeetingRecord) => number) => records.reduce((s, r) => s + f(r), 0);
  const totalMs = sum((r) => r.actual.elapsedMs);
  const capped = records.filter((r) => r.withinCap !== null);
  const within = capped.filter((r) => r.withinCap === true).length;
  const speeches = sum((r) => r.totals.speeches);
  const overtimeSpeeches = sum((r) => r.totals.overtimeSpeeches);
  let longest: ReportFigures['longest'] = null;
  for (const r of records) {
    if (!longest || r.actual.elapsedMs > longest.elapsedMs) {
      longest = { meetingId: r.meetingId, title: r.title, elapsedMs: r.actual.elapsedMs };
    }
  }
  return {
    meetings: records.length,
    unfinished: records.filter((r) => r.status !== 'ended').length,
    totalMs,
    averageMs: records.length === 0 ? null : totalMs / records.length,
    longest,
    cappedMeetings: capped.length,
    withinCap: within,
    withinCapShare: share(within, capped.length),
    speeches,
    overtimeSpeeches,
    overtimeShare: share(overtimeSpeeches, speeches),
    overtimeMs: sum((r) => r.items.filter((i) => i.timed).reduce((s, i) => s + i.overtimeMs, 0)),
    extensionsDeclared: sum((r) => r.totals.extensionsDeclared),
    extensionsGranted: sum((r) => r.totals.extensionsGranted),
    extensionUsedMs: sum((r) => r.totals.extensionUsedMs),
    noMeetingPeriod: records.filter((r) => r.noMeetingPeriod.inPeriod).length,
    overrides: records.filter((r) => r.approvals.override !== null).length,
  };
}

const meetingRow = (r: MeetingRecord): ReportMeeting => ({
  meetingId: r.meetingId,
  sessionId: r.sessionId,
  title: r.title,
  kind: r.kind,
  organiser: r.organiser,
  startedAt: r.actual.startedAt!,
  plannedStart: r.planned.start,
  ended: r.status === 'ended',
  elapsedMs: r.actual.elapsedMs,
  capMs: r.policy.capMs,
  withinCap: r.withinCap,
  overCapMs: r.overCapMs,
  speeches: r.totals.speeches,
  overtimeSpeeches: r.totals.overtimeSpeeches,
  overtimeMs: r.items.filter((i) => i.timed).reduce((s, i) => s + i.overtimeMs, 0),
  extensionsDeclared: r.totals.extensionsDeclared,
  extensionsGranted: r.totals.extensionsGranted,
  inNoMeetingPeriod: r.noMeetingPeriod.inPeriod,
  overridden: r.approvals.override !== null,
});

/** Organisers by number of meetings, then name; the unnamed last. */
function byOrganiser(records: readonly MeetingRecord[]): OrganiserRow[] {
  const groups = new Map<string | null, MeetingRecord[]>();
  for (const r of records) {
    const key = r.organiser?.trim() || null;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return [...groups.entries()]
    .map(([organiser, list]) => ({ organiser, ...figures(list) }))
    .sort((a, b) => {
      if ((a.organiser === null) !== (b.organiser === null)) return a.organiser === null ? 1 : -1;
      return b.meetings - a.meetings || (a.organiser ?? '').localeCompare(b.organiser ?? '', 'zh-CN');
    });
}

export function buildDisciplineReport(records: readonly MeetingRecord[], opts: ReportOptions): DisciplineReport {
  const held = records
    .filter((r) => r.actual.startedAt !== null && r.actual.startedAt >= opts.from && r.actual.startedAt < opts.to)
    .sort((a, b) => a.actual.startedAt! - b.actual.startedAt! || a.meetingId.localeCompare(b.meetingId));
  const firstDate = civilDateOf(opts.from, opts.timeZone);
  const lastDate = civilDateOf(opts.to - 1, opts.timeZone);
  const organisers = byOrganiser(held);
  return {
    format: 'duanhui-discipline-report',
    version: 1,
    period: opts.period,
    from: opts.from,
    to: opts.to,
    timeZone: opts.timeZone,
    firstDate,
    lastDate,
    summary: figures(held),
    byOrganiser: organisers,
    meetings: held.map(meetingRow),
    noMeetingPeriod: held
      .filter((r) => r.noMeetingPeriod.inPeriod)
      .map((r) => ({
        meetingId: r.meetingId,
        title: r.title,
        organiser: r.organiser,
        startedAt: r.actual.startedAt!,
        period: r.noMeetingPeriod.period,
        justification: r.noMeetingPeriod.justification,
      })),
    overrides: held.flatMap((r) =>
      r.approvals.override
        ? [
            {
              meetingId: r.meetingId,
              title: r.title,
              organiser: r.organiser,
              startedAt: r.actual.startedAt!,
              reason: r.approvals.override.reason,
              missingRoles: [...r.approvals.override.missingRoles],
            },
          ]
        : [],
    ),
    charts: {
      meetingsOverTime: meetingsOverTime(held, opts, firstDate, lastDate),
      durationHistogram: durationHistogram(held),
      overtimeByOrganiser: overtimeByOrganiser(organisers),
    },
  };
}

/** Meetings per week (per month for a year), split into within the cap, over it, and exempt. */
function meetingsOverTime(held: readonly MeetingRecord[], opts: ReportOptions, firstDate: string, lastDate: string): ChartData {
  const byMonth = opts.period === 'year';
  const keys = byMonth ? monthsOf(firstDate, lastDate) : weeksOf(firstDate, lastDate);
  const keyOf = (r: MeetingRecord) => {
    const date = civilDateOf(r.actual.startedAt!, opts.timeZone);
    return byMonth ? date.slice(0, 7) : mondayOf(date);
  };
  const count = (pred: (r: MeetingRecord) => boolean) =>
    keys.map((k) => held.filter((r) => keyOf(r) === k && pred(r)).length);
  const md = (d: string) => `${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;
  const mdEn = (d: string) => `${d.slice(5, 7)}-${d.slice(8, 10)}`;
  return {
    id: 'meetings-over-time',
    kind: 'bar',
    stacked: true,
    title: byMonth ? { 'zh-CN': '每月会议数', en: 'Meetings per month' } : { 'zh-CN': '每周会议数', en: 'Meetings per week' },
    unit: { 'zh-CN': '场', en: 'meetings' },
    categories: byMonth
      ? { 'zh-CN': keys.map((k) => `${Number(k.slice(5, 7))}月`), en: keys.map((k) => k) }
      : { 'zh-CN': keys.map((k) => `${md(k)}起`), en: keys.map((k) => `wk of ${mdEn(k)}`) },
    series: [
      { id: 'within-cap', name: { 'zh-CN': '未超时', en: 'Within the cap' }, values: count((r) => r.withinCap === true) },
      { id: 'over-cap', name: { 'zh-CN': '超过时长上限', en: 'Over the cap' }, values: count((r) => r.withinCap === false) },
      { id: 'exempt', name: { 'zh-CN': '不限时会议', en: 'Exempt from the cap' }, values: count((r) => r.withinCap === null) },
    ],
  };
}

/** Index of the histogram bin a meeting falls in (upper edges inclusive). */
export function durationBin(elapsedMs: number): number {
  const i = DURATION_BINS_MIN.findIndex((edge) => elapsedMs <= edge * 60_000);
  return i < 0 ? DURATION_BINS_MIN.length : i;
}

function durationHistogram(held: readonly MeetingRecord[]): ChartData {
  const values = new Array<number>(DURATION_BINS_MIN.length + 1).fill(0);
  for (const r of held) values[durationBin(r.actual.elapsedMs)]! += 1;
  const edges = [0, ...DURATION_BINS_MIN];
  const last = DURATION_BINS_MIN[DURATION_BINS_MIN.length - 1];
  const zh = edges.slice(1).map((e, i) => (i === 0 ? `${e}分钟以内` : `${edges[i]}–${e}分钟`));
  const en = edges.slice(1).map((e, i) => (i === 0 ? `≤ ${e} min` : `${edges[i]}–${e} min`));
  return {
    id: 'duration-histogram',
    kind: 'bar',
    stacked: false,
    title: { 'zh-CN': '会议时长分布', en: 'Meeting length' },
    unit: { 'zh-CN': '场', en: 'meetings' },
    categories: { 'zh-CN': [...zh, `超过${last}分钟`], en: [...en, `> ${last} min`] },
    series: [{ id: 'meetings', name: { 'zh-CN': '会议数', en: 'Meetings' }, values }],
  };
}

function overtimeByOrganiser(rows: readonly OrganiserRow[]): ChartData {
  const minutes = (ms: number) => Math.round((ms / 60_000) * 10) / 10;
  return {
    id: 'overtime-by-organiser',
    kind: 'bar',
    stacked: false,
    title: { 'zh-CN': '各主办单位发言超时', en: 'Speech overtime by organiser' },
    unit: { 'zh-CN': '分钟', en: 'minutes' },
    categories: {
      'zh-CN': rows.map((r) => r.organiser ?? '（未填写）'),
      en: rows.map((r) => r.organiser ?? '(not given)'),
    },
    series: [{ id: 'overtime-minutes', name: { 'zh-CN': '超时分钟数', en: 'Minutes over' }, values: rows.map((r) => minutes(r.overtimeMs)) }],
  };
}
