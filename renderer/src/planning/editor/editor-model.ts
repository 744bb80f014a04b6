import type { ItemKind, MeetingKind } from '../../../../electron/core/policy/ids';
import type { Finding } from '../../../../electron/core/rules';
import type { Policy } from '../../../../electron/core/policy/policy';

/** The editor's plan: a schedule meeting whose agenda items always carry ids (documents hang on them). */
export interface DraftItem {
  id: string;
  kind: ItemKind;
  title: string;
  speaker?: string;
  unit?: string;
  minutes: number;
  extensionMinutes?: number;
  chars?: number;
  pages?: number;
  text?: string;
}

export interface Draft {
  id: string;
  title: string;
  kind: MeetingKind;
  countyWide: boolean;
  start: string;
  durationMinutes: number;
  place?: string;
  organiser?: string;
  chair?: string;
  approvals: { role: 'party-secretary' | 'county-head'; name?: string; approvedAt: string; documentNumber?: string }[];
  agenda: DraftItem[];
}

const random = (n: number) =>
  Array.from(crypto.getRandomValues(new Uint8Array(n)), (b) => 'abcdefghijkmnpqrstuvwxyz23456789'[b % 32]).join('');

export const newItemId = () => `i-${random(8)}`;

export function newDraft(date: string): Draft {
  return {
    id: `m-${date}-${random(4)}`,
    title: '',
    kind: 'working',
    countyWide: false,
    start: `${date}T09:00`,
    durationMinutes: 90,
    approvals: [],
    agenda: [],
  };
}

/** A stored meeting as a draft: items without an id get one, so reordering keeps documents with them. */
export function toDraft(meeting: Omit<Draft, 'agenda'> & { agenda: (Omit<DraftItem, 'id'> & { id?: string })[] }): Draft {
  return { ...meeting, agenda: meeting.agenda.map((i) => ({ ...i, id: i.id ?? newItemId() })) };
}

/** The draft as the schedule schema wants it: blank optional texts left out. */
export function toMeetingInput(d: Draft): Record<string, unknown> {
  const opt = (v: string | undefined) => (v !== undefined && v.trim() !== '' ? v.trim() : undefined);
  return {
    ...d,
    title: d.title.trim(),
    place: opt(d.place),
    organiser: opt(d.organiser),
    chair: opt(d.chair),
    agenda: d.agenda.map((i) => ({
      ...i,
      speaker: opt(i.speaker),
      unit: opt(i.unit),
      extensionMinutes: i.extensionMinutes ? i.extensionMinutes : undefined,
    })),
  };
}

export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  if (from === to || from < 0 || to < 0 || from >= list.length || to >= list.length) return [...list];
  const out = [...list];
  const [moved] = out.splice(from, 1);
  out.splice(to, 0, moved as T);
  return out;
}

export type FieldKey = 'start' | 'duration' | 'countyWide' | 'agenda' | 'kind' | `item:${number}`;

/** Where the editor shows a finding: beside the field it is about. */
export function fieldOf(f: Finding): FieldKey {
  if (f.item !== undefined) return `item:${f.item}`;
  switch (f.rule) {
    case 'no-meeting-period':
    case 'calendar-coverage':
      return 'start';
    case 'duration-cap':
      return 'duration';
    case 'approval-required':
      return 'countyWide';
    default:
      return 'agenda';
  }
}

export function findingsByField(findings: readonly Finding[]): Map<FieldKey, Finding[]> {
  const out = new Map<FieldKey, Finding[]>();
  for (const f of findings) out.set(fieldOf(f), [...(out.get(fieldOf(f)) ?? []), f]);
  return out;
}

export interface AgendaTotals {
  planned: number;
  extensions: number;
  total: number;
  duration: number;
  /** The meeting cap, or null for an exempt kind. */
  cap: number | null;
  over: number;
  overWithExtensions: number;
}

export function agendaTotals(d: Pick<Draft, 'agenda' | 'durationMinutes' | 'kind'>, policy: Pick<Policy, 'meetingCapMinutes' | 'exemptKinds'> | null): AgendaTotals {
  const planned = d.agenda.reduce((s, i) => s + (Number.isFinite(i.minutes) ? i.minutes : 0), 0);
  const extensions = d.agenda.reduce((s, i) => s + (i.extensionMinutes ?? 0), 0);
  const exempt = policy ? (policy.exemptKinds as readonly string[]).includes(d.kind) : false;
  return {
    planned,
    extensions,
    total: planned + extensions,
    duration: d.durationMinutes,
    cap: policy && !exempt ? policy.meetingCapMinutes : null,
    over: Math.max(0, planned - d.durationMinutes),
    overWithExtensions: Math.max(0, planned + extensions - d.durationMinutes),
  };
}

/** Map the server's validation issues (paths like `agenda.2.minutes`) to the editor's fields. */
export function issueField(path: string): string {
  return path.replace(/\[(\d+)\]/g, '.$1');
}
