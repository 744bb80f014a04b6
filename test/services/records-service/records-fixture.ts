/**
 * Meetings held through the real MeetingService on a real SQLite file, on a clock the caller
 * moves by hand (no sleeping, no real timers). Free of vitest, so the e2e test and
 * scripts/screenshots-records.ts build the same database.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createMeetingService, type MeetingService, type Timers } from '../../../electron/services/meeting-service';
import { openDatabase, type MeetingInput, type Store } from '../../../electron/services/storage';

export const TZ = 'Asia/Shanghai';
export const SEC = 1000;
export const MIN = 60 * SEC;

/** 2026-04-08 08:55 in Shanghai: the first meeting's morning. */
export const FIRST_MORNING = Date.parse('2026-04-08T08:55:00+08:00');

/** The meeting the record screen is about: county-wide, one approval missing, in 下半月 (a no-meeting period). */
export const investmentMeeting = (): MeetingInput => ({
  id: 'm-invest',
  title: '全县招商引资工作推进会',
  kind: 'working',
  countyWide: true,
  start: '2026-04-20T09:00',
  durationMinutes: 90,
  organiser: '县商务局',
  chair: '李县长',
  place: '县政府三楼会议室',
  approvals: [{ role: 'party-secretary', name: '王书记', approvedAt: '2026-04-17T10:00', documentNumber: '县委〔2026〕12号' }],
  agenda: [
    { id: 'k', kind: 'keynote', title: '2025年招商引资工作总结及2026年工作安排', speaker: '赵磊', unit: '县商务局', minutes: 20 },
    { id: 's1', kind: 'speech', title: '重点项目签约落地情况', speaker: '陈华', unit: '县发改局', minutes: 8, extensionMinutes: 5 },
    { id: 's2', kind: 'speech', title: '工业园区承接产业转移情况', speaker: '刘芳', unit: '县工信局', minutes: 8 },
    { id: 'r', kind: 'remarks', title: '县长讲话', speaker: '李明', minutes: 10 },
  ],
});

/** An ordinary meeting earlier in the month, kept within every limit. */
export const educationMeeting = (): MeetingInput => ({
  id: 'm-edu',
  title: '全县教育工作调度会',
  kind: 'working',
  countyWide: false,
  start: '2026-04-08T09:00',
  durationMinutes: 60,
  organiser: '县教育局',
  chair: '周副县长',
  agenda: [
    { id: 'e1', kind: 'report', title: '义务教育优质均衡推进情况', speaker: '吴强', unit: '县教育局', minutes: 8 },
    { id: 'e2', kind: 'speech', title: '校园安全工作', speaker: '郑敏', unit: '县公安局', minutes: 8 },
    { id: 'e3', kind: 'remarks', title: '总结讲话', speaker: '周副县长', minutes: 10 },
  ],
});

/** Planned in April, never held: not in the list, not counted. */
export const cancelledMeeting = (): MeetingInput => ({
  id: 'm-cancelled',
  title: '全县春耕生产工作会',
  kind: 'working',
  countyWide: false,
  start: '2026-04-24T15:00',
  durationMinutes: 60,
  organiser: '县农业农村局',
  agenda: [{ id: 'c1', kind: 'speech', title: '春耕备耕情况', speaker: '孙伟', minutes: 8 }],
});

/** Held in May: outside an April list and report. */
export const mayMeeting = (): MeetingInput => ({
  id: 'm-may',
  title: '全县安全生产工作会',
  kind: 'working',
  countyWide: false,
  start: '2026-05-06T09:00',
  durationMinutes: 60,
  organiser: '县应急管理局',
  agenda: [{ id: 'y1', kind: 'speech', title: '安全生产大检查', speaker: '冯军', minutes: 8 }],
});

/** Timers that never fire: phase changes that fell due are logged with the next command. */
const idleTimers: Timers = {
  setTimeout: () => 0,
  clearTimeout: () => {},
};

export interface RecordsWorld {
  dir: string;
  file: string;
  store: Store;
  meetings: MeetingService;
  /** The shared wall clock (epoch ms). */
  now(): number;
  /** Session ids by meeting id. */
  sessions: Record<string, string>;
  close(): void;
}

/**
 * Holds the April meetings (and one in May) through the MeetingService, each closed afterwards
 * so its session is ended the way the console leaves it.
 */
export async function heldMeetings(options: { dir?: string } = {}): Promise<RecordsWorld> {
  const dir = options.dir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'duanhui-records-service-'));
  const file = path.join(dir, 'duanhui.sqlite');
  let wall = FIRST_MORNING;
  const store = openDatabase(file, { now: () => wall, timeZone: TZ });
  store.importSchedule({
    format: 'duanhui-schedule',
    version: 1,
    timeZone: TZ,
    meetings: [educationMeeting(), investmentMeeting(), cancelledMeeting(), mayMeeting()],
  });
  const meetings = createMeetingService({ store, clock: { now: () => wall }, timers: idleTimers, log: () => {} });
  const pass = (ms: number) => {
    wall += ms;
  };
  const run = async (command: unknown) => {
    const r = await meetings.execute(command);
    if (!r.ok) throw new Error(`refused ${JSON.stringify(command)}: ${r.refusal.code} ${r.refusal.message.en}`);
  };
  const sessions: Record<string, string> = {};
  const close = async (meetingId: string) => {
    sessions[meetingId] = store.listSessions(meetingId).at(-1)!.id;
    await run({ type: 'close-meeting' });
  };

  // 04-08: three items, each within its limit; 26:00 in all.
  await run({ type: 'load-meeting', meetingId: 'm-edu' });
  pass(5 * MIN);
  await run({ type: 'start-meeting' });
  await run({ type: 'start-item' });
  pass(7 * MIN + 30 * SEC);
  await run({ type: 'next' });
  pass(8 * MIN);
  await run({ type: 'next' });
  pass(10 * MIN + 30 * SEC);
  await run({ type: 'end-meeting' });
  await close('m-edu');

  // 04-20 08:55: started at 09:00 by override; 陈华 uses his declared 5:00 and runs 1:00 over,
  // 刘芳 runs 1:30 over with no extension; two chair messages; 50:30 in all.
  wall = Date.parse('2026-04-20T08:55:00+08:00');
  await run({ type: 'load-meeting', meetingId: 'm-invest' });
  pass(5 * MIN);
  await run({ type: 'start-meeting', overrideReason: '县长在省里开会，已电话同意' });
  await run({ type: 'start-item' });
  pass(18 * MIN);
  await run({ type: 'next' });
  pass(8 * MIN);
  await run({ type: 'grant-extension' });
  pass(4 * MIN + 30 * SEC);
  await run({ type: 'message', preset: 'hurry' });
  pass(30 * SEC + 1 * MIN);
  await run({ type: 'next' });
  pass(9 * MIN);
  await run({ type: 'message', text: '请围绕主题发言' });
  pass(30 * SEC);
  await run({ type: 'next' });
  pass(9 * MIN);
  await run({ type: 'end-meeting' });
  await close('m-invest');

  // 05-06: one speech, 6:00.
  wall = Date.parse('2026-05-06T08:58:00+08:00');
  await run({ type: 'load-meeting', meetingId: 'm-may' });
  pass(2 * MIN);
  await run({ type: 'start-meeting' });
  await run({ type: 'start-item' });
  pass(6 * MIN);
  await run({ type: 'end-meeting' });
  await close('m-may');

  return {
    dir,
    file,
    store,
    meetings,
    now: () => wall,
    sessions,
    close() {
      meetings.close();
      store.close();
      if (!options.dir) fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
