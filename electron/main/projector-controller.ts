import type { DisplaysState, ProjectorStatus, RememberedDisplay, ShellNotice } from '../shared/ipc-contract';
import { toDisplayInfo, type DisplayLike, type ScreenState } from './display-choice';
import { INITIAL_PLACEMENT, nextPlacement, type PlacementAction, type PlacementEvent, type PlacementState } from './projector-placement';

/** The part of Electron's `screen` module the controller listens to and reads. */
export interface ScreenLike {
  getAllDisplays(): DisplayLike[];
  getPrimaryDisplay(): DisplayLike;
  on(event: 'display-added' | 'display-removed', listener: (event: unknown, display: DisplayLike) => void): unknown;
  on(
    event: 'display-metrics-changed',
    listener: (event: unknown, display: DisplayLike, changedMetrics: string[]) => void,
  ): unknown;
}

export interface ProjectorControllerOptions {
  screen: ScreenLike;
  /** Window work (createProjectorWindows().apply). */
  applyWindowAction: (action: PlacementAction) => void;
  /** The chair console's display, so the projector never lands on it. */
  consoleDisplayId?: () => number | undefined;
  remembered: RememberedDisplay | null;
  remember: (display: RememberedDisplay) => void;
  notify: (notice: ShellNotice) => void;
  /** After every change: push the displays state, rebuild the menu. */
  onChange: (state: DisplaysState) => void;
}

export class UnknownDisplayError extends Error {
  constructor(displayId: unknown, known: readonly number[]) {
    super(
      `没有编号为 ${String(displayId)} 的显示器（现有：${known.join('、') || '无'}）。 / ` +
        `No display with id ${String(displayId)} (known: ${known.join(', ') || 'none'}).`,
    );
    this.name = 'UnknownDisplayError';
  }
}

export interface ProjectorController {
  /** Feeds one event through the placement state machine and carries out its actions. */
  dispatch(event: PlacementEvent): ProjectorStatus;
  choose(displayId: number): ProjectorStatus;
  status(): ProjectorStatus;
  displays(): DisplaysState;
  /** Subscribes to the screen's hot-plug events; returns nothing to undo (they live as long as the app). */
  listen(): void;
}

export function createProjectorController(options: ProjectorControllerOptions): ProjectorController {
  let state: PlacementState = { ...INITIAL_PLACEMENT, preferred: options.remembered };

  const readScreen = (): ScreenState => {
    const consoleDisplayId = options.consoleDisplayId?.();
    return {
      displays: options.screen.getAllDisplays(),
      primaryId: options.screen.getPrimaryDisplay().id,
      ...(consoleDisplayId === undefined ? {} : { consoleDisplayId }),
    };
  };

  const status = (): ProjectorStatus => ({ placement: state.placement, preferred: state.preferred });
  const displays = (): DisplaysState => ({ displays: toDisplayInfo(readScreen()), projector: status() });

  const dispatch = (event: PlacementEvent): ProjectorStatus => {
    const step = nextPlacement(state, event, readScreen());
    state = step.state;
    for (const action of step.actions) {
      if (action.type === 'remember') options.remember(action.display);
      else if (action.type === 'notify') options.notify(action.notice);
      else options.applyWindowAction(action);
    }
    options.onChange(displays());
    return status();
  };

  return {
    dispatch,
    choose(displayId) {
      const known = options.screen.getAllDisplays().map((d) => d.id);
      if (!known.includes(displayId)) throw new UnknownDisplayError(displayId, known);
      return dispatch({ type: 'choose', displayId });
    },
    status,
    displays,
    listen() {
      options.screen.on('display-added', (_event, display) => dispatch({ type: 'display-added', display }));
      options.screen.on('display-removed', (_event, display) => dispatch({ type: 'display-removed', display }));
      options.screen.on('display-metrics-changed', (_event, display, changedMetrics) =>
        dispatch({ type: 'display-metrics-changed', display, changedMetrics }),
      );
    },
  };
}
