import ICAL from 'ical.js';
import { z } from 'zod';
import type { Lang } from '../../core/rules/finding';
import { MEETING_KINDS, type MeetingKind } from '../../core/policy/ids';
import {
  AgendaItemSchema,
  ApprovalSchema,
  ScheduleSchema,
  type Schedule,
  type ScheduleInput,
} from '../../core/schedule/schedule-schema';
import { describeZodError, formatJsonPath } from '../../core/validation/zod-issues';
import {
  civilFieldsToEpoch as civilToInstant,
  formatCivil as instantToCivil,
  isIanaTimeZone,
  isRealDate,
  type CivilFields,
} from '../../core/time/civil-time';
import { InputError, type InputIssue } from './input-error';
import { MEETING_KIND_TERMS } from '../../core/rules';
import { meetingKindFromName } from './kind-names';

/**
 * Meetings from an iCalendar file (RFC 5545); the mapping is documented in
 * docs/schedule-format.md ("从 .ics 读取"). Times are converted to civil time in `timeZone`,
 * the zone the rules judge in.
 */

export const DUANHUI_BLOCK_BEGIN = '-----BEGIN DUANHUI-----';
export const DUANHUI_BLOCK_END = '-----END DUANHUI-----';

/** What a Duanhui export puts between the block markers of DESCRIPTION. */
export const DuanhuiBlockSchema = z
  .object({
    agenda: z.array(AgendaItemSchema).optional(),
    approvals: z.array(ApprovalSchema).optional(),
    chair: z.string().max(100).optional(),
  })
  .strict();

export interface IcsOptions {
  /** Zone of the resulting civil times (default Asia/Shanghai). */
  timeZone?: string;
  /** Language of the warnings (default zh-CN). */
  lang?: Lang;
}

export interface IcsResult {
  schedule: Schedule;
  warnings: string[];
}

interface Warning {
  zh: string;
  en: string;
}

/** Where each VEVENT begins in the text (1-based lines), in document order. */
function eventLines(text: string): number[] {
  const lines = text.split(/\r\n|\n|\r/);
  const out: number[] = [];
  lines.forEach((l, i) => {
    if (/^BEGIN:VEVENT\s*$/i.test(l)) out.push(i + 1);
  });
  return out;
}

/** The line of property `name` inside the event starting at `from`, if it can be found. */
function propertyLine(text: string, from: number | undefined, name: string): number | undefined {
  if (from === undefined) return undefined;
  const lines = text.split(/\r\n|\n|\r/);
  const re = new RegExp(`^${name}[;:]`, 'i');
  for (let i = from; i < lines.length; i++) {
    const l = lines[i]!;
    if (/^END:VEVENT\s*$/i.test(l)) break;
    if (re.test(l)) return i + 1;
  }
  return undefined;
}

const TRUE_WORDS = new Set(['true', 'yes', '1', '是', 'y']);
const FALSE_WORDS = new Set(['false', 'no', '0', '否', 'n']);

/** Parse an .ics text. Throws InputError for anything that keeps a meeting from being checked. */
export function parseIcsSchedule(text: string, file: string, options: IcsOptions = {}): IcsResult {
  const timeZone = options.timeZone ?? 'Asia/Shanghai';
  const lang = options.lang ?? 'zh-CN';
  const issue = (i: InputIssue): InputError => new InputError(file, i);

  if (!/^\s*BEGIN:VCALENDAR/i.test(text)) {
    throw issue({
      path: '',
      line: 1,
      zh: '不是 iCalendar 文件：应以 BEGIN:VCALENDAR 开头。',
      en: 'not an iCalendar file: it should begin with BEGIN:VCALENDAR.',
    });
  }
  let roots: ICAL.Component[];
  try {
    const jcal = ICAL.parse(text) as unknown[];
    // Several VCALENDARs in one file (calendars pasted together) parse to a list of them.
    const list = Array.isArray(jcal[0]) ? jcal : [jcal];
    roots = list.map((c) => new ICAL.Component(c as []));
  } catch (e) {
    const why = (e as Error).message ?? String(e);
    throw issue({
      path: '',
      zh: `iCalendar 文件格式错误（${why}）。`,
      en: `the iCalendar file is malformed (${why}).`,
    });
  }

  const zones = new Map<string, ICAL.Timezone>();
  for (const vtz of roots.flatMap((r) => r.getAllSubcomponents('vtimezone'))) {
    const tzid = vtz.getFirstPropertyValue('tzid');
    if (typeof tzid === 'string') {
      try {
        zones.set(tzid, new ICAL.Timezone(vtz));
      } catch {
        // A broken VTIMEZONE leaves its TZID unknown: events using it get the unknown-zone warning.
      }
    }
  }

  const starts = eventLines(text);
  const warnings: Warning[] = [];
  const meetings: ScheduleInput['meetings'] = [];
  const usedIds = new Map<string, number>();
  const lineOfId = new Map<string, number | undefined>();
  let untyped = 0;

  roots.flatMap((r) => r.getAllSubcomponents('vevent')).forEach((ev, index) => {
    const line = starts[index];
    const uid = stringValue(ev, 'uid');
    const label = uid ? `VEVENT UID=${uid}` : `VEVENT #${index + 1}`;
    const at = (prop: string): number | undefined => propertyLine(text, line, prop) ?? line;
    const fail = (prop: string, zh: string, en: string): InputError =>
      issue({ path: prop ? `${label}.${prop}` : label, line: prop ? at(prop) : line, zh, en });

    if (String(ev.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED') {
      warnings.push({ zh: `${label}（第 ${line} 行）已取消，未检查。`, en: `${label} (line ${line}) is cancelled and was skipped.` });
      return;
    }
    if (ev.hasProperty('recurrence-id')) {
      warnings.push({
        zh: `${label}（第 ${line} 行）是重复会议中某一次的改期，未单独检查。`,
        en: `${label} (line ${line}) changes one occurrence of a repeating meeting and was not checked separately.`,
      });
      return;
    }

    const dtstart = ev.getFirstProperty('dtstart');
    if (!dtstart) throw fail('', '事件缺少 DTSTART（开始时间）。', 'the event has no DTSTART (start time).');
    const start = readTime(dtstart, zones, () => at('DTSTART'), label, file);
    if (start === 'date') {
      warnings.push({
        zh: `${label}（第 ${line} 行）是全天事件，没有开始时刻，未作为会议检查。`,
        en: `${label} (line ${line}) is an all-day event with no start time and was not checked as a meeting.`,
      });
      return;
    }
    if (start.unknownZone) {
      warnings.push({
        zh: `${label}：时区 TZID=${start.unknownZone} 无法识别，按 ${timeZone} 理解。`,
        en: `${label}: time zone TZID=${start.unknownZone} is unknown; read as ${timeZone}.`,
      });
    }
    const startInstant = start.instant ?? civilToInstant(start.fields, timeZone);

    let endInstant: number;
    const dtend = ev.getFirstProperty('dtend');
    const durationProp = ev.getFirstProperty('duration');
    if (dtend) {
      const end = readTime(dtend, zones, () => at('DTEND'), label, file);
      if (end === 'date') throw fail('DTEND', 'DTEND 只有日期，应含时刻。', 'DTEND is a date without a time.');
      endInstant = end.instant ?? civilToInstant(end.fields, timeZone);
    } else if (durationProp) {
      let seconds: number;
      try {
        const raw = durationProp.toJSON()[3];
        seconds = ICAL.Duration.fromString(String(raw)).toSeconds();
      } catch {
        throw fail('DURATION', 'DURATION 不是有效的时长（例如 PT1H30M）。', 'DURATION is not a valid duration (e.g. PT1H30M).');
      }
      endInstant = startInstant + seconds * 1000;
    } else {
      throw fail(
        '',
        '事件既没有 DTEND 也没有 DURATION，无法得知会议时长。',
        'the event has neither DTEND nor DURATION, so the meeting length is unknown.',
      );
    }
    const durationMinutes = Math.round((endInstant - startInstant) / 60_000);
    if (durationMinutes < 1) {
      throw fail('DTEND', '结束时间不晚于开始时间。', 'the end is not after the start.');
    }

    if (ev.hasProperty('rrule') || ev.hasProperty('rdate')) {
      warnings.push({
        zh: `${label}（第 ${line} 行）是重复会议，只检查了第一次。`,
        en: `${label} (line ${line}) repeats; only its first occurrence was checked.`,
      });
    }

    const categories = ev.getAllProperties('categories').flatMap((p) => p.getValues().map(String));
    const kind = readKind(ev, categories, fail);
    if (!kind) untyped++;
    const countyWide = readCountyWide(ev, categories, fail);
    const block = readBlock(stringValue(ev, 'description'), fail);

    let id = uid || `ics-${index + 1}`;
    const seen = usedIds.get(id) ?? 0;
    usedIds.set(id, seen + 1);
    if (seen > 0) {
      const renamed = `${id}#${seen + 1}`;
      warnings.push({
        zh: `${label}（第 ${line} 行）的 UID 与前面的事件重复，改称 ${renamed}。`,
        en: `${label} (line ${line}) repeats an earlier UID; it is called ${renamed}.`,
      });
      id = renamed;
    }

    const organizer = ev.getFirstProperty('organizer');
    const organiser =
      (organizer?.getParameter('cn') as string | undefined) ??
      (organizer ? String(organizer.getFirstValue()).replace(/^mailto:/i, '') : undefined);
    const place = stringValue(ev, 'location');
    const title = stringValue(ev, 'summary')?.trim() || '（无标题）';

    lineOfId.set(id, line);
    meetings.push({
      id,
      title,
      kind: kind ?? 'working',
      countyWide,
      start: instantToCivil(startInstant, timeZone),
      durationMinutes,
      ...(place ? { place } : {}),
      ...(organiser ? { organiser } : {}),
      ...(block.chair ? { chair: block.chair } : {}),
      approvals: block.approvals ?? [],
      agenda: block.agenda ?? [],
    });
  });

  if (untyped > 0) {
    warnings.push({
      zh: `${untyped} 个事件未注明会议类型（X-DUANHUI-KIND 或 CATEGORIES），按“${MEETING_KIND_TERMS.working.zh}”检查。`,
      en: `${untyped} event(s) name no meeting kind (X-DUANHUI-KIND or CATEGORIES) and were checked as ${MEETING_KIND_TERMS.working.en}s.`,
    });
  }

  const parsed = ScheduleSchema.safeParse({ format: 'duanhui-schedule', version: 1, timeZone, meetings });
  if (!parsed.success) {
    const reports = describeZodError(parsed.error);
    throw new InputError(
      file,
      parsed.error.issues.map((i, k) => {
        const meetingIndex = typeof i.path[1] === 'number' ? i.path[1] : undefined;
        const meeting = meetingIndex !== undefined ? meetings[meetingIndex] : undefined;
        const rest = formatJsonPath(i.path.slice(2) as PropertyKey[]);
        const line = meeting ? lineOfId.get(meeting.id) : undefined;
        return {
          path: meeting ? `VEVENT UID=${meeting.id}${rest && !rest.startsWith('[') ? '.' : ''}${rest}` : (reports[k]?.path ?? ''),
          ...(line === undefined ? {} : { line }),
          zh: `${reports[k]?.messageZh ?? i.message}。`,
          en: `${reports[k]?.messageEn ?? i.message}.`,
        };
      }),
    );
  }
  return { schedule: parsed.data, warnings: warnings.map((w) => (lang === 'en' ? w.en : w.zh)) };
}

function stringValue(ev: ICAL.Component, name: string): string | undefined {
  const v = ev.getFirstPropertyValue(name);
  return v === null || v === undefined ? undefined : String(v);
}

type Fail = (prop: string, zh: string, en: string) => InputError;

interface ReadTime {
  fields: CivilFields;
  /** Set when the value names its instant (UTC, a known TZID); else it is civil time in the schedule zone. */
  instant?: number;
  unknownZone?: string;
}

/** A DTSTART/DTEND value, checked strictly (ical.js would roll 2026-13-05 over into 2027). */
function readTime(
  prop: ICAL.Property,
  zones: Map<string, ICAL.Timezone>,
  lineOf: () => number | undefined,
  label: string,
  file: string,
): ReadTime | 'date' {
  const name = prop.name.toUpperCase();
  const [, , type, raw] = prop.toJSON() as [string, Record<string, unknown>, string, unknown];
  const value = String(raw);
  // Show the value as it is written in the file (20260305T090000), not as ical.js holds it.
  const written = value.replace(/[-:]/g, '');
  const bad = (): InputError =>
    new InputError(file, {
      path: `${label}.${name}`,
      line: lineOf(),
      zh: `${name} 的值“${written}”不是有效的日期时间（应如 20260305T090000）。`,
      en: `${name} value "${written}" is not a valid date-time (expected e.g. 20260305T090000).`,
    });
  if (type === 'date') {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw bad();
    return 'date';
  }
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(Z?)$/.exec(value);
  if (type !== 'date-time' || !m) throw bad();
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  if (!isRealDate(y, mo, d) || h > 23 || mi > 59 || s > 60) throw bad();
  const fields: CivilFields = { year: y, month: mo, day: d, hour: h, minute: mi, second: Math.min(s, 59) };
  if (m[7] === 'Z') return { fields, instant: Date.UTC(y, mo - 1, d, h, mi, fields.second) };
  const tzid = prop.getParameter('tzid') as string | undefined;
  if (!tzid) return { fields };
  // An IANA name is read with the runtime's zone data; other names (Outlook's
  // "China Standard Time") need the file's own VTIMEZONE.
  if (isIanaTimeZone(tzid)) return { fields, instant: civilToInstant(fields, tzid) };
  const vtz = zones.get(tzid);
  if (vtz) {
    const time = new ICAL.Time({ year: y, month: mo, day: d, hour: h, minute: mi, second: fields.second, isDate: false }, vtz);
    const offsetSeconds = vtz.utcOffset(time);
    return { fields, instant: Date.UTC(y, mo - 1, d, h, mi, fields.second) - offsetSeconds * 1000 };
  }
  return { fields, unknownZone: tzid };
}

function readKind(ev: ICAL.Component, categories: string[], fail: Fail): MeetingKind | undefined {
  const x = stringValue(ev, 'x-duanhui-kind');
  if (x !== undefined) {
    const kind = meetingKindFromName(x);
    if (!kind) {
      throw fail(
        'X-DUANHUI-KIND',
        `会议类型“${x}”无效，可选值：${MEETING_KINDS.join('、')}。`,
        `meeting kind "${x}" is not valid; allowed: ${MEETING_KINDS.join(', ')}.`,
      );
    }
    return kind;
  }
  for (const c of categories) {
    const kind = meetingKindFromName(c);
    if (kind) return kind;
  }
  return undefined;
}

function readCountyWide(ev: ICAL.Component, categories: string[], fail: Fail): boolean {
  const x = stringValue(ev, 'x-duanhui-county-wide');
  if (x !== undefined) {
    const w = x.trim().toLowerCase();
    if (TRUE_WORDS.has(w)) return true;
    if (FALSE_WORDS.has(w)) return false;
    throw fail(
      'X-DUANHUI-COUNTY-WIDE',
      `X-DUANHUI-COUNTY-WIDE 的值“${x}”无效，应为 TRUE 或 FALSE。`,
      `X-DUANHUI-COUNTY-WIDE value "${x}" is not valid; expected TRUE or FALSE.`,
    );
  }
  return categories.some((c) => ['全县性', '全县性会议', 'county-wide'].includes(c.trim().toLowerCase()));
}

function readBlock(description: string | undefined, fail: Fail): z.infer<typeof DuanhuiBlockSchema> {
  if (!description) return {};
  const begin = description.indexOf(DUANHUI_BLOCK_BEGIN);
  if (begin < 0) return {};
  const end = description.indexOf(DUANHUI_BLOCK_END, begin);
  if (end < 0) {
    throw fail('DESCRIPTION', `短会数据块缺少结束标记 ${DUANHUI_BLOCK_END}。`, `the Duanhui block lacks its end marker ${DUANHUI_BLOCK_END}.`);
  }
  const json = description.slice(begin + DUANHUI_BLOCK_BEGIN.length, end);
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    const why = (e as Error).message;
    throw fail('DESCRIPTION', `短会数据块不是有效的 JSON（${why}）。`, `the Duanhui block is not valid JSON (${why}).`);
  }
  const parsed = DuanhuiBlockSchema.safeParse(data);
  if (!parsed.success) {
    const first = describeZodError(parsed.error)[0]!;
    throw fail(
      'DESCRIPTION',
      `短会数据块中 ${first.path || '（根）'}：${first.messageZh}。`,
      `in the Duanhui block, ${first.path || '(root)'}: ${first.messageEn}.`,
    );
  }
  return parsed.data;
}
