import { describe, expect, it } from 'vitest';
import { createServiceClock, linuxBootClock, SUSPEND_THRESHOLD_MS } from '../../../electron/services/clock';

const T0 = Date.parse('2026-04-08T09:00:00+08:00');

/** A machine's clocks, moved by hand (see test/services/meeting-service/helpers.ts for the same idea). */
function machine(suspendAware: boolean) {
  const m = { wall: T0, mono: 500, boot: 9_000 };
  const advances: number[] = [];
  const clock = createServiceClock({
    wallNow: () => m.wall,
    monoNow: () => m.mono,
    suspendAwareNow: suspendAware ? () => m.boot : null,
  });
  clock.onAdvance((ms) => advances.push(ms));
  return {
    clock,
    advances,
    pass(ms: number) {
      m.wall += ms;
      m.mono += ms;
      m.boot += ms;
    },
    setWall(ms: number) {
      m.wall += ms;
    },
    suspend(ms: number) {
      m.wall += ms;
      m.boot += ms;
    },
  };
}

describe.each([
  ['with a suspend-aware clock (Linux)', true],
  ['wall clock heuristic only (headless Windows/macOS)', false],
])('service clock, %s', (_name, aware) => {
  it('starts at the wall clock and follows the monotonic clock, in whole ms', () => {
    const m = machine(aware);
    expect(m.clock.now()).toBe(T0);
    m.pass(1234.75);
    expect(m.clock.now()).toBe(T0 + 1234);
    m.pass(0.25);
    expect(m.clock.now()).toBe(T0 + 1235);
  });

  it('ignores the wall clock being set back (an hour, or an NTP step of a second)', () => {
    const m = machine(aware);
    m.pass(1000);
    m.setWall(-3_600_000);
    expect(m.clock.now()).toBe(T0 + 1000);
    m.pass(500);
    m.setWall(-1000);
    expect(m.clock.now()).toBe(T0 + 1500);
    expect(m.advances).toEqual([]);
  });

  it('ignores small forward steps (≤ 2 s between two readings)', () => {
    const m = machine(aware);
    m.pass(1000);
    m.setWall(SUSPEND_THRESHOLD_MS);
    expect(m.clock.now()).toBe(T0 + 1000);
    m.pass(1000);
    m.setWall(800);
    expect(m.clock.now()).toBe(T0 + 2000);
    expect(m.advances).toEqual([]);
  });

  it('counts a suspend as time that passed, once, when the computer says it resumed', () => {
    const m = machine(aware);
    m.pass(10_000);
    expect(m.clock.now()).toBe(T0 + 10_000);
    m.suspend(600_000);
    m.clock.onResume();
    expect(m.advances).toEqual([600_000]);
    expect(m.clock.now()).toBe(T0 + 610_000);
    m.clock.onResume(); // a repeated signal adds nothing
    m.pass(1000);
    expect(m.clock.now()).toBe(T0 + 611_000);
    expect(m.advances).toEqual([600_000]);
  });

  it('finds a suspend by itself (headless): the next reading sees the gap and moves forward', () => {
    const m = machine(aware);
    m.pass(10_000);
    m.clock.now();
    m.suspend(45_000);
    m.pass(3);
    expect(m.clock.now()).toBe(T0 + 55_003);
    expect(m.advances).toEqual([45_000]);
  });

  it('never runs backward, whatever the wall clock does around a suspend', () => {
    const m = machine(aware);
    let last = m.clock.now();
    const steps: [string, number][] = [
      ['pass', 1000],
      ['setWall', -7_200_000],
      ['suspend', 300_000],
      ['pass', 10],
      ['setWall', -5000],
      ['pass', 2000],
      ['suspend', 5000],
    ];
    for (const [what, ms] of steps) {
      (m as unknown as Record<string, (n: number) => void>)[what]!(ms);
      if (what === 'suspend') m.clock.onResume();
      const t = m.clock.now();
      expect(t).toBeGreaterThanOrEqual(last);
      last = t;
    }
    // Both suspends counted, in full, although the wall clock had been set back two hours.
    expect(last).toBe(T0 + 1000 + 300_000 + 10 + 2000 + 5000);
  });
});

describe('telling a suspend from a wall clock set forward', () => {
  it('with a suspend-aware clock, a wall clock set an hour forward changes nothing', () => {
    const m = machine(true);
    m.pass(1000);
    m.setWall(3_600_000);
    expect(m.clock.now()).toBe(T0 + 1000);
    m.clock.onResume(); // even a spurious resume signal
    expect(m.clock.now()).toBe(T0 + 1000);
    expect(m.advances).toEqual([]);
  });

  it('without one, the heuristic takes a forward step of more than 2 s for a suspend (documented limit)', () => {
    const m = machine(false);
    m.pass(1000);
    m.setWall(3_600_000);
    expect(m.clock.now()).toBe(T0 + 1000 + 3_600_000);
  });

  it('a suspend shorter than the threshold is still counted exactly at the next check (suspend-aware)', () => {
    const m = machine(true);
    m.suspend(1500); // too short to be noticed by itself…
    expect(m.clock.now()).toBe(T0);
    m.pass(1000);
    m.suspend(60_000); // …but counted with the next one
    expect(m.clock.now()).toBe(T0 + 1000 + 61_500);
  });
});

describe('linuxBootClock', () => {
  it('reads /proc/uptime in ms, and holds its last value if a later read fails', () => {
    let text: string | null = '1941.83 1256.46\n';
    const boot = linuxBootClock(() => {
      if (text === null) throw new Error('EACCES');
      return text;
    });
    expect(boot).not.toBeNull();
    expect(boot!()).toBeCloseTo(1_941_830, 6);
    text = '2000.50 1300.00\n';
    expect(boot!()).toBeCloseTo(2_000_500, 6);
    text = null;
    expect(boot!()).toBeCloseTo(2_000_500, 6);
  });

  it('is null where there is no /proc/uptime', () => {
    expect(
      linuxBootClock(() => {
        throw new Error('ENOENT');
      }),
    ).toBeNull();
  });

  it('is the default on Linux with the real clocks, which then agree with Date.now at the start', () => {
    const clock = createServiceClock();
    const t = clock.now();
    expect(Math.abs(t - Date.now())).toBeLessThan(50);
  });
});
