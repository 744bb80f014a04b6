import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { onTestFinished } from 'vitest';
import { createPlanningService, type PlanningService } from '../../../electron/services/planning';
import { openDatabase, type Store } from '../../../electron/services/storage';

export interface PlanningHarness {
  dir: string;
  store: Store;
  service: PlanningService;
  clock: { now: () => number; set(iso: string): void };
}

/** A real store in a temporary folder and the service over it, with a clock the test sets. */
export function planningHarness(iso = '2026-02-20T10:00:00+08:00'): PlanningHarness {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duanhui-planning-'));
  let t = Date.parse(iso);
  const clock = { now: () => t, set: (s: string) => void (t = Date.parse(s)) };
  const store = openDatabase(path.join(dir, 'duanhui.sqlite'), { now: clock.now, timeZone: 'Asia/Shanghai' });
  onTestFinished(() => {
    store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return { dir, store, service: createPlanningService({ store, now: clock.now }), clock };
}

/** A county-wide working meeting on a weekday in March (a no-meeting month), before 18:00. */
export const marchMeeting = (over: Record<string, unknown> = {}) => ({
  id: 'm-2026-0305',
  title: '全县一季度重点项目调度会',
  kind: 'working',
  countyWide: true,
  start: '2026-03-05T09:00',
  durationMinutes: 90,
  place: '县行政中心三楼会议室',
  organiser: '县发改局',
  chair: '李明',
  agenda: [
    { id: 'i1', kind: 'keynote', title: '一季度重点项目推进情况', unit: '县发改局', minutes: 20 },
    { id: 'i2', kind: 'speech', title: '招商引资情况', unit: '县商务局', speaker: '张华', minutes: 8, extensionMinutes: 5 },
    { id: 'i3', kind: 'remarks', title: '县长讲话', speaker: '李明', minutes: 20 },
  ],
  ...over,
});

/** Paragraphs whose 字数 adds up to `zi` (CJK only: one character, one 字). */
export const chineseText = (zi: number): string[] => {
  const sentence = '全县上下要坚持少开会开短会说短话行短文切实改进会风文风提高工作效率';
  const out: string[] = [];
  let left = zi;
  while (left > 0) {
    const n = Math.min(left, 200);
    out.push(sentence.repeat(Math.ceil(n / sentence.length)).slice(0, n));
    left -= n;
  }
  return out;
};
