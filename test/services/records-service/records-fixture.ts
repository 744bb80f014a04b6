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

const agendaOf = (prefix: string, items: [kind: 'keynote' | 'speech' | 'report' | 'remarks', title: string, speaker: string, unit: string, minutes: number, ext?: number][]) =>
  items.map(([kind, title, speaker, unit, minutes, ext], i) => ({ id: `${prefix}${i}`, kind, title, speaker, unit, minutes, ...(ext ? { extensionMinutes: ext } : {}) }));

/**
 * More April meetings, for screenshots of a month that looks like a county's: other organisers,
 * a standing committee, an exempt plenary session, an evening meeting over the cap, and one held
 * in 下半月 with no approval or reason. Each runs its items for the given seconds.
 */
export const busyApril = (): { meeting: MeetingInput; run: number[]; grantAt?: number }[] => [
  {
    meeting: {
      id: 'm-rural', title: '全县乡村振兴重点工作推进会', kind: 'working', countyWide: false, start: '2026-04-09T14:30', durationMinutes: 90, organiser: '县农业农村局',
      agenda: agendaOf('v', [['keynote', '乡村振兴重点任务推进情况', '黄涛', '县农业农村局', 20], ['speech', '高标准农田建设', '许静', '县自然资源局', 8], ['speech', '农村人居环境整治', '何勇', '县住建局', 8], ['speech', '产业帮扶项目', '罗丹', '县乡村振兴局', 8], ['remarks', '总结讲话', '周副县长', '', 10]]),
    },
    run: [19 * 60, 8 * 60 + 45, 7 * 60 + 20, 8 * 60 + 50, 12 * 60],
  },
  {
    meeting: {
      id: 'm-standing', title: '县政府第12次常务会议', kind: 'standing-committee', countyWide: false, start: '2026-04-13T09:00', durationMinutes: 100, organiser: '县政府办公室',
      agenda: agendaOf('t', [['report', '一季度财政收支情况', '林芳', '县财政局', 8], ['report', '城区老旧小区改造方案', '高峰', '县住建局', 8], ['report', '义务教育学校布局调整', '吴强', '县教育局', 8], ['remarks', '县长讲话', '李明', '', 20]]),
    },
    run: [7 * 60 + 40, 9 * 60 + 10, 8 * 60, 24 * 60],
  },
  {
    meeting: {
      id: 'm-plenary', title: '中共xx县委十五届九次全体（扩大）会议', kind: 'plenary', countyWide: true, start: '2026-04-14T09:00', durationMinutes: 150, organiser: '县委办公室',
      approvals: [
        { role: 'party-secretary', name: '王书记', approvedAt: '2026-04-07T09:00' },
        { role: 'county-head', name: '李县长', approvedAt: '2026-04-07T10:00' },
      ],
      agenda: agendaOf('p', [['keynote', '县委常委会工作报告', '王书记', '县委', 60], ['speech', '分组讨论情况汇报', '赵敏', '县委办公室', 8], ['remarks', '总结讲话', '王书记', '县委', 30]]),
    },
    run: [65 * 60, 8 * 60, 42 * 60],
  },
  {
    meeting: {
      id: 'm-safety', title: '全县安全生产工作会议', kind: 'working', countyWide: false, start: '2026-04-15T15:00', durationMinutes: 60, organiser: '县应急管理局',
      agenda: agendaOf('s', [['speech', '一季度安全生产形势', '冯军', '县应急管理局', 8], ['speech', '道路交通安全', '郑敏', '县公安局', 8], ['remarks', '讲话', '周副县长', '', 15]]),
    },
    run: [7 * 60 + 30, 7 * 60 + 55, 14 * 60],
  },
  {
    meeting: {
      id: 'm-flood', title: '全县防汛抗旱工作部署会', kind: 'working', countyWide: false, start: '2026-04-22T19:00', durationMinutes: 120, organiser: '县水利局',
      agenda: agendaOf('f', [['keynote', '防汛抗旱工作安排', '钱伟', '县水利局', 30], ['speech', '水库安全度汛', '孙丽', '县水利局', 8, 5], ['speech', '地质灾害防治', '许静', '县自然资源局', 8], ['speech', '应急物资储备', '冯军', '县应急管理局', 8], ['remarks', '县长讲话', '李明', '', 30]]),
    },
    run: [42 * 60, 13 * 60 + 20, 10 * 60, 9 * 60 + 10, 55 * 60 + 30],
    grantAt: 1,
  },
  {
    meeting: {
      id: 'm-business', title: '全县营商环境优化提升工作会', kind: 'working', countyWide: false, start: '2026-04-27T09:00', durationMinutes: 60, organiser: '县商务局',
      agenda: agendaOf('b', [['speech', '营商环境评价反馈问题整改', '赵磊', '县商务局', 8], ['speech', '政务服务“一网通办”', '何勇', '县政务服务中心', 8], ['remarks', '讲话', '周副县长', '', 15]]),
    },
    run: [8 * 60 + 20, 6 * 60 + 40, 16 * 60],
  },
];

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
export async function heldMeetings(options: { dir?: string; busy?: boolean } = {}): Promise<RecordsWorld> {
  const dir = options.dir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'duanhui-records-service-'));
  const file = path.join(dir, 'duanhui.sqlite');
  let wall = FIRST_MORNING;
  const store = openDatabase(file, { now: () => wall, timeZone: TZ });
  store.importSchedule({
    format: 'duanhui-schedule',
    version: 1,
    timeZone: TZ,
    meetings: [educationMeeting(), investmentMeeting(), cancelledMeeting(), mayMeeting(), ...(options.busy ? busyApril().map((b) => b.meeting) : [])],
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

  /** A busy-April meeting: each item runs its seconds, an extension granted where asked. */
  const holdBusy = async (b: ReturnType<typeof busyApril>[number]) => {
    wall = Date.parse(`${b.meeting.start}:00+08:00`) - 2 * MIN;
    await run({ type: 'load-meeting', meetingId: b.meeting.id });
    pass(2 * MIN);
    await run({ type: 'start-meeting' });
    await run({ type: 'start-item' });
    for (const [i, seconds] of b.run.entries()) {
      if (b.grantAt === i) {
        pass(8 * MIN);
        await run({ type: 'grant-extension' });
        pass(seconds * SEC - 8 * MIN);
      } else pass(seconds * SEC);
      await run(i === b.run.length - 1 ? { type: 'end-meeting' } : { type: 'next' });
    }
    await close(b.meeting.id!);
  };
  const busy = options.busy ? busyApril() : [];
  const holdBusyBefore = async (date: string) => {
    while (busy.length > 0 && busy[0]!.meeting.start! < date) await holdBusy(busy.shift()!);
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

  await holdBusyBefore('2026-04-20');

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

  await holdBusyBefore('2026-05-01');

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
