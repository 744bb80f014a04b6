import type { CalendarYear, DayType, OfficialCalendar } from '../../../electron/core/calendar/calendar-types';
import { DEFAULT_POLICY, PolicySchema, type Policy, type PolicyInput } from '../../../electron/core/policy/policy';
import { checkMeeting } from '../../../electron/core/rules/rules-engine';
import type { Finding } from '../../../electron/core/rules/finding';
import type { RulesContext } from '../../../electron/core/rules/rule-context';
import { MeetingSchema, type Meeting } from '../../../electron/core/schedule/schedule-schema';
import { weekdayOfDate } from '../../../electron/core/time/civil-time';

/**
 * A calendar fake built from CalendarYear data, independent of the calendar room's
 * implementation, so these tests pin the rules and not the calendar.
 */
export function fakeCalendar(data: readonly CalendarYear[]): OfficialCalendar {
  const years = [...new Set(data.map((y) => y.year))].sort((a, b) => a - b);
  const inHoliday = (date: string) => {
    for (const y of data) for (const h of y.holidays) if (h.from <= date && date <= h.to) return h;
    return undefined;
  };
  const dayType = (date: string): DayType => {
    if (inHoliday(date)) return 'holiday';
    if (data.some((y) => y.adjustedWorkdays.includes(date))) return 'adjusted-workday';
    const wd = weekdayOfDate(date);
    return wd === 0 || wd === 6 ? 'weekend' : 'workday';
  };
  return {
    years,
    covers: (year) => years.includes(year),
    dayType,
    isWorkingDay: (date) => ['workday', 'adjusted-workday'].includes(dayType(date)),
    holidayName: (date) => {
      const h = inHoliday(date);
      return h ? { zh: h.name, en: h.nameEn } : undefined;
    },
  };
}

/** Excerpts of the State Council's notices for 2025 and 2026. */
export const FAKE_YEARS: CalendarYear[] = [
  {
    year: 2025,
    source: 'test excerpt of 国办发明电〔2024〕12号',
    holidays: [{ name: '国庆节、中秋节', nameEn: 'National Day and Mid-Autumn Festival', from: '2025-10-01', to: '2025-10-08' }],
    adjustedWorkdays: ['2025-09-28', '2025-10-11'],
  },
  {
    year: 2026,
    source: 'test excerpt of 国办发明电〔2025〕7号',
    holidays: [
      { name: '春节', nameEn: 'Spring Festival', from: '2026-02-15', to: '2026-02-23' },
      { name: '劳动节', nameEn: 'Labour Day', from: '2026-05-01', to: '2026-05-05' },
      { name: '国庆节', nameEn: 'National Day', from: '2026-10-01', to: '2026-10-07' },
    ],
    adjustedWorkdays: ['2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
  },
];

export const CALENDAR = fakeCalendar(FAKE_YEARS);

export const policy = (overrides: PolicyInput = {}): Policy => PolicySchema.parse(overrides);

/** A meeting that breaks no rule: a 60-minute working meeting on Monday 2026-04-13 at 09:00. */
export const meeting = (overrides: Record<string, unknown> = {}): Meeting =>
  MeetingSchema.parse({
    id: 'm1',
    title: '全县安全生产工作会议',
    kind: 'working',
    start: '2026-04-13T09:00',
    durationMinutes: 60,
    ...overrides,
  });

/** Simple counters, so boundary tests are not about Word's counting rules. */
export const lengthCounter = (text: string) => [...text].length;
export const linePages = (text: string) => text.split('\n').length;

export const ctx = (overrides: Partial<RulesContext> = {}): RulesContext => ({
  policy: DEFAULT_POLICY,
  calendar: CALENDAR,
  timeZone: 'Asia/Shanghai',
  countZi: lengthCounter,
  estimatePages: linePages,
  ...overrides,
});

export const check = (m: Record<string, unknown>, c: Partial<RulesContext> = {}): Finding[] => checkMeeting(meeting(m), ctx(c));
export const ofRule = (findings: Finding[], rule: Finding['rule']) => findings.filter((f) => f.rule === rule);
/** `rule/code` (and `@item`), the shape most assertions compare. */
export const brief = (findings: Finding[]) =>
  findings.map((f) => `${f.severity} ${f.rule}/${f.code}${f.item !== undefined ? `@${f.item}` : ''}${f.approval ? `@${f.approval}` : ''}`);
