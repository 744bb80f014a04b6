/**
 * A meeting as the console's picker lists it. The service's `listMeetings` is typed `unknown[]`
 * (stored meetings with their metadata) and the room server's schedule export carries bare
 * schedule meetings, so both shapes are read here, tolerantly: anything without an id is dropped.
 */
export interface MeetingSummary {
  id: string;
  title: string;
  /** Civil start as written in the schedule, e.g. "2026-01-08T09:00"; '' when unknown. */
  start: string;
  /** Planned start instant when the service knows it. */
  startAt: number | null;
  kind: string;
  countyWide: boolean;
  durationMinutes: number | null;
  place: string | null;
  status: string | null;
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const obj = (v: unknown): Record<string, unknown> | null =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;

export function toMeetingSummary(entry: unknown): MeetingSummary | null {
  const outer = obj(entry);
  if (!outer) return null;
  // A stored meeting wraps the schedule's meeting: { meeting, startAt, status, … }.
  const inner = obj(outer.meeting) ?? outer;
  const id = str(inner.id);
  if (!id) return null;
  return {
    id,
    title: str(inner.title) ?? id,
    start: str(inner.start) ?? '',
    startAt: num(outer.startAt),
    kind: str(inner.kind) ?? 'working',
    countyWide: inner.countyWide === true,
    durationMinutes: num(inner.durationMinutes),
    place: str(inner.place),
    status: str(outer.status),
  };
}

export function toMeetingSummaries(list: unknown): MeetingSummary[] {
  const entries = Array.isArray(list) ? list : (obj(list)?.meetings as unknown[] | undefined) ?? [];
  return entries.map(toMeetingSummary).filter((m): m is MeetingSummary => m !== null);
}

/** Today's meetings first (by start), then the rest by start. `today` is "YYYY-MM-DD". */
export function sortForToday(meetings: readonly MeetingSummary[], today: string): MeetingSummary[] {
  const isToday = (m: MeetingSummary) => m.start.startsWith(today);
  return [...meetings].sort((a, b) => Number(isToday(b)) - Number(isToday(a)) || a.start.localeCompare(b.start));
}
