/** The timer functions the service uses; tests inject fakes that record the requested delay. */
export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemTimers: Timers = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** setTimeout's limit (about 24.8 days); a longer wait wakes early and re-arms. */
const MAX_DELAY_MS = 2 ** 31 - 1;

/**
 * One timer, no polling: `arm(delay)` replaces whatever was armed. Node's timers run on the
 * monotonic clock, so a wall clock jump neither fires nor delays them; a suspend does delay
 * them, which is why the service re-arms when the clock reports one.
 */
export class Scheduler {
  private handle: unknown = null;

  constructor(
    private readonly timers: Timers,
    private readonly fire: () => void,
  ) {}

  arm(delayMs: number): void {
    this.cancel();
    const ms = Math.min(MAX_DELAY_MS, Math.max(0, Math.ceil(delayMs)));
    this.handle = this.timers.setTimeout(() => {
      this.handle = null;
      this.fire();
    }, ms);
  }

  cancel(): void {
    if (this.handle !== null) this.timers.clearTimeout(this.handle);
    this.handle = null;
  }

  get armed(): boolean {
    return this.handle !== null;
  }
}
