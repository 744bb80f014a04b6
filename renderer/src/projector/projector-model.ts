/**
 * What the projector shows at `now`: a pure function of the engine snapshot, so the projector,
 * the console's preview and the tests all agree. Texts come from the engine's display().
 */
import { display, type ItemPhase } from '../../../electron/core/engine/clock-display';
import { MESSAGE_PRESET_TEXT } from '../../../electron/core/engine/message-presets';
import { itemElapsed } from '../../../electron/core/engine/item-timing';
import type { ItemState, SessionSnapshot } from '../../../electron/core/engine/session-state';
import type { Lang } from '../i18n';

export type ScreenPhase =
  | 'no-meeting'
  | 'not-started'
  | 'between'
  | 'running'
  | 'warning'
  | 'extended'
  | 'overtime'
  | 'paused'
  | 'recess'
  | 'ended';

export interface PersonLine {
  speaker: string | null;
  unit: string | null;
  title: string;
  kind: ItemState['kind'];
}

export interface MeetingLine {
  title: string;
  /** 'left': time left before the cap; 'over': past it; 'elapsed': an exempt meeting counting up. */
  mode: 'left' | 'over' | 'elapsed' | 'none';
  text: string;
  /** A warning stage (15 or 5 minutes left) has been reached. */
  warning: boolean;
}

export interface ProgressSpec {
  /** Changes exactly when the bar must restart its transition. */
  key: string;
  /** Share of the allowed time left at `now`, 0…1. */
  fraction: number;
  /** How long until the bar is empty; 0 when it stands still. */
  durationMs: number;
  running: boolean;
}

export interface ProjectorModel {
  phase: ScreenPhase;
  blackout: boolean;
  message: string | null;
  /** Changes with each new message, so its flash runs once per message. */
  messageKey: string | null;
  clockText: string | null;
  /** The clock counts overtime (+m:ss). */
  overtime: boolean;
  /** Warning phase length, for the "last minute" label. */
  warningSeconds: number;
  /** A granted extension of the current item, in minutes; 0: none. */
  extensionMinutes: number;
  current: PersonLine | null;
  next: PersonLine | null;
  meeting: MeetingLine;
  progress: ProgressSpec | null;
  /** Before the start: the planned start, to show in the meeting's own zone. */
  startsAt: { at: number; timeZone: string } | null;
  /** Set for the first seconds after time is up: the screen flashes once per key. */
  flashKey: string | null;
  nextChangeAt: number | null;
}

/** How long after time-up the one full-screen flash is still shown to a screen that (re)paints. */
export const FLASH_MS = 2500;

const person = (item: ItemState): PersonLine => ({
  speaker: item.speaker,
  unit: item.unit,
  title: item.title,
  kind: item.kind,
});

const ITEM_TO_SCREEN: Partial<Record<ItemPhase, ScreenPhase>> = {
  running: 'running',
  warning: 'warning',
  extended: 'extended',
  overtime: 'overtime',
  paused: 'paused',
};

function nextPending(engine: SessionSnapshot, afterIndex: number): ItemState | null {
  return engine.items.find((item, i) => i > afterIndex && item.status === 'pending') ?? null;
}

export function messageText(message: SessionSnapshot['message'], lang: Lang): string | null {
  if (!message) return null;
  return message.preset ? MESSAGE_PRESET_TEXT[message.preset][lang] : message.text;
}

const EMPTY_MEETING: MeetingLine = { title: '', mode: 'none', text: '', warning: false };

export function projectorModel(engine: SessionSnapshot | null, now: number, lang: Lang): ProjectorModel {
  if (!engine) {
    return {
      phase: 'no-meeting',
      blackout: false,
      message: null,
      messageKey: null,
      clockText: null,
      overtime: false,
      warningSeconds: 0,
      extensionMinutes: 0,
      current: null,
      next: null,
      meeting: EMPTY_MEETING,
      progress: null,
      startsAt: null,
      flashKey: null,
      nextChangeAt: null,
    };
  }
  const d = display(engine, now);
  const m = engine.meeting;
  const meeting: MeetingLine = {
    title: m.title,
    mode: m.status === 'not-started' || m.status === 'ended' ? 'none' : m.capMs === null ? 'elapsed' : d.meeting.overCap ? 'over' : 'left',
    text: d.meeting.text,
    warning: d.meeting.phase.startsWith('warning-') || d.meeting.overCap,
  };

  const currentIndex = d.current?.index ?? -1;
  const currentItem = currentIndex >= 0 ? engine.items[currentIndex]! : null;
  const nextItem = nextPending(engine, currentIndex);
  let nextChangeAt = d.nextChangeAt;

  let phase: ScreenPhase;
  let clockText: string | null = null;
  let overtime = false;
  let progress: ProgressSpec | null = null;
  let flashKey: string | null = null;

  if (currentItem && d.current) {
    const clock = d.current;
    phase = m.status === 'recess' ? 'recess' : (ITEM_TO_SCREEN[clock.phase] ?? 'running');
    clockText = clock.text;
    overtime = clock.overtime;
    const allowed = currentItem.limitMs + currentItem.grantedExtensionMs;
    const remainingMs = Math.max(0, allowed - itemElapsed(currentItem, now));
    const running = currentItem.status === 'running' && !overtime;
    if (!overtime && allowed > 0) {
      progress = {
        // A phase change restarts the bar too, from where the clock really is.
        key: `${currentItem.id}:${currentItem.status}:${currentItem.runningSince ?? ''}:${allowed}:${phase}`,
        fraction: Math.min(1, remainingMs / allowed),
        durationMs: running ? remainingMs : 0,
        running,
      };
    }
    if (phase === 'overtime' && currentItem.deadline !== null && now - currentItem.deadline < FLASH_MS) {
      flashKey = `${currentItem.id}:${currentItem.deadline}`;
      const flashEnds = currentItem.deadline + FLASH_MS;
      nextChangeAt = nextChangeAt === null ? flashEnds : Math.min(nextChangeAt, flashEnds);
    }
  } else if (m.status === 'not-started') {
    phase = 'not-started';
  } else if (m.status === 'ended') {
    phase = 'ended';
  } else if (m.status === 'recess') {
    phase = 'recess';
  } else {
    phase = 'between';
    // The next speaker walks up seeing the time they will have.
    if (nextItem) clockText = d.items[engine.items.indexOf(nextItem)]?.text ?? null;
  }

  const message = messageText(engine.message, lang);
  return {
    phase,
    blackout: engine.blackout,
    message,
    messageKey: engine.message ? `${engine.message.at}` : null,
    clockText,
    overtime,
    warningSeconds: currentItem ? Math.round(currentItem.warningMs / 1000) : 0,
    extensionMinutes: currentItem ? Math.round(currentItem.grantedExtensionMs / 60_000) : 0,
    current: currentItem ? person(currentItem) : null,
    next: nextItem && m.status !== 'ended' ? person(nextItem) : null,
    meeting,
    progress,
    startsAt: m.status === 'not-started' ? { at: m.plannedStart, timeZone: engine.policy.timeZone } : null,
    flashKey,
    nextChangeAt,
  };
}
