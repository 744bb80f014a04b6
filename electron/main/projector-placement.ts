import type { ProjectorPlacement, Rect, RememberedDisplay, ShellNotice } from '../shared/ipc-contract';
import { chooseProjectorDisplay, displayName, findRememberedDisplay, type DisplayLike, type ScreenState } from './display-choice';
import { shellNotice } from './shell-notices';

/**
 * What the chair asked for: `auto` = full screen on the projector whenever there is one;
 * `preview` = a normal window on the chair's screen; `off` = closed.
 */
export type ProjectorMode = 'off' | 'auto' | 'preview';

export interface PlacementState {
  mode: ProjectorMode;
  /** The chair's explicit choice (remembered across restarts); null = first external display. */
  preferred: RememberedDisplay | null;
  placement: ProjectorPlacement;
}

export const INITIAL_PLACEMENT: PlacementState = { mode: 'off', preferred: null, placement: { kind: 'off' } };

export type PlacementEvent =
  /**
   * Full screen on the best display. With no second display, `fallback` says what to do:
   * `preview` when the chair asked (menu, console), `wait` at start-up (no window appears on the
   * chair's screen uninvited; the view goes full screen when a projector is plugged in).
   */
  | { type: 'open'; fallback: 'preview' | 'wait' }
  | { type: 'open-preview' }
  | { type: 'close' }
  | { type: 'choose'; displayId: number }
  | { type: 'display-added'; display: DisplayLike }
  | { type: 'display-removed'; display: DisplayLike }
  | { type: 'display-metrics-changed'; display: DisplayLike; changedMetrics: readonly string[] };

/**
 * Window actions. At most one projector window is visible: `show-fullscreen` also closes the
 * preview window and `show-preview` the full-screen one; `hide` hides both.
 */
export type PlacementAction =
  | { type: 'show-fullscreen'; displayId: number; bounds: Rect }
  | { type: 'move'; displayId: number; bounds: Rect }
  | { type: 'show-preview' }
  | { type: 'hide' }
  | { type: 'remember'; display: RememberedDisplay }
  | { type: 'notify'; notice: ShellNotice };

export interface PlacementStep {
  state: PlacementState;
  actions: PlacementAction[];
}

/** Metrics whose change alters where a full-screen window must sit (workArea does not). */
const GEOMETRY_METRICS = new Set(['bounds', 'scaleFactor', 'rotation']);

/**
 * The projector's placement as a pure state machine: user requests and display hot-plug events
 * in, the new state and the window actions out. `screen` is the state *after* the event
 * (Electron has already dropped a removed display from `getAllDisplays()`).
 *
 * Invariants: the view is never full screen on the only remaining display (it would cover the
 * console), and a display going away hides the view instead of letting it fall onto another
 * screen; it comes back by itself when its display (or, without a remembered choice, any
 * external display) returns.
 */
export function nextPlacement(state: PlacementState, event: PlacementEvent, screen: ScreenState): PlacementStep {
  switch (event.type) {
    case 'open':
      return openAuto({ ...state, mode: 'auto' }, screen, event.fallback);
    case 'open-preview':
      return {
        state: { ...state, mode: 'preview', placement: { kind: 'preview' } },
        actions: [{ type: 'show-preview' }],
      };
    case 'close':
      return {
        state: { ...state, mode: 'off', placement: { kind: 'off' } },
        actions: state.placement.kind === 'off' ? [] : [{ type: 'hide' }],
      };
    case 'choose':
      return choose(state, event.displayId, screen);
    case 'display-added':
      return displayAdded(state, event.display, screen);
    case 'display-removed':
      return displayRemoved(state, event.display, screen);
    case 'display-metrics-changed':
      return metricsChanged(state, event.display, event.changedMetrics, screen);
  }
}

function fullscreenOn(state: PlacementState, display: DisplayLike, screen: ScreenState, code: 'projector-shown' | 'projector-display-returned'): PlacementStep {
  const label = displayName(display, screen.displays);
  const already = state.placement.kind === 'fullscreen';
  if (state.placement.kind === 'fullscreen' && state.placement.displayId === display.id) return { state, actions: [] };
  return {
    state: { ...state, mode: 'auto', placement: { kind: 'fullscreen', displayId: display.id, label } },
    actions: [
      already
        ? { type: 'move', displayId: display.id, bounds: { ...display.bounds } }
        : { type: 'show-fullscreen', displayId: display.id, bounds: { ...display.bounds } },
      { type: 'notify', notice: shellNotice(code, { label }) },
    ],
  };
}

function openAuto(state: PlacementState, screen: ScreenState, fallback: 'preview' | 'wait'): PlacementStep {
  const choice = chooseProjectorDisplay(screen, state.preferred);
  if (choice.kind === 'display') return fullscreenOn(state, choice.display, screen, 'projector-shown');
  if (fallback === 'preview') {
    return {
      state: { ...state, placement: { kind: 'preview' } },
      actions: [{ type: 'show-preview' }, { type: 'notify', notice: shellNotice('projector-preview') }],
    };
  }
  const wasVisible = state.placement.kind === 'fullscreen' || state.placement.kind === 'preview';
  return {
    state: { ...state, placement: { kind: 'hidden', waitingFor: state.preferred } },
    actions: [...(wasVisible ? [{ type: 'hide' } as const] : []), { type: 'notify', notice: shellNotice('projector-waiting') }],
  };
}

function choose(state: PlacementState, displayId: number, screen: ScreenState): PlacementStep {
  const display = screen.displays.find((d) => d.id === displayId);
  if (!display) return { state, actions: [] };
  const remembered: RememberedDisplay = { id: display.id, label: display.label };
  const step = fullscreenOn({ ...state, preferred: remembered }, display, screen, 'projector-shown');
  const unchanged = state.preferred?.id === remembered.id && state.preferred.label === remembered.label;
  return {
    state: step.state,
    actions: unchanged ? step.actions : [{ type: 'remember', display: remembered }, ...step.actions],
  };
}

function displayAdded(state: PlacementState, added: DisplayLike, screen: ScreenState): PlacementStep {
  const addedNotice: PlacementStep = {
    state,
    actions: [{ type: 'notify', notice: shellNotice('display-added', { label: displayName(added, screen.displays) }) }],
  };
  if (state.mode !== 'auto') return addedNotice;

  const { placement } = state;
  if (placement.kind === 'fullscreen') {
    // Already projecting: move only when the chair's own projector is the one that came back.
    const preferred = state.preferred ? findRememberedDisplay(screen.displays, state.preferred) : undefined;
    if (preferred && preferred.id === added.id && placement.displayId !== added.id) {
      return fullscreenOn(state, added, screen, 'projector-display-returned');
    }
    return addedNotice;
  }

  // Hidden (its display went away, or nothing to project on yet) or the fallback preview.
  const waitingFor = placement.kind === 'hidden' ? placement.waitingFor : null;
  const choice = chooseProjectorDisplay(screen, state.preferred ?? waitingFor);
  if (choice.kind !== 'display') return addedNotice;
  const returned = waitingFor !== null && findRememberedDisplay([choice.display], waitingFor) !== undefined;
  return fullscreenOn(state, choice.display, screen, returned ? 'projector-display-returned' : 'projector-shown');
}

function displayRemoved(state: PlacementState, removed: DisplayLike, screen: ScreenState): PlacementStep {
  const { placement } = state;
  if (placement.kind !== 'fullscreen') return { state, actions: [] };

  if (placement.displayId === removed.id) {
    const waitingFor = state.preferred ?? { id: removed.id, label: removed.label };
    return {
      state: { ...state, placement: { kind: 'hidden', waitingFor } },
      actions: [
        { type: 'hide' },
        { type: 'notify', notice: shellNotice('projector-display-removed', { label: placement.label }) },
      ],
    };
  }

  if (screen.displays.length < 2) {
    // E.g. the laptop lid closed: the projector is now the only screen and the console's too.
    const onlyOne = screen.displays.find((d) => d.id === placement.displayId);
    const waitingFor = state.preferred ?? (onlyOne ? { id: onlyOne.id, label: onlyOne.label } : null);
    return {
      state: { ...state, placement: { kind: 'hidden', waitingFor } },
      actions: [{ type: 'hide' }, { type: 'notify', notice: shellNotice('projector-only-one-display') }],
    };
  }
  return { state, actions: [] };
}

function metricsChanged(
  state: PlacementState,
  changed: DisplayLike,
  metrics: readonly string[],
  screen: ScreenState,
): PlacementStep {
  const { placement } = state;
  if (placement.kind !== 'fullscreen' || placement.displayId !== changed.id) return { state, actions: [] };
  if (!metrics.some((m) => GEOMETRY_METRICS.has(m))) return { state, actions: [] };
  const label = displayName(changed, screen.displays);
  return {
    state: { ...state, placement: { kind: 'fullscreen', displayId: changed.id, label } },
    actions: [
      { type: 'move', displayId: changed.id, bounds: { ...changed.bounds } },
      { type: 'notify', notice: shellNotice('projector-display-changed', { label }) },
    ],
  };
}
