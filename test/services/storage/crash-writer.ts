// Child process for crash tests: opens the database and appends events to one session in a loop,
// as fast as it can, until it is killed. After each appendEvents returns it writes `ack <seq>`
// to stdout (a synchronous write to fd 1), so every acknowledged event was durable before the
// parent could read the line.
//
//   node --import tsx test/services/storage/crash-writer.ts <file> <sessionId> [maxSeq]
//
// Output: `ready <lastSeq>` once open, then `ack <lastSeq>` per batch, `done` at maxSeq.
// Batches have 1–5 events; each event carries `batchEnd`, the last seq of its batch, so a
// reader can tell a torn batch from a whole one. Payloads vary in size so that kills land in
// WAL writes, page splits and checkpoints alike.
import fs from 'node:fs';
import { openDatabase } from '../../../electron/services/storage';

const [file, sessionId, maxArg] = process.argv.slice(2);
if (!file || !sessionId) {
  process.stderr.write('usage: crash-writer.ts <file> <sessionId> [maxSeq]\n');
  process.exit(2);
}
const maxSeq = Number(maxArg ?? 1_000_000);
const say = (line: string) => fs.writeSync(1, `${line}\n`);

const store = openDatabase(file);
if (!store.getSession(sessionId)) {
  store.upsertMeeting({
    id: `crash-${sessionId}`,
    title: '崩溃测试会议',
    kind: 'working',
    start: '2026-04-08T09:00',
    durationMinutes: 60,
    agenda: [{ kind: 'speech', title: '发言', minutes: 8 }],
  });
  store.createSession({ meetingId: `crash-${sessionId}`, id: sessionId });
}
let seq = store.getSession(sessionId)!.lastSeq ?? 0;
say(`ready ${seq}`);

// A small deterministic generator seeded by where we start: each run differs, each is repeatable.
let state = (seq * 2654435761 + 1) >>> 0;
const random = (n: number) => {
  state = (state * 1664525 + 1013904223) >>> 0;
  return state % n;
};

while (seq < maxSeq) {
  const end = seq + 1 + random(5);
  const batch = [];
  for (let s = seq + 1; s <= end; s++) {
    batch.push({ seq: s, at: Date.now(), type: 'tick', batchEnd: end, note: '计时'.repeat(random(1500)) });
  }
  store.appendEvents(sessionId, batch);
  seq = end;
  say(`ack ${seq}`);
}
say('done');
store.close();
