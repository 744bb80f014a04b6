import { describe, expect, it } from 'vitest';
import { buildDisciplineReport, durationBin, reportRange, type DisciplineReport } from '../../../electron/core/records';
import { MIN, TZ } from './record-fixtures';
import { generateMonth, ORGANISERS, type Truth } from './month-fixture';

const { records, truth } = generateMonth();
const april = reportRange('month', '2026-04', TZ);
const report: DisciplineReport = buildDisciplineReport(records, { from: april.from, to: april.to, period: 'month', timeZone: TZ });
const held = truth.filter((t) => t.counted);

/** The figures, computed here from what the generator decided, not from the records. */
function expected(list: readonly Truth[]) {
  const speeches = list.flatMap((t) => t.speeches);
  const over = (s: Truth['speeches'][number]) => Math.max(0, s.ms - 8 * MIN - s.grantedMin * MIN);
  const used = (s: Truth['speeches'][number]) => Math.min(s.grantedMin * MIN, Math.max(0, s.ms - 8 * MIN));
  const capped = list.filter((t) => !t.exempt);
  const within = capped.filter((t) => t.elapsedMs <= 120 * MIN).length;
  const totalMs = list.reduce((s, t) => s + t.elapsedMs, 0);
  const overtimeSpeeches = speeches.filter((s) => over(s) > 0).length;
  return {
    meetings: list.length,
    unfinished: 0,
    totalMs,
    averageMs: list.length ? totalMs / list.length : null,
    cappedMeetings: capped.length,
    withinCap: within,
    withinCapShare: capped.length ? within / capped.length : null,
    speeches: speeches.length,
    overtimeSpeeches,
    overtimeShare: speeches.length ? overtimeSpeeches / speeches.length : null,
    overtimeMs: speeches.reduce((s, x) => s + over(x), 0),
    extensionsDeclared: speeches.filter((s) => s.declaredMin > 0).length,
    extensionsGranted: speeches.filter((s) => s.grantedMin > 0).length,
    extensionUsedMs: speeches.reduce((s, x) => s + used(x), 0),
    noMeetingPeriod: list.filter((t) => t.inNoMeetingPeriod).length,
    overrides: list.filter((t) => t.override !== null).length,
  };
}

describe('the discipline report over a month of generated meetings', () => {
  it('the month is varied enough to test every figure', () => {
    const e = expected(held);
    expect(held).toHaveLength(30);
    expect(e.cappedMeetings).toBeLessThan(30);
    expect(e.withinCap).toBeLessThan(e.cappedMeetings);
    expect(e.overtimeSpeeches).toBeGreaterThan(0);
    expect(e.extensionsGranted).toBeGreaterThan(0);
    expect(e.extensionsGranted).toBeLessThan(e.extensionsDeclared);
    expect(e.noMeetingPeriod).toBeGreaterThan(0);
    expect(e.overrides).toBeGreaterThan(0);
    expect(held.some((t) => t.inNoMeetingPeriod && t.override)).toBe(true);
  });

  it('counts the meetings that started in April only', () => {
    expect(report.meetings.map((m) => m.meetingId).sort()).toEqual(held.map((t) => t.id).sort());
    expect(report.meetings.map((m) => m.startedAt)).toEqual([...report.meetings.map((m) => m.startedAt)].sort((a, b) => a - b));
    expect(report).toMatchObject({ period: 'month', firstDate: '2026-04-01', lastDate: '2026-04-30', from: april.from, to: april.to });
  });

  it('has every summary total right', () => {
    const { longest, ...rest } = report.summary;
    expect(rest).toEqual(expected(held));
    const top = [...held].sort((a, b) => b.elapsedMs - a.elapsedMs)[0]!;
    expect(longest).toMatchObject({ meetingId: top.id, elapsedMs: top.elapsedMs });
  });

  it('has every total right for each organiser, and the organisers add up to the whole', () => {
    const names = [...new Set(held.map((t) => t.organiser))];
    expect(report.byOrganiser.map((o) => o.organiser).sort()).toEqual([...names].sort());
    for (const row of report.byOrganiser) {
      const { organiser, longest: _longest, ...figures } = row;
      expect(figures, String(organiser)).toEqual(expected(held.filter((t) => t.organiser === organiser)));
    }
    expect(report.byOrganiser.at(-1)!.organiser).toBeNull();
    const sum = (k: 'meetings' | 'speeches' | 'overtimeMs' | 'noMeetingPeriod') => report.byOrganiser.reduce((s, o) => s + o[k], 0);
    expect([sum('meetings'), sum('speeches'), sum('overtimeMs'), sum('noMeetingPeriod')]).toEqual([
      report.summary.meetings,
      report.summary.speeches,
      report.summary.overtimeMs,
      report.summary.noMeetingPeriod,
    ]);
  });

  it('lists the meetings in no-meeting periods with their reason, and the overrides', () => {
    expect(report.noMeetingPeriod.map((e) => e.meetingId).sort()).toEqual(held.filter((t) => t.inNoMeetingPeriod).map((t) => t.id).sort());
    for (const e of report.noMeetingPeriod) {
      const t = held.find((x) => x.id === e.meetingId)!;
      expect(e.justification.kind).toBe(t.override ? 'override' : Number(t.id.slice(1)) % 8 === 0 ? 'approval' : 'none');
      expect(e.period).toBe('half-month');
    }
    expect(report.overrides.map((o) => [o.meetingId, o.reason, o.missingRoles])).toEqual(
      held.filter((t) => t.override).sort((a, b) => a.startedAt - b.startedAt).map((t) => [t.id, t.override, ['county-head']]),
    );
  });

  it('makes chart series that add up to the same totals', () => {
    const c = report.charts;
    // April 2026 spans the weeks starting 3-30, 4-06, 4-13, 4-20 and 4-27.
    expect(c.meetingsOverTime.categories.en).toEqual(['wk of 03-30', 'wk of 04-06', 'wk of 04-13', 'wk of 04-20', 'wk of 04-27']);
    const mondays = ['2026-03-30', '2026-04-06', '2026-04-13', '2026-04-20', '2026-04-27'];
    const weekOf = (date: string) => mondays.filter((m) => m <= date).at(-1);
    const perWeek = mondays.map((m) => held.filter((t) => weekOf(t.date) === m).length);
    const stacked = mondays.map((_, k) => c.meetingsOverTime.series.reduce((s, se) => s + se.values[k]!, 0));
    expect(stacked).toEqual(perWeek);
    const overCap = mondays.map((m) => held.filter((t) => weekOf(t.date) === m && !t.exempt && t.elapsedMs > 120 * MIN).length);
    expect(c.meetingsOverTime.series.find((s) => s.id === 'over-cap')!.values).toEqual(overCap);

    const bins = [0, 0, 0, 0, 0];
    for (const t of held) bins[t.elapsedMs <= 30 * MIN ? 0 : t.elapsedMs <= 60 * MIN ? 1 : t.elapsedMs <= 90 * MIN ? 2 : t.elapsedMs <= 120 * MIN ? 3 : 4]! += 1;
    expect(c.durationHistogram.series[0]!.values).toEqual(bins);
    expect(c.durationHistogram.categories['zh-CN']).toEqual(['30分钟以内', '30–60分钟', '60–90分钟', '90–120分钟', '超过120分钟']);

    const overtimeMinutes = report.byOrganiser.map((o) => Math.round((o.overtimeMs / MIN) * 10) / 10);
    expect(c.overtimeByOrganiser.series[0]!.values).toEqual(overtimeMinutes);
    expect(c.overtimeByOrganiser.categories['zh-CN']).toContain('（未填写）');
    expect(ORGANISERS.filter(Boolean).every((o) => c.overtimeByOrganiser.categories['zh-CN'].includes(o!))).toBe(true);
  });

  it('puts a meeting on a bin edge into the lower bin', () => {
    expect([30, 30.01, 120, 121].map((m) => durationBin(m * MIN))).toEqual([0, 1, 3, 4]);
  });

  it('a year report buckets by month; an empty period has zeros and no shares', () => {
    const y = reportRange('year', '2026', TZ);
    const year = buildDisciplineReport(records, { from: y.from, to: y.to, period: 'year', timeZone: TZ });
    expect(year.charts.meetingsOverTime.categories['zh-CN']).toHaveLength(12);
    expect(year.summary.meetings).toBe(32);
    const feb = reportRange('month', '2026-02', TZ);
    const empty = buildDisciplineReport(records, { from: feb.from, to: feb.to, period: 'month', timeZone: TZ });
    expect(empty.summary).toMatchObject({ meetings: 0, averageMs: null, longest: null, withinCapShare: null, overtimeShare: null });
    expect(empty.byOrganiser).toEqual([]);
  });
});

describe('reportRange', () => {
  it('gives the instants of a month, a quarter and a year in the zone', () => {
    expect(reportRange('month', '2026-04', TZ)).toMatchObject({
      from: Date.UTC(2026, 2, 31, 16),
      to: Date.UTC(2026, 3, 30, 16),
      firstDate: '2026-04-01',
      lastDate: '2026-04-30',
      label: { 'zh-CN': '2026年4月', en: 'April 2026' },
    });
    expect(reportRange('quarter', '2026-q4', TZ)).toMatchObject({ key: '2026-Q4', firstDate: '2026-10-01', lastDate: '2026-12-31', label: { 'zh-CN': '2026年第四季度' } });
    expect(reportRange('year', '2026', TZ)).toMatchObject({ firstDate: '2026-01-01', lastDate: '2026-12-31' });
  });

  it('refuses a key of the wrong form, saying which form is expected', () => {
    expect(() => reportRange('month', '2026-13', TZ)).toThrow(/2026-04/);
    expect(() => reportRange('quarter', '2026-05', TZ)).toThrow(/2026-Q2/);
  });
});
