import { describe, expect, it } from 'vitest';
import { parseIcsSchedule } from '../../../electron/services/schedule/ics-schedule';
import { makeDocx } from '../documents/fixtures';
import { chineseText, marchMeeting, planningHarness } from './planning-fixtures';

describe('planning service: schedule import and export', () => {
  it('previews an import (added, changed, unchanged) and writes nothing until asked', () => {
    const { service, store } = planningHarness();
    service.saveMeeting({ meeting: marchMeeting() });
    const file = JSON.stringify({
      format: 'duanhui-schedule',
      version: 1,
      meetings: [marchMeeting({ title: '全县一季度重点项目调度会（调整）', start: '2026-03-05T19:00' }), marchMeeting({ id: 'new', start: '2026-04-08T09:00' })],
    });
    const p = service.previewImport({ fileName: 'week.json', text: file });
    expect(p.counts).toEqual({ add: 1, change: 1, same: 0 });
    expect(p.meetings).toEqual([
      expect.objectContaining({ id: 'm-2026-0305', action: 'change', changedFields: ['title', 'start'], before: { title: '全县一季度重点项目调度会', start: '2026-03-05T09:00' } }),
      expect.objectContaining({ id: 'new', action: 'add' }),
    ]);
    expect(store.getMeeting('new')).toBeNull();
    expect(() => service.importSchedule({ fileName: 'week.json', text: file })).toThrow(expect.objectContaining({ code: 'would-overwrite' }));
    expect(store.getMeeting('new')).toBeNull();
    const r = service.importSchedule({ fileName: 'week.json', text: file, overwrite: true });
    expect(r.written).toEqual(['m-2026-0305', 'new']);
    expect(store.getMeeting('m-2026-0305')?.meeting.start).toBe('2026-03-05T19:00');
  });

  it('reports a bad file with its location', () => {
    const { service } = planningHarness();
    expect(() => service.previewImport({ fileName: 'bad.json', text: '{"format": "duanhui-schedule", "version": 1, "meetings": [{"id": "x"}]}' })).toThrow(
      expect.objectContaining({ name: 'InputError', path: expect.stringMatching(/^meetings\[0\]/) }),
    );
  });

  it.each(['json', 'ics'] as const)('exports %s and re-imports it into an empty store with the same findings', async (format) => {
    const a = planningHarness();
    a.service.saveMeeting({ meeting: marchMeeting() });
    a.service.saveMeeting({ meeting: marchMeeting({ id: 'sc', kind: 'standing-committee', countyWide: false, start: '2026-04-14T15:00', agenda: [{ id: 'r1', kind: 'report', title: '财政汇报', unit: '县财政局', minutes: 10, pages: 4 }] }) });
    a.service.recordApproval({ id: 'm-2026-0305', approval: { role: 'party-secretary', name: '王建国', approvedAt: '2026-03-01T10:00', documentNumber: '县委办〔2026〕12号' } });
    await a.service.attachDocument({ meetingId: 'm-2026-0305', item: 'i1', fileName: 'k.docx', bytes: await makeDocx(chineseText(5100)) });
    const before = a.service.overview({ from: '2026-03-01', to: '2026-04-30' });
    const file = a.service.exportSchedule({ format });
    expect(file.fileName).toMatch(new RegExp(`^短会日程-2026-02-20\\.${format}$`));

    // Importing the export back into the same store changes nothing.
    expect(a.service.previewImport({ fileName: file.fileName, text: file.text }).counts).toEqual({ add: 0, change: 0, same: 2 });

    const b = planningHarness();
    const preview = b.service.previewImport({ fileName: file.fileName, text: file.text });
    expect(preview.counts).toEqual({ add: 2, change: 0, same: 0 });
    b.service.importSchedule({ fileName: file.fileName, text: file.text });
    const after = b.service.overview({ from: '2026-03-01', to: '2026-04-30' });
    const shape = (o: typeof before) => o.meetings.map((m) => ({ id: m.id, start: m.start, worst: m.worst, rule: m.worstRule, errors: m.errorCount }));
    expect(shape(after)).toEqual(shape(before));
    expect(b.service.getMeeting({ id: 'm-2026-0305' }).findings).toEqual(a.service.getMeeting({ id: 'm-2026-0305' }).findings);
  });

  it('writes .ics that the reader understands, kind and county-wide included', () => {
    const { service } = planningHarness();
    service.saveMeeting({ meeting: marchMeeting() });
    const { text } = service.exportSchedule({ format: 'ics' });
    expect(text).toContain('DTSTART;TZID=Asia/Shanghai:20260305T090000');
    expect(text).toContain('X-DUANHUI-KIND:working');
    expect(text).toContain('X-DUANHUI-COUNTY-WIDE:TRUE');
    const { schedule } = parseIcsSchedule(text, 'x.ics');
    expect(schedule.meetings[0]).toMatchObject({ id: 'm-2026-0305', countyWide: true, chair: '李明', organiser: '县发改局', place: '县行政中心三楼会议室' });
    expect(schedule.meetings[0]?.agenda).toHaveLength(3);
  });
});
