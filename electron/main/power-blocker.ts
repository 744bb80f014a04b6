/** The part of Electron's `powerSaveBlocker` the shell uses. */
export interface PowerSaveBlockerLike {
  start(type: 'prevent-app-suspension' | 'prevent-display-sleep'): number;
  stop(id: number): boolean;
  isStarted(id: number): boolean;
}

export interface SleepBlocker {
  /** Keeps the displays awake; a second call while active does nothing. */
  start(): void;
  /** Lets the displays sleep again; a second call does nothing. */
  stop(): void;
  /** Starts or stops to match whether a meeting is running. */
  setMeetingRunning(running: boolean): void;
  isActive(): boolean;
}

/**
 * Keeps the laptop and the projector from dimming or sleeping while a meeting runs, and only
 * then ('prevent-display-sleep' also keeps the system awake). One blocker id at most, so a
 * burst of snapshots never stacks blockers that would outlive the meeting.
 */
export function createSleepBlocker(powerSaveBlocker: PowerSaveBlockerLike): SleepBlocker {
  let id: number | null = null;

  const isActive = (): boolean => id !== null && powerSaveBlocker.isStarted(id);

  const start = (): void => {
    if (isActive()) return;
    id = powerSaveBlocker.start('prevent-display-sleep');
  };

  const stop = (): void => {
    if (id === null) return;
    if (powerSaveBlocker.isStarted(id)) powerSaveBlocker.stop(id);
    id = null;
  };

  return {
    start,
    stop,
    setMeetingRunning: (running) => (running ? start() : stop()),
    isActive,
  };
}
