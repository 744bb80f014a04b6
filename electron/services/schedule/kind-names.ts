import { MEETING_KINDS, type MeetingKind } from '../../core/policy/ids';

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
