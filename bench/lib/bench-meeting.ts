/**
 * The meeting every bench run uses: an ordinary working meeting whose first item (a 40-minute
 * keynote) is long enough to count through every measurement without a phase change.
 */
import type { RoomHttp } from './room-http';

export const BENCH_MEETING_ID = 'bench-meeting';

export function benchSchedule(): unknown {
  return {
    format: 'duanhui-schedule',
    version: 1,
    timeZone: 'Asia/Shanghai',
    meetings: [
      {
        id: BENCH_MEETING_ID,
        title: '基准测试：全县重点工作调度会',
        kind: 'working',
        countyWide: false,
        start: '2026-01-08T09:00',
        durationMinutes: 120,
        place: '县行政中心三楼会议室',
        agenda: [
          { id: 'keynote', kind: 'keynote', title: '重点工作推进情况', speaker: '赵磊', unit: '县发改局', minutes: 40, chars: 4800 },
          { id: 's1', kind: 'speech', title: '交通项目', speaker: '周强', unit: '县交通运输局', minutes: 8, extensionMinutes: 5 },
          { id: 's2', kind: 'speech', title: '住房项目', speaker: '吴静', unit: '县住建局', minutes: 8 },
          { id: 's3', kind: 'speech', title: '园区建设', speaker: '刘芳', unit: '县工信局', minutes: 8 },
          { id: 'remarks', kind: 'remarks', title: '县长讲话', speaker: '李明', minutes: 20 },
        ],
      },
    ],
  };
}

/** Imports the schedule, opens the meeting, starts it and its first item. */
export async function startBenchMeeting(http: RoomHttp): Promise<void> {
  const imported = await http.request('POST', '/api/schedule', benchSchedule());
  if (imported.status !== 200) throw new Error(`schedule import → ${imported.status} ${JSON.stringify(imported.body)}`);
  await http.command({ type: 'load-meeting', meetingId: BENCH_MEETING_ID });
  await http.command({ type: 'start-meeting' });
  await http.command({ type: 'next' });
}
