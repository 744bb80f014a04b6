import { ITEM_KINDS, MEETING_KINDS, type ItemKind, type MeetingKind } from '../../core/policy/ids';

/** Names of policy.md, for output and for reading kinds written in Chinese (e.g. .ics CATEGORIES). */
export const MEETING_KIND_NAMES: Record<MeetingKind, { zh: string; en: string }> = {
  working: { zh: '一般工作性会议', en: 'working meeting' },
  'standing-committee': { zh: '县委常委会 / 县政府常务会', en: 'standing-committee meeting' },
  plenary: { zh: '县委全委（扩大）会', en: 'plenary (enlarged) session' },
  'work-conference': { zh: '县委工作会', en: 'county party work conference' },
  statutory: { zh: '法定会议', en: 'statutory meeting' },
};

export const ITEM_KIND_NAMES: Record<ItemKind, { zh: string; en: string }> = {
  keynote: { zh: '会议主题报告', en: 'keynote report' },
  speech: { zh: '会议发言', en: 'speech' },
  report: { zh: '汇报', en: 'report' },
  remarks: { zh: '领导讲话', en: 'leader’s remarks' },
  other: { zh: '其他议程', en: 'other item' },
};

/** Chinese words a clerk may type for a kind, beyond the ids themselves. */
const MEETING_KIND_ALIASES: Record<string, MeetingKind> = {
  一般工作性会议: 'working',
  工作性会议: 'working',
  县委常委会: 'standing-committee',
  县政府常务会: 'standing-committee',
  县政府常务会议: 'standing-committee',
  常委会: 'standing-committee',
  常务会: 'standing-committee',
  '县委全委(扩大)会': 'plenary',
  县委全委会: 'plenary',
  全委会: 'plenary',
  县委工作会: 'work-conference',
  县委工作会议: 'work-conference',
  法定会议: 'statutory',
};

const normalise = (s: string): string =>
  s.trim().replace(/（/g, '(').replace(/）/g, ')').replace(/\s+/g, '').toLowerCase();

/** A meeting kind from its id or Chinese name (full- or half-width brackets), else undefined. */
export function meetingKindFromName(name: string): MeetingKind | undefined {
  const key = normalise(name);
  if ((MEETING_KINDS as readonly string[]).includes(key)) return key as MeetingKind;
  for (const [alias, kind] of Object.entries(MEETING_KIND_ALIASES)) {
    if (normalise(alias) === key) return kind;
  }
  return undefined;
}

export const isItemKind = (s: string): s is ItemKind => (ITEM_KINDS as readonly string[]).includes(s);
