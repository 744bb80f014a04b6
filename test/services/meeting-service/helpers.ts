import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { onTestFinished } from 'vitest';
import { createServiceClock, type ServiceClock } from '../../../electron/services/clock';
import {
  createMeetingService,
  type MeetingService,
  type MeetingServiceOptions,
  type ServiceLogEntry,
  type Timers,
} from '../../../electron/services/meeting-service';
import type { CommandResult, LiveSnapshot } from '../../../electron/services/meeting-service/meeting-service-api';
import { openDatabase, type MeetingInput, type Store } from '../../../electron/services/storage';

export const TZ = 'Asia/Shanghai';
export const MINUTE = 60_000;
export const REPO = path.resolve(import.meta.dirname, '../../..');

/** A fresh folder for one test, removed when the test ends. */
export const tempDir = (): string => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duanhui-service-'));
  onTestFinished(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
};

/**
 * The two clocks of a machine, moved by hand: `pass` moves both (time passing), `setWall`
 * moves only the wall clock (someone sets the clock, or NTP steps it), `suspend` moves the wall
 * clock and the suspend-aware clock but not the monotonic one (what a laptop's sleep does).
 */
export const machineClocks = (startIso = '2026-04-08T08:55:00+08:00', opts: { suspendAware?: boolean } = {}) => {
  let wall = Date.parse(startIso);
  let mono = 1_000_000;
  let boot = 5_000_000;
  const clock: ServiceClock = createServiceClock({
    wallNow: () => wall,
    monoNow: () => mono,
    suspendAwareNow: opts.suspendAware ? () => boot : null,
  });
  return {
    clock,
    wall: () => wall,
    pass(ms: number) {
      wall += ms;
      mono += ms;
      boot += ms;
    },
    setWall(ms: number) {
      wall += ms;
    },
    suspend(ms: number) {
      wall += ms;
      boot += ms;
    },
  };
};
export type MachineClocks = ReturnType<typeof machineClocks>;

/** setTimeout/clearTimeout that only record: the test fires them after moving the clocks. */
export const fakeTimers = () => {
  let nextId = 1;
  const pending = new Map<number, { fn: () => void; ms: number }>();
  const requested: number[] = [];
  const timers: Timers = {
    setTimeout(fn, ms) {
      const id = nextId++;
      pending.set(id, { fn, ms });
      requested.push(ms);
      return id;
    },
    clearTimeout(handle) {
      pending.delete(handle as number);
    },
  };
  return {
    timers,
    requested,
    /** The armed timers' delays. */
    delays: () => [...pending.values()].map((t) => t.ms),
    /** The one armed timer (the service keeps at most one). */
    only() {
      if (pending.size !== 1) throw new Error(`expected exactly one armed timer, found ${pending.size}`);
      return [...pending.entries()][0]!;
    },
    /** Fires the one armed timer. */
    fire() {
      const [id, t] = this.only();
      pending.delete(id);
      t.fn();
    },
    count: () => pending.size,
  };
};
export type FakeTimers = ReturnType<typeof fakeTimers>;

export const meetingInput = (id = 'm1', over: Partial<MeetingInput> = {}): MeetingInput => ({
  id,
  title: '全县经济工作推进会',
  kind: 'working',
  countyWide: false,
  start: '2026-04-08T09:00',
  durationMinutes: 90,
  agenda: [
    { id: 'k', kind: 'keynote', title: '主题报告', speaker: '王局长', minutes: 20 },
    { id: 's1', kind: 'speech', title: '乡镇发言', speaker: '赵镇长', minutes: 8, extensionMinutes: 3 },
    { id: 's2', kind: 'speech', title: '部门发言', speaker: '钱局长', minutes: 8 },
  ],
  ...over,
});

export const scheduleOf = (meetings: MeetingInput[]) => ({
  format: 'duanhui-schedule' as const,
  version: 1 as const,
  timeZone: TZ,
  meetings,
});

export const openStore = (file: string, clocks: MachineClocks): Store => {
  const store = openDatabase(file, { now: () => clocks.wall(), timeZone: TZ });
  onTestFinished(() => store.close());
  return store;
};

export interface Harness {
  file: string;
  store: Store;
  service: MeetingService;
  clocks: MachineClocks;
  timers: FakeTimers;
  logs: ServiceLogEntry[];
  snapshots: LiveSnapshot[];
  /** execute, expecting acceptance. */
  ok(command: unknown): Promise<LiveSnapshot>;
}

/** A service on a real file with injected clocks and timers. */
export function harness(
  opts: { file?: string; clocks?: MachineClocks; meetings?: MeetingInput[]; service?: Partial<MeetingServiceOptions> } = {},
): Harness {
  const file = opts.file ?? path.join(tempDir(), 'duanhui.sqlite');
  const clocks = opts.clocks ?? machineClocks();
  const store = openStore(file, clocks);
  if (opts.meetings) store.importSchedule(scheduleOf(opts.meetings));
  const timers = fakeTimers();
  const logs: ServiceLogEntry[] = [];
  const service = createMeetingService({ store, clock: clocks.clock, timers: timers.timers, log: (e) => logs.push(e), ...opts.service });
  onTestFinished(() => service.close());
  const snapshots: LiveSnapshot[] = [];
  service.subscribe((s) => snapshots.push(s));
  return {
    file,
    store,
    service,
    clocks,
    timers,
    logs,
    snapshots,
    async ok(command) {
      const r: CommandResult = await service.execute(command);
      if (!r.ok) throw new Error(`refused ${JSON.stringify(command)}: ${r.refusal.code} ${r.refusal.message.en}`);
      return r.snapshot;
    },
  };
}

/** The running item of a snapshot. */
export const currentItem = (s: LiveSnapshot) => s.engine?.items.find((i) => i.id === s.engine?.currentId) ?? null;
