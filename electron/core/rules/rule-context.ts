import type { OfficialCalendar } from '../calendar/calendar-types';
import type { Policy } from '../policy/policy';
import type { AgendaItem, Meeting } from '../schedule/schedule-schema';
import type { CivilParseResult } from '../time/civil-time';
import type { MessageParams } from './finding';

/** What checkMeeting needs besides the meeting. */
export interface RulesContext {
  policy: Policy;
  calendar: OfficialCalendar;
  /** The schedule's IANA zone: civil times are read in it. */
  timeZone: string;
  /** Word's 字数 of a text; defaults to countZi(text).zi (electron/core/text/zi-count.ts). */
  countZi?: (text: string) => number;
  /** Pages of a text; defaults to estimatePages(text).pages (electron/core/text/page-estimate.ts). */
  estimatePages?: (text: string) => number;
}

/** The context with defaults filled and the meeting's start parsed once for every rule. */
export interface RuleInput {
  meeting: Meeting;
  policy: Policy;
  calendar: OfficialCalendar;
  timeZone: string;
  countZi: (text: string) => number;
  /**
   * countZi never gives more 字 than the text has UTF-16 units (true of Word's count, the default):
   * a text no longer than a cap is within it without being counted.
   */
  ziAtMostLength: boolean;
  estimatePages: (text: string) => number;
  start: CivilParseResult;
  exempt: boolean;
}

/** A blank text is no document: it neither counts as 0 字 nor hides a count given beside it. */
export const attachedText = (item: AgendaItem): string | undefined =>
  item.text !== undefined && item.text.trim() !== '' ? item.text : undefined;

/** How messages name an item: "第3项 会议发言《…》（张三，县发改局）". */
export const itemParams = (item: AgendaItem, index: number): MessageParams => ({
  itemNo: index + 1,
  itemKind: item.kind,
  itemTitle: item.title ?? '',
  speaker: item.speaker ?? '',
  unit: item.unit ?? '',
});

const pad = (n: number) => String(n).padStart(2, '0');

/** `HH:MM`, with `:SS` when the seconds are not zero. */
export const clockText = (c: { hour: number; minute: number; second: number }): string =>
  `${pad(c.hour)}:${pad(c.minute)}${c.second ? `:${pad(c.second)}` : ''}`;
