import type { ItemKind, MeetingKind } from '../policy/ids';
import { itemElapsed } from './item-timing';
import { meetingElapsed } from './meeting-timing';
import type { ApprovalOverride, ItemStatus, Recess, SessionState } from './session-state';

/** One line of the overtime reconciliation (超时记录). All spans in ms. */
export interface ItemRecord {
  id: string;
  /** Position in the session's final order. */
  index: number;
  agendaIndex: number | null;
  unplanned: boolean;
  kind: ItemKind;
  title: string;
  speaker: string | null;
  unit: string | null;
  status: ItemStatus;
  limitMs: number;
  declaredExtensionMs: number;
  grantedExtensionMs: number;
  extensionGrantedAt: number | null;
  /** The part of the granted extension actually spoken into. */
  extensionUsedMs: number;
  elapsedMs: number;
  /** Beyond limit + granted extension. */
  overtimeMs: number;
  startedAt: number | null;
  endedAt: number | null;
  timeUpAt: number | null;
}

export interface MeetingRecord {
  id: string;
  title: string;
  kind: MeetingKind;
  exempt: boolean;
  countyWide: boolean;
  plannedStart: number;
  startedAt: number | null;
  endedAt: number | null;
  /** In session: wall time minus recesses. */
  elapsedMs: number;
  recessMs: number;
  recesses: Recess[];
  capMs: number | null;
  overCapMs: number;
  approvalOverride: ApprovalOverride | null;
  items: ItemRecord[];
  totals: { overtimeMs: number; overtimeItems: number; extensionsGranted: number; extensionUsedMs: number };
}

/** The reconciliation at `now` (for a finished meeting any now at or after its end gives the same). */
export function overtimeRecord(state: SessionState, now: number): MeetingRecord {
  const m = state.meeting;
  const items = state.items.map((item, index): ItemRecord => {
    const elapsedMs = itemElapsed(item, now);
    return {
      id: item.id,
      index,
      agendaIndex: item.agendaIndex,
      unplanned: item.unplanned,
      kind: item.kind,
      title: item.title,
      speaker: item.speaker,
      unit: item.unit,
      status: item.status,
      limitMs: item.limitMs,
      declaredExtensionMs: item.declaredExtensionMs,
      grantedExtensionMs: item.grantedExtensionMs,
      extensionGrantedAt: item.extensionGrantedAt,
      extensionUsedMs: Math.min(item.grantedExtensionMs, Math.max(0, elapsedMs - item.limitMs)),
      elapsedMs,
      overtimeMs: Math.max(0, elapsedMs - item.limitMs - item.grantedExtensionMs),
      startedAt: item.startedAt,
      endedAt: item.endedAt,
      timeUpAt: item.timeUpAt,
    };
  });
  const elapsedMs = meetingElapsed(m, now);
  const ongoingRecess = m.status === 'recess' && m.recessSince !== null ? Math.max(0, now - m.recessSince) : 0;
  return {
    id: m.id,
    title: m.title,
    kind: m.kind,
    exempt: m.exempt,
    countyWide: m.countyWide,
    plannedStart: m.plannedStart,
    startedAt: m.startedAt,
    endedAt: m.endedAt,
    elapsedMs,
    recessMs: m.recessBeforeMs + ongoingRecess,
    recesses: m.recesses.map((r) => ({ ...r })),
    capMs: m.capMs,
    overCapMs: m.capMs === null ? 0 : Math.max(0, elapsedMs - m.capMs),
    approvalOverride: m.approvalOverride,
    items,
    totals: {
      overtimeMs: items.reduce((sum, i) => sum + i.overtimeMs, 0),
      overtimeItems: items.filter((i) => i.overtimeMs > 0).length,
      extensionsGranted: items.filter((i) => i.grantedExtensionMs > 0).length,
      extensionUsedMs: items.reduce((sum, i) => sum + i.extensionUsedMs, 0),
    },
  };
}
