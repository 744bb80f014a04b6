import { describe, expect, it } from 'vitest';
import { firstOfMonth, monthWeeks, shiftMonth, viewRange, weekDays, yToMinute, minuteToY, HOUR_PX } from '../../../renderer/src/planning/calendar/calendar-model';
import { agendaTotals, fieldOf, findingsByField, moveItem, newDraft, toMeetingInput, issueField } from '../../../renderer/src/planning/editor/editor-model';
import { parseRoute, routeHash } from '../../../renderer/src/planning/state/route';
import { DEFAULT_POLICY } from '../../../electron/core/policy/policy';
import { planningEn, planningZhCN } from '../../../renderer/src/planning/i18n';

describe('calendar model', () => {
  it('lays out March 2026 as Monday-first weeks', () => {
    const weeks = monthWeeks('2026-03-18');
    expect(weeks).toHaveLength(6);
    expect(weeks[0]![0]).toBe('2026-02-23');
    expect(weeks[5]![6]).toBe('2026-04-05');
    expect(viewRange('2026-03-18', 'month')).toEqual({ from: '2026-02-23', to: '2026-04-05' });
    expect(weekDays('2026-03-08')).toEqual(['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06', '2026-03-07', '2026-03-08']);
    expect(shiftMonth('2026-12-15', 1)).toBe('2027-01-01');
    expect(shiftMonth('2026-01-31', -1)).toBe('2025-12-01');
    expect(firstOfMonth('2026-03-18')).toBe('2026-03-01');
  });

  it('maps the week grid both ways, snapping to half hours', () => {
    expect(yToMinute(minuteToY(9 * 60))).toBe(9 * 60);
    expect(yToMinute(minuteToY(18 * 60) + HOUR_PX * 0.2)).toBe(18 * 60);
    expect(yToMinute(-50)).toBe(7 * 60);
  });
});

describe('editor model', () => {
  it('reorders without losing items', () => {
    expect(moveItem(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, 5)).toEqual(['a', 'b', 'c']);
  });

  it('puts each finding beside its field', () => {
    const f = (rule: string, item?: number) => ({ rule, severity: 'error', code: 'x', params: {}, ...(item === undefined ? {} : { item }) }) as never;
    expect(fieldOf(f('no-meeting-period'))).toBe('start');
    expect(fieldOf(f('duration-cap'))).toBe('duration');
    expect(fieldOf(f('approval-required'))).toBe('countyWide');
    expect(fieldOf(f('agenda-overrun'))).toBe('agenda');
    expect(fieldOf(f('speech-limit', 2))).toBe('item:2');
    expect([...findingsByField([f('speech-limit', 1), f('keynote-length', 1)]).keys()]).toEqual(['item:1']);
  });

  it('totals the agenda against the duration and the cap', () => {
    const d = { ...newDraft('2026-03-05'), durationMinutes: 60, agenda: [
      { id: 'a', kind: 'keynote' as const, title: '', minutes: 40 },
      { id: 'b', kind: 'speech' as const, title: '', minutes: 8, extensionMinutes: 5 },
      { id: 'c', kind: 'speech' as const, title: '', minutes: 10 },
    ] };
    expect(agendaTotals(d, DEFAULT_POLICY)).toEqual({ planned: 58, extensions: 5, total: 63, duration: 60, cap: 120, over: 0, overWithExtensions: 3 });
    expect(agendaTotals({ ...d, kind: 'plenary' }, DEFAULT_POLICY).cap).toBeNull();
  });

  it('drops blank optional texts before saving', () => {
    const input = toMeetingInput({ ...newDraft('2026-03-05'), title: ' 会议 ', place: '  ', agenda: [{ id: 'a', kind: 'speech', title: 't', minutes: 8, speaker: '', extensionMinutes: 0 }] });
    expect(input).toMatchObject({ title: '会议', place: undefined, agenda: [{ speaker: undefined, extensionMinutes: undefined }] });
    expect(issueField('agenda[2].minutes')).toBe('agenda.2.minutes');
  });
});

describe('routes', () => {
  it('round-trips every screen through the hash', () => {
    for (const hash of ['#/calendar', '#/calendar?d=2026-03-01&m=week', '#/meeting/new?d=2026-03-05', '#/meeting/m%2F1', '#/checklist/abc', '#/transfer', '#/settings']) {
      expect(routeHash(parseRoute(hash))).toBe(hash);
    }
    expect(parseRoute('#/meeting/m%2F1')).toEqual({ view: 'editor', id: 'm/1', date: null });
    expect(parseRoute('#/nonsense')).toEqual({ view: 'calendar', date: null, mode: 'month' });
  });
});

describe('planning words', () => {
  it('has every zh-CN key in English, none left empty', () => {
    const keys = (o: object, prefix = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' && v !== null && !Array.isArray(v) ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
    expect(keys(planningEn).sort()).toEqual(keys(planningZhCN).sort());
    const values = (o: object): unknown[] => Object.values(o).flatMap((v) => (typeof v === 'object' && v !== null && !Array.isArray(v) ? values(v) : [v]));
    expect(values(planningEn).every((v) => (Array.isArray(v) ? v.length === 7 : typeof v === 'string' && v.length > 0))).toBe(true);
  });
});
