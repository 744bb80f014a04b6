import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseIcsSchedule } from '../../../electron/services/schedule/ics-schedule';
import { InputError } from '../../../electron/services/schedule/input-error';

const SAMPLE = join(__dirname, '../../../docs/examples/sample-schedule.ics');

/** A calendar around the given VEVENT bodies (lines without BEGIN/END). */
const ics = (...events: string[][]): string =>
  [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//test//EN',
    ...events.flatMap((e) => ['BEGIN:VEVENT', ...e, 'END:VEVENT']),
    'END:VCALENDAR',
    '',
  ].join('\r\n');

const event = (uid: string, ...lines: string[]): string[] => [
  `UID:${uid}`,
  'SUMMARY:测试会议',
  'DTSTART;TZID=Asia/Shanghai:20260305T090000',
  'DTEND;TZID=Asia/Shanghai:20260305T100000',
  ...lines,
];

function fails(text: string): InputError {
  try {
    parseIcsSchedule(text, 'cal.ics');
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return e as InputError;
  }
  throw new Error('expected an InputError');
}

describe('parseIcsSchedule: the sample calendar', () => {
  const { schedule, warnings } = parseIcsSchedule(readFileSync(SAMPLE, 'utf8'), SAMPLE);
  const byId = Object.fromEntries(schedule.meetings.map((m) => [m.id.replace('@duanhui.example', ''), m]));

  it('maps every VEVENT with a time; the all-day one is skipped with a warning', () => {
    expect(Object.keys(byId)).toEqual(['ics-2026-001', 'ics-2026-003', 'ics-2026-004', 'ics-2026-009', 'ics-2026-010']);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/ics-2026-study@duanhui\.example（第 \d+ 行）是全天事件/);
  });

  it('maps UID, SUMMARY, LOCATION, ORGANIZER CN and the Duanhui block', () => {
    const m = byId['ics-2026-001']!;
    expect(m).toMatchObject({
      id: 'ics-2026-001@duanhui.example',
      title: '全县招商引资工作推进会',
      kind: 'working',
      countyWide: true,
      start: '2026-01-08T09:00',
      durationMinutes: 90,
      place: '县行政中心三楼大会议室',
      organiser: '县商务局',
      chair: '李明',
    });
    expect(m.approvals.map((a) => a.role)).toEqual(['party-secretary', 'county-head']);
    expect(m.agenda.map((a) => [a.kind, a.minutes])).toEqual([
      ['keynote', 20],
      ['speech', 8],
      ['remarks', 15],
    ]);
    expect(m.agenda[1]!.extensionMinutes).toBe(5);
  });

  it('converts UTC to civil time in the schedule zone and reads DURATION', () => {
    expect(byId['ics-2026-003']).toMatchObject({ start: '2026-03-10T14:30', durationMinutes: 60, kind: 'working' });
  });

  it('reads a floating time as civil time', () => {
    expect(byId['ics-2026-004']!.start).toBe('2026-03-12T19:00');
  });

  it('honours a Windows TZID through the file’s VTIMEZONE, and a Chinese kind in CATEGORIES', () => {
    expect(byId['ics-2026-009']).toMatchObject({ kind: 'standing-committee', start: '2026-07-07T15:00', durationMinutes: 90 });
    expect(byId['ics-2026-009']!.agenda[0]!.pages).toBe(4);
  });

  it('reads 全县性 from CATEGORIES', () => {
    expect(byId['ics-2026-010']!.countyWide).toBe(true);
    expect(byId['ics-2026-010']!.approvals).toHaveLength(1);
  });
});

describe('parseIcsSchedule: time zones', () => {
  it('converts into another schedule zone when asked', () => {
    const { schedule } = parseIcsSchedule(ics(event('a')), 'cal.ics', { timeZone: 'Asia/Urumqi' });
    expect(schedule.timeZone).toBe('Asia/Urumqi');
    expect(schedule.meetings[0]!.start).toBe('2026-03-05T07:00');
  });

  it('converts a TZID across a daylight-saving change correctly', () => {
    const { schedule } = parseIcsSchedule(
      ics(['UID:ny', 'SUMMARY:x', 'DTSTART;TZID=America/New_York:20260310T200000', 'DURATION:PT1H']),
      'cal.ics',
    );
    // 10 March 2026 is after the US switch to EDT (UTC−4): 20:00 EDT = 08:00 next day in Shanghai.
    expect(schedule.meetings[0]!.start).toBe('2026-03-11T08:00');
  });

  it('an unknown TZID without VTIMEZONE is read in the schedule zone, with a warning', () => {
    const { schedule, warnings } = parseIcsSchedule(
      ics(['UID:u', 'SUMMARY:x', 'DTSTART;TZID=Beijing:20260305T090000', 'DURATION:PT1H']),
      'cal.ics',
      { lang: 'en' },
    );
    expect(schedule.meetings[0]!.start).toBe('2026-03-05T09:00');
    expect(warnings.join('\n')).toContain('TZID=Beijing is unknown; read as Asia/Shanghai');
  });
});

describe('parseIcsSchedule: kinds, flags and skipped events', () => {
  it('X-DUANHUI-KIND wins over CATEGORIES; Chinese names are read', () => {
    const { schedule } = parseIcsSchedule(
      ics(event('a', 'X-DUANHUI-KIND:plenary', 'CATEGORIES:working'), event('b', 'X-DUANHUI-KIND:县委全委（扩大）会')),
      'cal.ics',
    );
    expect(schedule.meetings.map((m) => m.kind)).toEqual(['plenary', 'plenary']);
  });

  it('an event with no kind is checked as working, with one summary warning', () => {
    const { schedule, warnings } = parseIcsSchedule(ics(event('a', 'CATEGORIES:重要'), event('b')), 'cal.ics');
    expect(schedule.meetings.map((m) => m.kind)).toEqual(['working', 'working']);
    expect(warnings).toEqual(['2 个事件未注明会议类型（X-DUANHUI-KIND 或 CATEGORIES），按“一般工作性会议”检查。']);
  });

  it('an unknown X-DUANHUI-KIND is an error with the allowed kinds and its line', () => {
    const text = ics(event('a'), event('b', 'X-DUANHUI-KIND:meeting'));
    const e = fails(text);
    expect(e.path).toBe('VEVENT UID=b.X-DUANHUI-KIND');
    expect(e.line).toBe(text.split('\r\n').indexOf('X-DUANHUI-KIND:meeting') + 1);
    expect(e.en).toBe('meeting kind "meeting" is not valid; allowed: working, standing-committee, plenary, work-conference, statutory.');
  });

  it('X-DUANHUI-COUNTY-WIDE takes TRUE/FALSE and friends, and nothing else', () => {
    const { schedule } = parseIcsSchedule(
      ics(event('a', 'X-DUANHUI-COUNTY-WIDE:yes'), event('b', 'X-DUANHUI-COUNTY-WIDE:否'), event('c', 'X-DUANHUI-COUNTY-WIDE:TRUE')),
      'cal.ics',
    );
    expect(schedule.meetings.map((m) => m.countyWide)).toEqual([true, false, true]);
    expect(fails(ics(event('a', 'X-DUANHUI-COUNTY-WIDE:maybe'))).en).toContain('expected TRUE or FALSE');
  });

  it('cancelled events, overrides and all-day events are skipped; a repeating one is checked once', () => {
    const { schedule, warnings } = parseIcsSchedule(
      ics(
        event('cancelled', 'STATUS:CANCELLED'),
        event('series', 'RRULE:FREQ=WEEKLY;COUNT=4'),
        event('series', 'RECURRENCE-ID;TZID=Asia/Shanghai:20260312T090000'),
        ['UID:allday', 'SUMMARY:学习日', 'DTSTART;VALUE=DATE:20260305'],
      ),
      'cal.ics',
      { lang: 'en' },
    );
    expect(schedule.meetings.map((m) => m.id)).toEqual(['series']);
    expect(warnings.filter((w) => !w.includes('name no meeting kind'))).toEqual([
      expect.stringContaining('is cancelled and was skipped'),
      expect.stringContaining('repeats; only its first occurrence was checked'),
      expect.stringContaining('changes one occurrence of a repeating meeting'),
      expect.stringContaining('is an all-day event'),
    ]);
  });

  it('a repeated UID is renamed with a warning; a missing UID and title get stand-ins', () => {
    const { schedule, warnings } = parseIcsSchedule(
      ics(event('dup'), event('dup'), ['DTSTART:20260305T090000', 'DURATION:PT30M']),
      'cal.ics',
    );
    expect(schedule.meetings.map((m) => [m.id, m.title])).toEqual([
      ['dup', '测试会议'],
      ['dup#2', '测试会议'],
      ['ics-3', '（无标题）'],
    ]);
    expect(warnings.some((w) => w.includes('改称 dup#2'))).toBe(true);
  });
});

describe('parseIcsSchedule: odd but valid files', () => {
  it('reads every VCALENDAR of a file holding several', () => {
    const { schedule } = parseIcsSchedule(`${ics(event('a'))}${ics(event('b'))}`, 'cal.ics');
    expect(schedule.meetings.map((m) => m.id)).toEqual(['a', 'b']);
  });

  it('an event without UID is named by its position', () => {
    const e = fails(ics(event('a'), ['SUMMARY:x', 'DTSTART:20260305T090000']));
    expect(e.path).toBe('VEVENT #2');
  });
});

describe('parseIcsSchedule: bad input', () => {
  it('not an iCalendar file, and a truncated one', () => {
    expect(fails('hello').zh).toContain('应以 BEGIN:VCALENDAR 开头');
    expect(fails('BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a\r\n').en).toMatch(/^the iCalendar file is malformed/);
  });

  it('a date that does not exist is refused (ical.js alone would roll it over)', () => {
    const text = ics(['UID:a', 'SUMMARY:x', 'DTSTART:20261305T090000', 'DURATION:PT1H']);
    const e = fails(text);
    expect(e.path).toBe('VEVENT UID=a.DTSTART');
    expect(e.line).toBe(7);
    expect(e.zh).toContain('DTSTART 的值“20261305T090000”不是有效的日期时间');
    expect(fails(ics(['UID:a', 'DTSTART:20260230T090000', 'DURATION:PT1H'])).path).toBe('VEVENT UID=a.DTSTART');
  });

  it('no DTSTART; neither DTEND nor DURATION; an end before the start; a bad DURATION', () => {
    expect(fails(ics(['UID:a', 'SUMMARY:x', 'DURATION:PT1H'])).en).toBe('the event has no DTSTART (start time).');
    expect(fails(ics(['UID:a', 'DTSTART:20260305T090000'])).en).toContain('neither DTEND nor DURATION');
    expect(fails(ics(['UID:a', 'DTSTART:20260305T090000', 'DTEND:20260305T080000'])).en).toBe('the end is not after the start.');
    expect(fails(ics(['UID:a', 'DTSTART:20260305T090000', 'DURATION:soon'])).path).toBe('VEVENT UID=a.DURATION');
  });

  it('a meeting longer than the schema allows is named by its UID', () => {
    const e = fails(ics(['UID:long', 'DTSTART:20260305T090000', 'DTEND:20260320T090000']));
    expect(e.path).toBe('VEVENT UID=long.durationMinutes');
    expect(e.en).toContain('at most 10080');
  });

  it('a broken Duanhui block says so', () => {
    const block = (json: string) => `DESCRIPTION:-----BEGIN DUANHUI-----\\n${json}\\n-----END DUANHUI-----`;
    expect(fails(ics(event('a', block('{"agenda":[')))).en).toMatch(/^the Duanhui block is not valid JSON/);
    const schemaError = fails(ics(event('a', block('{"agenda":[{"kind":"talk"\\,"minutes":8}]}'))));
    expect(schemaError.path).toBe('VEVENT UID=a.DESCRIPTION');
    expect(schemaError.en).toContain('agenda[0].kind');
    expect(fails(ics(event('a', 'DESCRIPTION:-----BEGIN DUANHUI-----\\n{}'))).zh).toContain('缺少结束标记');
  });
});
