/**
 * A two-hour meeting run through the real MeetingService on a real SQLite file, driven by an
 * injected clock: the record read back from the file must hold exactly the scripted durations,
 * to the millisecond, after 7,200 simulated seconds of ticks, pauses, a recess and a restart.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createMeetingService } from '../../electron/services/meeting-service';
import { loadLatestRecord } from '../../electron/services/records';
import { openDatabase } from '../../electron/services/storage';
import { FakeTime } from './fake-time';

const dir = mkdtempSync(join(tmpdir(), 'duanhui-2h-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const MIN = 60_000;
const SEC = 1000;
const PLANNED_START = Date.UTC(2026, 0, 8, 1, 0); // 2026-01-08T09:00 Asia/Shanghai

const meeting = {
  id: 'two-hours',
  title: '两小时模拟会议',
  kind: 'working',
  start: '2026-01-08T09:00',
  durationMinutes: 120,
  agenda: [
    { id: 'k', kind: 'keynote', title: '主题报告', speaker: '甲', minutes: 25 },
    { id: 's1', kind: 'speech', title: '发言一', speaker: '乙', minutes: 8, extensionMinutes: 5 },
    { id: 's2', kind: 'speech', title: '发言二', speaker: '丙', minutes: 8 },
    { id: 's3', kind: 'speech', title: '发言三', speaker: '丁', minutes: 8 },
    { id: 'r', kind: 'report', title: '汇报', speaker: '戊', minutes: 8 },
    { id: 'o', kind: 'other', title: '审议', minutes: 20 },
    { id: 'm', kind: 'remarks', title: '总结讲话', speaker: '己', minutes: 30 },
  ],
};

/**
 * What happens, step by step: [ms after the previous step, command]. Odd milliseconds on
 * purpose, so any rounding or accumulated drift would show.
 */
const SCRIPT: [number, Record<string, unknown>][] = [
  [0, { type: 'start-meeting' }],
  [1_234, { type: 'next' }], // keynote starts
  [12 * MIN + 345, { type: 'pause-item' }],
  [47 * SEC + 3, { type: 'resume-item' }],
  [13 * MIN + 7, { type: 'next' }], // keynote ran 25:00.352 → s1
  [7 * MIN + 50 * SEC + 11, { type: 'grant-extension' }],
  [3 * MIN + 9 * SEC + 989, { type: 'next' }], // s1 ran 11:00.000 → s2
  [9 * MIN + 45 * SEC + 501, { type: 'next' }], // s2 overtime → s3
  [2 * MIN + 2, { type: 'pause-meeting' }], // recess during s3
  [4 * MIN + 59 * SEC + 999, { type: 'resume-meeting' }],
  [5 * MIN + 10 * SEC + 13, { type: 'next' }], // s3 ran 7:10.015 → r
  [8 * MIN, { type: 'next' }], // report exactly 8:00 → o
  [19 * MIN + 59 * SEC + 999, { type: 'next' }], // other → m
  [31 * MIN + 17, { type: 'finish-item' }], // remarks
  [250, { type: 'end-meeting' }],
];

const EXPECTED_ELAPSED: Record<string, number> = {
  k: 12 * MIN + 345 + (13 * MIN + 7),
  s1: 7 * MIN + 50 * SEC + 11 + (3 * MIN + 9 * SEC + 989),
  s2: 9 * MIN + 45 * SEC + 501,
  s3: 2 * MIN + 2 + (5 * MIN + 10 * SEC + 13),
  r: 8 * MIN,
  o: 19 * MIN + 59 * SEC + 999,
  m: 31 * MIN + 17,
};
const RECESS = 4 * MIN + 59 * SEC + 999;
const WALL = SCRIPT.reduce((sum, [gap]) => sum + gap, 0);

describe('a simulated two-hour meeting', () => {
  it('keeps every scripted duration exactly, through ticks, a recess and a restart', async () => {
    const time = new FakeTime(PLANNED_START);
    const file = join(dir, 'duanhui.sqlite');
    const open = () => openDatabase(file, { now: time.now, backupDir: join(dir, 'backups') });
    const quiet = () => {};
    let store = open();
    let service = createMeetingService({ store, clock: { now: time.now }, timers: time.timers, log: quiet, ownsStore: true });
    const imported = service.importSchedule({ format: 'duanhui-schedule', version: 1, timeZone: 'Asia/Shanghai', meetings: [meeting] });
    expect(imported.ok).toBe(true);
    expect((await service.execute({ type: 'load-meeting', meetingId: meeting.id })).ok).toBe(true);

    const seen: string[] = [];
    service.subscribe((s) => seen.push(s.engine?.meeting.status ?? 'none'));

    for (const [index, [gap, command]] of SCRIPT.entries()) {
      // Screens would poll nothing; the service wakes itself for each phase change on the way.
      time.advance(gap);
      const result = await service.execute(command);
      expect(result.ok, `${index}: ${JSON.stringify(command)} → ${JSON.stringify(result)}`).toBe(true);
      if (index === 8) {
        // Mid-meeting restart (during the recess): the service is rebuilt from the file alone.
        service.close();
        store = open();
        service = createMeetingService({ store, clock: { now: time.now }, timers: time.timers, log: quiet, ownsStore: true });
        expect(service.snapshot().engine?.meeting.status).toBe('recess');
      }
    }
    // Time goes on after the end; the record must not move.
    time.advance(30 * MIN);
    expect(time.fired).toBeGreaterThan(0);

    const live = service.snapshot().engine!;
    expect(live.meeting.status).toBe('ended');
    service.close();

    const check = openDatabase(file, { now: time.now, backupDir: join(dir, 'backups') });
    try {
      const record = loadLatestRecord(check, meeting.id);
      expect(record.log.replayIssues).toEqual([]);
      const elapsed = Object.fromEntries(record.items.map((i) => [i.id, i.elapsedMs]));
      expect(elapsed).toEqual(EXPECTED_ELAPSED);
      expect(record.actual.wallMs).toBe(WALL);
      expect(record.actual.recessMs).toBe(RECESS);
      expect(record.actual.elapsedMs).toBe(WALL - RECESS);
      expect(record.actual.startedAt).toBe(PLANNED_START);
      expect(record.actual.endedAt).toBe(PLANNED_START + WALL);
      expect(record.items.find((i) => i.id === 's1')?.grantedExtensionMs).toBe(5 * MIN);
      expect(record.items.find((i) => i.id === 's2')?.overtimeMs).toBe(9 * MIN + 45 * SEC + 501 - 8 * MIN);
      // The live state at the end agrees with the record replayed from the file.
      for (const item of live.items) {
        expect(item.elapsedBeforeMs, item.id).toBe(EXPECTED_ELAPSED[item.id]);
      }
    } finally {
      check.close();
    }
  });
});
