import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openServiceWithRecovery } from '../../electron/main/open-service';
import { openMeetingService, type MeetingService } from '../../electron/services/meeting-service';
import { openDatabase, restoreBackup } from '../../electron/services/storage';

// Real files: a corrupt database with a real backup beside it; only the dialog is a fake.
describe('opening the data at start-up', () => {
  let dir: string;
  const opened: MeetingService[] = [];
  afterEach(() => {
    for (const s of opened.splice(0)) s.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const open = () => {
    const s = openMeetingService({ dataDir: dir });
    opened.push(s);
    return s;
  };

  it('offers the newest backup for a corrupt file and opens the restored data', async () => {
    dir = mkdtempSync(join(tmpdir(), 'duanhui-open-'));
    const store = openDatabase(join(dir, 'duanhui.sqlite'));
    store.importSchedule({ format: 'duanhui-schedule', version: 1, timeZone: 'Asia/Shanghai', meetings: [
      { id: 'm1', title: '测试会议', kind: 'working', start: '2026-04-07T09:00', durationMinutes: 60 } ] });
    store.backupNow('manual');
    store.close();
    writeFileSync(join(dir, 'duanhui.sqlite'), 'this is not a database');

    const asked: string[] = [];
    const result = openServiceWithRecovery({
      open,
      askRestore: (error, backup) => (asked.push(`${error.code} ${backup}`), true),
      restore: (backup, file) => void restoreBackup(backup, file),
      tellFatal: (m) => asked.push(`fatal ${m.en}`),
    });
    expect(asked).toHaveLength(1);
    expect(asked[0]).toMatch(/^corrupt .*backups/);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.service.listMeetings().map((m) => (m as { meeting: { id: string } }).meeting.id)).toContain('m1');
  });

  it('quits when the chair declines, and says so plainly when there is no backup', () => {
    dir = mkdtempSync(join(tmpdir(), 'duanhui-open-'));
    writeFileSync(join(dir, 'duanhui.sqlite'), 'junk junk junk junk');
    const said: string[] = [];
    const result = openServiceWithRecovery({
      open,
      askRestore: () => true,
      restore: () => said.push('restore'),
      tellFatal: (m) => said.push(m.zh),
    });
    expect(result).toEqual({ ok: false });
    expect(said).toHaveLength(1);
    expect(said[0]).not.toBe('restore');
  });
});
