import { MIN, SEC, Sim, meetingOf } from './record-fixtures';

/** A county-wide meeting in the second half of April (a no-meeting period), one approval missing. */
export const econMeeting = () =>
  meetingOf({
    id: 'm-econ',
    title: '全县一季度经济形势分析会',
    kind: 'working',
    countyWide: true,
    start: '2026-04-20T09:00',
    durationMinutes: 90,
    organiser: '县发改局',
    chair: '李县长',
    place: '县政府三楼会议室',
    approvals: [{ role: 'party-secretary', name: '王书记', approvedAt: '2026-04-17T10:00', documentNumber: '县委〔2026〕12号' }],
    agenda: [
      { id: 'a', kind: 'speech', title: '一季度经济运行情况', speaker: '张三', unit: '县发改局', minutes: 8, extensionMinutes: 5 },
      { id: 'b', kind: 'report', title: '财政收支情况', speaker: '李四', unit: '县财政局', minutes: 8 },
      { id: 'c', kind: 'keynote', title: '主题报告', speaker: '王五', minutes: 20 },
      { id: 'd', kind: 'speech', title: '教育工作', speaker: '赵六', unit: '县教育局', minutes: 6, extensionMinutes: 3 },
      { id: 'e', kind: 'remarks', title: '总结讲话', speaker: '县委书记', minutes: 10 },
    ],
  });

/** Runs the meeting; returns the simulation and its key instants. */
export function runEconMeeting() {
  const sim = new Sim(econMeeting());
  const P = sim.plannedStart;
  sim.wait(2 * MIN).do({ type: 'start-meeting', overrideReason: '县长在省里开会，已电话同意' });
  const S = sim.wait(10 * SEC).now;
  sim.do({ type: 'start-item' });
  sim.wait(7 * MIN).do({ type: 'message', preset: 'hurry' }).do({ type: 'grant-extension', minutes: 3 });
  const B = sim.wait(5 * MIN + 30 * SEC).do({ type: 'next' }).now;
  sim.wait(8 * MIN).do({ type: 'message', text: '请注意时间' });
  sim.wait(1 * MIN).do({ type: 'add-speaker', name: '钱七', unit: '县农业农村局', title: '补充发言', at: 2 });
  const X = sim.do({ type: 'next' }).now;
  const C = sim.wait(4 * MIN).do({ type: 'next' }).now;
  sim.wait(10 * MIN).do({ type: 'pause-meeting' });
  sim.wait(15 * MIN).do({ type: 'resume-meeting' });
  sim.wait(11 * MIN).do({ type: 'skip-item', index: 4 });
  const E = sim.wait(1 * MIN).do({ type: 'next' }).now;
  sim.wait(1 * MIN).do({ type: 'message', text: '错发的提示' });
  sim.wait(2 * SEC).do({ type: 'undo' });
  const END = sim.wait(8 * MIN - 2 * SEC).do({ type: 'end-meeting' }).now;
  return { sim, P, S, B, X, C, E, END };
}

