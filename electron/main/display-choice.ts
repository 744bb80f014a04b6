import type { DisplayInfo, Rect, RememberedDisplay } from '../shared/ipc-contract';

/** The part of Electron's `Display` the shell reads (so tests can pass plain objects). */
export interface DisplayLike {
  id: number;
  label: string;
  internal: boolean;
  bounds: Rect;
  scaleFactor?: number;
}

/** The screens as they are now: `screen.getAllDisplays()` and `screen.getPrimaryDisplay().id`. */
export interface ScreenState {
  displays: readonly DisplayLike[];
  primaryId: number;
  /** The display the chair console is on (`screen.getDisplayMatching(bounds)`), when known. */
  consoleDisplayId?: number;
}

export type ProjectorChoice =
  | { kind: 'display'; display: DisplayLike; reason: 'remembered' | 'remembered-label' | 'first-external' }
  | { kind: 'preview'; reason: 'single-display' | 'no-external-display' };

/**
 * Picks the display the projector view goes full screen on.
 *
 * 1. The remembered display, by id; ids can change between sessions (another port, a reboot on
 *    Windows), so then by label when exactly one display carries it.
 * 2. Otherwise the first external display that does not hold the chair console (when that is
 *    not known: that is not the primary, where new windows open); failing that, any other
 *    display, because some drivers report every display as external or none as internal.
 * 3. With a single display there is nowhere to project without covering the console: preview.
 */
export function chooseProjectorDisplay(
  screen: ScreenState,
  remembered: RememberedDisplay | null,
): ProjectorChoice {
  const { displays, primaryId } = screen;
  if (displays.length < 2) return { kind: 'preview', reason: 'single-display' };

  const found = remembered ? findRememberedDisplay(displays, remembered) : undefined;
  if (found && remembered) {
    return { kind: 'display', display: found, reason: found.id === remembered.id ? 'remembered' : 'remembered-label' };
  }

  const avoid = screen.consoleDisplayId ?? primaryId;
  const candidates = displays.filter((d) => d.id !== avoid);
  const external = candidates.find((d) => !d.internal) ?? candidates[0];
  if (external) return { kind: 'display', display: external, reason: 'first-external' };
  return { kind: 'preview', reason: 'no-external-display' };
}

/** Finds the display a remembered choice refers to now (by id, else by a unique label). */
export function findRememberedDisplay(
  displays: readonly DisplayLike[],
  remembered: RememberedDisplay,
): DisplayLike | undefined {
  const byId = displays.find((d) => d.id === remembered.id);
  if (byId) return byId;
  if (remembered.label === '') return undefined;
  const byLabel = displays.filter((d) => d.label === remembered.label);
  return byLabel.length === 1 ? byLabel[0] : undefined;
}

/** A name to show for a display: its label, or a positional fallback when the OS gives none. */
export function displayName(display: DisplayLike, displays: readonly DisplayLike[]): string {
  if (display.label.trim() !== '') return display.label;
  const position = displays.findIndex((d) => d.id === display.id) + 1;
  return `显示器 ${position} / Display ${position}`;
}

export function toDisplayInfo(screen: ScreenState): DisplayInfo[] {
  return screen.displays.map((d) => ({
    id: d.id,
    label: displayName(d, screen.displays),
    internal: d.internal,
    primary: d.id === screen.primaryId,
    bounds: { ...d.bounds },
    scaleFactor: d.scaleFactor ?? 1,
  }));
}
