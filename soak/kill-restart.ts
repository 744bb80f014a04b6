/**
 * kill -9 of `serve` in the middle of a speech, at random points (idle, between commands, with
 * a command in flight), N times. After each kill the database is read through the storage API
 * and the server restarted on it:
 *  - no event lost: every event stored before stays byte-for-byte, and every command the server
 *    acknowledged is in the log;
 *  - the restarted server's deadline is within 100 ms of the deadline the stored log gives, and
 *    of the last acknowledged one when nothing unacknowledged was written.
 */
import { isDeepStrictEqual } from 'node:util';
import type { SessionEvent } from '../electron/core/engine';
import { sleep } from '../bench/lib/browser';
import { randomGap } from '../bench/lib/latency';
import { currentDeadline, RoomHttp, type LiveSnapshotLike } from '../bench/lib/room-http';
import { startServe, type ServeProcess } from '../bench/lib/serve-process';
import { summarize, type Summary } from '../bench/lib/stats';
import { readStoredLog } from './stored-log';

export const SOAK_MEETING_ID = 'soak-meeting';

export const soakSchedule = {
  format: 'duanhui-schedule',
  version: 1,
  timeZone: 'Asia/Shanghai',
  meetings: [
    {
      id: SOAK_MEETING_ID,
      title: '断电恢复测试会议',
      kind: 'working',
      start: '2026-01-08T09:00',
      durationMinutes: 120,
      agenda: [
        { id: 's1', kind: 'speech', title: '会议发言', speaker: '周强', unit: '县交通运输局', minutes: 8, extensionMinutes: 5 },
        { id: 's2', kind: 'speech', title: '会议发言', speaker: '吴静', unit: '县住建局', minutes: 8 },
      ],
    },
  ],
};

/** Toggles that write events but leave the speech running; each pair alternates. */
const COMMANDS: { type: string; [k: string]: unknown }[][] = [
  [{ type: 'message', preset: 'hurry' }, { type: 'clear-message' }],
  [{ type: 'blackout', on: true }, { type: 'blackout', on: false }],
];
/** Besides the toggles: a short pause of the speech, which moves its deadline later. */
const PAUSE = { type: 'pause-item' };
const RESUME = { type: 'resume-item' };

export interface KillResult {
  kills: number;
  /** Restarts whose deadline was more than 100 ms from the stored log's. */
  deadlineFailures: number;
  /** |restarted deadline − replayed stored deadline|, ms. */
  deadlineError: Summary;
  /** |restarted deadline − last acknowledged deadline| when nothing unacknowledged was stored. */
  ackDeadlineError: Summary;
  lostEvents: number;
  changedEvents: number;
  /** Kills that landed with a command in flight. */
  inFlightKills: number;
  /** In-flight commands that turned out to be stored (written, not yet acknowledged). */
  inFlightStored: number;
  events: number;
  restartMs: Summary;
  failures: string[];
}

export async function killRestartSoak(opts: { dataDir: string; staticDir?: string; kills: number; log: (s: string) => void }): Promise<KillResult> {
  const { dataDir, kills, log } = opts;
  const serve = (): Promise<ServeProcess> => startServe({ dataDir, ...(opts.staticDir ? { staticDir: opts.staticDir } : {}) });
  let server = await serve();
  let http = new RoomHttp(server.baseUrl, server.chairToken);
  const imported = await http.request('POST', '/api/schedule', soakSchedule);
  if (imported.status !== 200) throw new Error(`import → ${imported.status} ${JSON.stringify(imported.body)}`);
  for (const c of [{ type: 'load-meeting', meetingId: SOAK_MEETING_ID }, { type: 'start-meeting' }, { type: 'next' }]) await http.command(c);

  let known: SessionEvent[] = [];
  const deadlineErrors: number[] = [];
  const ackErrors: number[] = [];
  const restartMs: number[] = [];
  const failures: string[] = [];
  let deadlineFailures = 0;
  let lostEvents = 0;
  let changedEvents = 0;
  let inFlightKills = 0;
  let inFlightStored = 0;
  // Which half of each command pair comes next, so the speech keeps running between kills.
  const phase = COMMANDS.map(() => 0);

  for (let k = 0; k < kills; k++) {
    let lastAck = null as LiveSnapshotLike | null;
    let ackSeq = -1;
    const ops = Math.floor(Math.random() * 4);
    for (let i = 0; i < ops; i++) {
      await sleep(randomGap(20, 300));
      const ack = (reply: { status: number; body: unknown }) => {
        if (reply.status !== 200) return false;
        lastAck = (reply.body as { snapshot: LiveSnapshotLike }).snapshot;
        ackSeq = (lastAck.engine as unknown as { seq: number }).seq;
        return true;
      };
      if (Math.random() < 0.3) {
        ack(await http.request('POST', '/api/command', PAUSE));
        await sleep(randomGap(10, 200));
        if (!ack(await http.request('POST', '/api/command', RESUME))) failures.push(`kill ${k + 1}: resume refused`);
        continue;
      }
      const pair = Math.floor(Math.random() * COMMANDS.length);
      if (ack(await http.request('POST', '/api/command', COMMANDS[pair]![phase[pair]!]!))) phase[pair] = 1 - phase[pair]!;
    }
    // Where the kill lands: at rest, or with a command on its way (0–3 ms after sending).
    const inFlight = Math.random() < 0.5;
    let pending: Promise<unknown> | null = null;
    let pendingPair = -1;
    if (inFlight) {
      pendingPair = Math.floor(Math.random() * COMMANDS.length);
      pending = http.request('POST', '/api/command', COMMANDS[pendingPair]![phase[pendingPair]!]!).catch(() => null);
      await sleep(Math.random() * 3);
      inFlightKills++;
    } else {
      await sleep(randomGap(0, 500));
    }
    if (!lastAck) lastAck = await http.snapshot().catch(() => null);
    if (lastAck?.engine) ackSeq = Math.max(ackSeq, (lastAck.engine as unknown as { seq: number }).seq);
    await server.kill();
    const answered = pending ? await pending : null;

    const stored = readStoredLog(dataDir);
    // No event lost or changed: the log only grows.
    for (let i = 0; i < known.length; i++) {
      const now = stored.events[i];
      if (!now) lostEvents++;
      else if (!isDeepStrictEqual(now, known[i])) changedEvents++;
    }
    const storedSeq = stored.events[stored.events.length - 1]?.seq ?? -1;
    if (storedSeq < ackSeq) {
      lostEvents += ackSeq - storedSeq;
      failures.push(`kill ${k + 1}: acknowledged seq ${ackSeq} but the log ends at ${storedSeq}`);
    }
    const unackStored = storedSeq > ackSeq;
    if (pending && unackStored) {
      inFlightStored++;
      // The in-flight command was written: its pair moves on, as if it had been acknowledged.
      phase[pendingPair] = 1 - phase[pendingPair]!;
    } else if (answered && (answered as { status?: number }).status === 200) {
      phase[pendingPair] = 1 - phase[pendingPair]!;
    }
    known = stored.events;

    const t0 = performance.now();
    server = await serve();
    http = new RoomHttp(server.baseUrl, server.chairToken);
    const snap = await http.snapshot();
    restartMs.push(performance.now() - t0);
    const after = currentDeadline(snap);
    if (stored.deadline !== null && after !== null) {
      const err = Math.abs(after - stored.deadline);
      deadlineErrors.push(err);
      if (err > 100) {
        deadlineFailures++;
        failures.push(`kill ${k + 1}: deadline ${after} vs stored ${stored.deadline}`);
      }
      const ackDeadline = lastAck ? currentDeadline(lastAck) : null;
      if (!unackStored && ackDeadline !== null) ackErrors.push(Math.abs(after - ackDeadline));
    } else if ((stored.deadline === null) !== (after === null)) {
      deadlineFailures++;
      failures.push(`kill ${k + 1}: running item ${stored.currentStatus} in the log, deadline ${after} after the restart`);
    }
    const lastErr = stored.deadline !== null && after !== null ? `${Math.abs(after - stored.deadline).toFixed(1)} ms` : `— (item ${stored.currentStatus})`;
    log(`kill ${k + 1}/${kills}: ${stored.events.length} events, deadline error ${lastErr}${inFlight ? ', command in flight' : ''}`);
  }
  await server.stop();
  return {
    kills,
    deadlineFailures,
    deadlineError: summarize(deadlineErrors),
    ackDeadlineError: summarize(ackErrors),
    lostEvents,
    changedEvents,
    inFlightKills,
    inFlightStored,
    events: known.length,
    restartMs: summarize(restartMs),
    failures,
  };
}
