import fc from 'fast-check';
import { APPROVAL_ROLES, ITEM_KINDS, MEETING_KINDS } from '../../../electron/core/policy/ids';
import { PolicySchema, type Policy } from '../../../electron/core/policy/policy';
import { MeetingSchema, type Meeting } from '../../../electron/core/schedule/schedule-schema';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Zones with odd offsets and DST rules, and strings the schema accepts but Intl does not. */
export const ZONES = [
  'Asia/Shanghai',
  'Asia/Urumqi',
  'America/New_York',
  'Asia/Kathmandu', // +05:45
  'Pacific/Chatham', // +12:45 / +13:45
  'Australia/Lord_Howe', // half-hour DST
  'America/St_Johns', // -03:30
  'Pacific/Kiritimati', // +14
  'Pacific/Apia', // skipped 2011-12-30
  'Etc/GMT+12',
  'UTC',
  'asia/shanghai',
  'Mars/Olympus',
  '+08:00',
];

/** Every shape DATE_TIME_PATTERN accepts, including days a month lacks (2026-02-30). */
export const dateTimeText = fc
  .record({
    year: fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 2019, max: 2031 }) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 9999 }) }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.integer({ min: 0, max: 59 }),
    seconds: fc.option(fc.tuple(fc.integer({ min: 0, max: 59 }), fc.option(fc.integer({ min: 0, max: 999 }))), { nil: undefined }),
    offset: fc.oneof(
      fc.constant(''),
      fc.constant('Z'),
      fc.tuple(fc.constantFrom('+', '-'), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.boolean()).map(
        ([sign, h, m, colon]) => `${sign}${pad(h)}${colon ? ':' : ''}${pad(m)}`,
      ),
    ),
  })
  .map(({ year, month, day, hour, minute, seconds, offset }) => {
    const secs = seconds ? `:${pad(seconds[0])}${seconds[1] === null ? '' : `.${String(seconds[1]).padStart(3, '0')}`}` : '';
    return `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}${secs}${offset}`;
  });

const item = fc.record(
  {
    kind: fc.constantFrom(...ITEM_KINDS),
    title: fc.string({ maxLength: 20 }),
    speaker: fc.string({ maxLength: 10 }),
    minutes: fc.oneof(fc.integer({ min: 0, max: 15 }), fc.integer({ min: 0, max: 1440 })),
    extensionMinutes: fc.oneof(fc.integer({ min: 0, max: 8 }), fc.integer({ min: 0, max: 1440 })),
    text: fc.oneof(fc.string({ maxLength: 60 }), fc.string({ maxLength: 60, unit: 'grapheme' }), fc.constantFrom('字'.repeat(5001), '\n'.repeat(80))),
    chars: fc.integer({ min: 0, max: 20_000 }),
    pages: fc.integer({ min: 0, max: 10 }),
  },
  { requiredKeys: ['kind', 'minutes'] },
);

export const meetingArb: fc.Arbitrary<Meeting> = fc
  .record({
    id: fc.constant('m'),
    title: fc.constant('会议'),
    kind: fc.constantFrom(...MEETING_KINDS),
    countyWide: fc.boolean(),
    start: dateTimeText,
    durationMinutes: fc.oneof(fc.integer({ min: 1, max: 180 }), fc.integer({ min: 1, max: 7 * 24 * 60 })),
    approvals: fc.array(fc.record({ role: fc.constantFrom(...APPROVAL_ROLES), approvedAt: dateTimeText }), { maxLength: 3 }),
    agenda: fc.array(item, { maxLength: 6 }),
  })
  // Parsing proves the generator makes only schema-valid meetings.
  .map((m) => MeetingSchema.parse(m));

export const policyArb: fc.Arbitrary<Policy> = fc
  .record(
    {
      exemptKinds: fc.subarray([...MEETING_KINDS]),
      meetingCapMinutes: fc.integer({ min: 0, max: 24 * 60 }),
      speechLimitMinutes: fc.integer({ min: 0, max: 600 }),
      extensionMaxMinutes: fc.integer({ min: 0, max: 600 }),
      timedItemKinds: fc.subarray([...ITEM_KINDS]),
      keynoteMaxChars: fc.integer({ min: 1, max: 10_000 }),
      reportMaxPages: fc.integer({ min: 1, max: 10 }),
      noMeetingMonths: fc.array(fc.integer({ min: 1, max: 12 }), { maxLength: 12 }),
      halfMonthStartDay: fc.option(fc.integer({ min: 1, max: 31 }), { nil: null }),
      eveningStart: fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${pad(h)}:${pad(m)}`),
      approvalRoles: fc.subarray([...APPROVAL_ROLES], { minLength: 1 }),
    },
    { requiredKeys: [] },
  )
  .map((p) => PolicySchema.parse(p));
