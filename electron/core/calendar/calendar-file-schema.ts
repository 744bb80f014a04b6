import { z } from 'zod';
import type { CalendarYear } from './calendar-types';
import { dayNumber, parseCivilDate, weekdayName, type YMD } from './civil-date';

/**
 * The importable calendar file: `{"format":"duanhui-calendar","version":1,"years":[…]}`, each
 * year shaped like CalendarYear. Custom messages are written `中文 / English`; the checks beyond
 * field types are those a typo in a hand-edited file most often breaks (docs/calendar-format.md).
 */

export const CALENDAR_FILE_FORMAT = 'duanhui-calendar';
export const CALENDAR_FILE_VERSION = 1;
/** Longer than any statutory period so far (the 2020 Spring Festival, extended, was 10 days). */
export const MAX_HOLIDAY_DAYS = 15;
const FIRST_YEAR = 1990;
const LAST_YEAR = 2199;

const bilingual = (zh: string, en: string) => `${zh} / ${en}`;

export const CivilDateSchema = z
  .string()
  .superRefine((s, ctx) => {
    if (!parseCivilDate(s)) {
      ctx.addIssue({
        code: 'custom',
        message: bilingual(`不是有效日期 "${s}"，应为 YYYY-MM-DD，例如 2026-10-01`, `not a valid date "${s}", expected YYYY-MM-DD, e.g. 2026-10-01`),
      });
    }
  })
  // For editors reading the JSON Schema; the check above is the one that counts (it knows 2-30).
  .meta({ description: '日期 / civil date, YYYY-MM-DD', pattern: '^\\d{4}-\\d{2}-\\d{2}$', examples: ['2026-10-01'] });

export const HolidayPeriodSchema = z
  .object({
    /** zh-CN name as the notice writes it, e.g. 春节 or 中秋节、国庆节. */
    name: z.string().trim().min(1),
    nameEn: z.string().trim().min(1),
    /** First rest day, inclusive. */
    from: CivilDateSchema,
    /** Last rest day, inclusive. */
    to: CivilDateSchema,
  })
  .strict();

/** A notice's dates lie in its year, or in the December before (元旦 can start on 31 December). */
const inNoticeYear = (d: YMD, year: number) => d.year === year || (d.year === year - 1 && d.month === 12);

function checkYear(y: CalendarYear, ctx: z.core.$RefinementCtx<CalendarYear>): void {
  const issue = (path: (string | number)[], zh: string, en: string) =>
    ctx.addIssue({ code: 'custom', path, message: bilingual(zh, en) });

  const spans: { from: number; to: number; name: string }[] = [];
  y.holidays.forEach((h, i) => {
    const from = parseCivilDate(h.from);
    const to = parseCivilDate(h.to);
    if (!from || !to) return;
    if (!inNoticeYear(from, y.year)) {
      issue(['holidays', i, 'from'], `${h.from} 不在 ${y.year} 年内（只有元旦假期可从上一年 12 月开始）`,
        `${h.from} is outside ${y.year} (only a New Year period may start in the December before)`);
    }
    if (to.year !== y.year) issue(['holidays', i, 'to'], `${h.to} 不在 ${y.year} 年内`, `${h.to} is outside ${y.year}`);
    const a = dayNumber(from);
    const b = dayNumber(to);
    if (b < a) {
      issue(['holidays', i, 'to'], `结束日 ${h.to} 早于开始日 ${h.from}`, `"to" ${h.to} is before "from" ${h.from}`);
      return;
    }
    if (b - a + 1 > MAX_HOLIDAY_DAYS) {
      issue(['holidays', i, 'to'], `假期长 ${b - a + 1} 天，超过 ${MAX_HOLIDAY_DAYS} 天，不像法定节假日`,
        `the period is ${b - a + 1} days long, more than ${MAX_HOLIDAY_DAYS}: not a statutory holiday`);
    }
    const clash = spans.findIndex((s) => a <= s.to && s.from <= b);
    if (clash >= 0) {
      issue(['holidays', i, 'from'], `与 holidays[${clash}]（${spans[clash]?.name}）重叠`, `overlaps holidays[${clash}] (${spans[clash]?.name})`);
    }
    spans.push({ from: a, to: b, name: h.name });
  });

  const seen = new Map<number, number>();
  y.adjustedWorkdays.forEach((date, k) => {
    const d = parseCivilDate(date);
    if (!d) return;
    const path = ['adjustedWorkdays', k];
    if (!inNoticeYear(d, y.year)) {
      issue(path, `${date} 不在 ${y.year} 年内`, `${date} is outside ${y.year}`);
    }
    const wd = weekdayName(d);
    if (wd.zh !== '周六' && wd.zh !== '周日') {
      issue(path, `${date} 是${wd.zh}，调休上班日应是周六或周日`, `${date} is a ${wd.en}; an adjusted working day must be a Saturday or Sunday`);
    }
    const n = dayNumber(d);
    const dup = seen.get(n);
    if (dup !== undefined) issue(path, `与 adjustedWorkdays[${dup}] 重复`, `repeats adjustedWorkdays[${dup}]`);
    else seen.set(n, k);
    const inside = spans.find((s) => s.from <= n && n <= s.to);
    if (inside) issue(path, `${date} 在假期“${inside.name}”之内，不能又是上班日`, `${date} lies inside the holiday "${inside.name}" and cannot also be a working day`);
  });
}

export const CalendarYearSchema = z
  .object({
    year: z.number().int().min(FIRST_YEAR).max(LAST_YEAR),
    /** The notice's title and number (国办发明电〔…〕…号), or where the data was imported from. */
    source: z.string().trim().min(1),
    holidays: z.array(HolidayPeriodSchema),
    adjustedWorkdays: z.array(CivilDateSchema),
  })
  .strict()
  .superRefine(checkYear);

export const CalendarFileSchema = z
  .object({
    /** Lets an editor find a JSON Schema; ignored. */
    $schema: z.string().optional(),
    format: z.literal(CALENDAR_FILE_FORMAT),
    version: z.literal(CALENDAR_FILE_VERSION),
    years: z.array(CalendarYearSchema).min(1),
  })
  .strict()
  .superRefine((file, ctx) => {
    const first = new Map<number, number>();
    file.years.forEach((y, i) => {
      const at = first.get(y.year);
      if (at === undefined) first.set(y.year, i);
      else ctx.addIssue({ code: 'custom', path: ['years', i, 'year'], message: bilingual(`${y.year} 年与 years[${at}] 重复`, `year ${y.year} repeats years[${at}]`) });
    });
  });

export type CalendarFile = z.infer<typeof CalendarFileSchema>;

/** The file an export writes (and an import reads). */
export const toCalendarFile = (years: readonly CalendarYear[]): CalendarFile => ({
  format: CALENDAR_FILE_FORMAT,
  version: CALENDAR_FILE_VERSION,
  years: years.map((y) => structuredClone(y)),
});
