import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { onTestFinished } from 'vitest';
import type { MeetingInput, StorageLogEntry } from '../../../electron/services/storage';

/** Removes a test folder, restoring write permission first so read-only parts go too. */
export const removeTempDir = (dir: string): void => {
  const unlock = (p: string) => {
    try {
      fs.chmodSync(p, 0o755);
      if (fs.statSync(p).isDirectory()) for (const f of fs.readdirSync(p)) unlock(path.join(p, f));
    } catch {
      // already gone
    }
  };
  unlock(dir);
  fs.rmSync(dir, { recursive: true, force: true });
};

export const makeTempDir = (): string => fs.mkdtempSync(path.join(os.tmpdir(), 'duanhui-storage-'));

/** A fresh folder for one test, removed when the test ends. */
export const tempDir = (): string => {
  const dir = makeTempDir();
  onTestFinished(() => removeTempDir(dir));
  return dir;
};

/** A clock the test moves by hand; noon so that whole days never cross a date line twice. */
export const testClock = (iso = '2026-04-01T12:00:00+08:00') => {
  let t = Date.parse(iso);
  return {
    now: () => t,
    advance(ms: number) {
      t += ms;
    },
    set(iso2: string) {
      t = Date.parse(iso2);
    },
  };
};

export const DAY = 24 * 60 * 60 * 1000;

/** File names carry local dates; tests pin the zone so they pass on any machine. */
export const TZ = 'Asia/Shanghai';

export const logCollector = () => {
  const entries: StorageLogEntry[] = [];
  return { entries, log: (e: StorageLogEntry) => entries.push(e) };
};

export const sampleMeeting = (id = 'm1', over: Partial<MeetingInput> = {}): MeetingInput => ({
  id,
  title: '全县经济工作推进会',
  kind: 'working',
  countyWide: true,
  start: '2026-04-08T09:00',
  durationMinutes: 90,
  place: '县委第一会议室',
  organiser: '县发改局',
  chair: '张县长',
  approvals: [
    { role: 'party-secretary', name: '李书记', approvedAt: '2026-04-01T10:00' },
    { role: 'county-head', approvedAt: '2026-04-02T10:00', documentNumber: '县府〔2026〕12号' },
  ],
  agenda: [
    { id: 'k', kind: 'keynote', title: '主题报告', speaker: '王局长', minutes: 30, chars: 4800 },
    { id: 's1', kind: 'speech', title: '乡镇发言', speaker: '赵镇长', unit: '城关镇', minutes: 8, extensionMinutes: 3 },
    { kind: 'report', title: '工作汇报', minutes: 8, text: '今年以来，全县经济运行总体平稳。' },
  ],
  ...over,
});

export const sampleSchedule = (meetings: MeetingInput[] = [sampleMeeting()]) => ({
  format: 'duanhui-schedule' as const,
  version: 1 as const,
  timeZone: 'Asia/Shanghai',
  meetings,
});

export const fileBytes = (file: string): Buffer => fs.readFileSync(file);
