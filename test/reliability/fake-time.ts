/**
 * A manual clock and the timers the MeetingService arms on it. advanceTo() moves time forward
 * and fires each timer at its own due instant, in order, like the real event loop would.
 */
export class FakeTime {
  private t: number;
  private seq = 0;
  private readonly pending = new Map<number, { due: number; fn: () => void }>();
  fired = 0;

  constructor(start: number) {
    this.t = start;
  }

  now = (): number => this.t;

  readonly timers = {
    setTimeout: (fn: () => void, ms: number): unknown => {
      const id = ++this.seq;
      this.pending.set(id, { due: this.t + Math.max(0, ms), fn });
      return id;
    },
    clearTimeout: (handle: unknown): void => {
      this.pending.delete(handle as number);
    },
  };

  /** Moves to `target`, firing due timers on the way; bounded so a timer loop cannot hang a test. */
  advanceTo(target: number, maxFires = 100_000): void {
    if (target < this.t) throw new RangeError(`time cannot go back: ${target} < ${this.t}`);
    for (let i = 0; i < maxFires; i++) {
      let nextId: number | null = null;
      let nextDue = Infinity;
      for (const [id, timer] of this.pending) {
        if (timer.due <= target && timer.due < nextDue) {
          nextDue = timer.due;
          nextId = id;
        }
      }
      if (nextId === null) {
        this.t = target;
        return;
      }
      const timer = this.pending.get(nextId)!;
      this.pending.delete(nextId);
      this.t = Math.max(this.t, timer.due);
      this.fired++;
      timer.fn();
    }
    throw new Error(`more than ${maxFires} timers fired before ${target}`);
  }

  advance(ms: number): void {
    this.advanceTo(this.t + ms);
  }

  get armed(): number {
    return this.pending.size;
  }
}
