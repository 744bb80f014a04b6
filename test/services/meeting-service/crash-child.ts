// Child process for the MeetingService crash test: a real service on a real file with the REAL
// clock (Date.now + performance.now), killed by the parent with SIGKILL.
//
//   node --import tsx test/services/meeting-service/crash-child.ts <dataDir> speech|resume|burst
//
// Every line goes out with a synchronous write to fd 1 after the command's promise resolved, so
// whatever the parent reads was acknowledged — hence durable — before it could read it.
//   speech: loads the sample, starts the meeting and a speech, prints `speech <json>`
//           (deadline, acknowledged log), then waits to be killed.
//   resume: opens the same file, prints `resumed <json>` (snapshot, log, now), exits.
//   burst:  starts a meeting unless one is running, then sends commands as fast as it can,
//           printing `ack <seq>` after each, until killed.
import fs from 'node:fs';
import path from 'node:path';
import { openMeetingService, readSampleSchedule, type ServiceLogEntry } from '../../../electron/services/meeting-service';
import type { CommandResult } from '../../../electron/services/meeting-service/meeting-service-api';

const [dataDir, mode] = process.argv.slice(2);
if (!dataDir || !mode) {
  process.stderr.write('usage: crash-child.ts <dataDir> speech|resume|burst\n');
  process.exit(2);
}
const say = (word: string, value: unknown) => fs.writeSync(1, `${word} ${JSON.stringify(value)}\n`);
const logs: ServiceLogEntry[] = [];
const sample = readSampleSchedule(path.resolve(import.meta.dirname, '../../../docs/examples/sample-schedule.json'));
const service = openMeetingService({ dataDir, sample, log: (e) => logs.push(e) });

const ok = async (command: unknown) => {
  const r: CommandResult = await service.execute(command);
  if (!r.ok) {
    process.stderr.write(`refused ${JSON.stringify(command)}: ${r.refusal.message.en}\n`);
    process.exit(3);
  }
  return r.snapshot;
};

const keepAlive = () => setInterval(() => {}, 1 << 30);

if (mode === 'speech') {
  await ok({ type: 'load-sample' });
  await ok({ type: 'start-meeting' });
  const s = await ok({ type: 'start-item', index: 1 });
  const item = s.engine!.items.find((i) => i.id === s.engine!.currentId)!;
  say('speech', { deadline: item.deadline, runningSince: item.runningSince, itemId: item.id, log: service.sessionLog() });
  keepAlive();
} else if (mode === 'resume') {
  const snapshot = service.snapshot();
  say('resumed', { snapshot, log: service.sessionLog(), now: service.now(), wall: Date.now(), logs });
  service.close();
} else if (mode === 'burst') {
  if (service.snapshot().engine?.meeting.status !== 'running') {
    service.importSchedule({
      format: 'duanhui-schedule',
      version: 1,
      timeZone: 'Asia/Shanghai',
      meetings: [
        {
          id: 'burst',
          title: '连续操作测试会议',
          kind: 'working',
          start: '2026-04-08T09:00',
          durationMinutes: 60,
          agenda: [{ kind: 'speech', title: '发言', speaker: '张三', minutes: 8 }],
        },
      ],
    });
    await ok({ type: 'load-meeting', meetingId: 'burst' });
    await ok({ type: 'start-meeting' });
  }
  say('ready', service.snapshot().engine!.seq);
  const cycle = [
    { type: 'message', preset: 'hurry' },
    { type: 'blackout', on: true },
    { type: 'message', text: '请注意时间'.repeat(20) },
    { type: 'blackout', on: false },
    { type: 'clear-message' },
  ];
  keepAlive();
  for (let i = 0; ; i++) {
    const s = await ok(cycle[i % cycle.length]);
    say('ack', s.engine!.seq);
  }
} else {
  process.stderr.write(`unknown mode ${mode}\n`);
  process.exit(2);
}
