import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSampleSchedule, sampleForToday } from '../../../electron/services/meeting-service';
import { harness, machineClocks, meetingInput, REPO, scheduleOf } from './helpers';

const SAMPLE_FILE = path.join(REPO, 'docs/examples/sample-schedule.json');
const sample = readSampleSchedule(SAMPLE_FILE);

describe('load-sample', () => {
  it("opens the sample's first meeting with an agenda, dated today, and it can start without an override", async () => {
    const clocks = machineClocks('2026-11-28T14:10:00+08:00');
    const h = harness({ clocks, service: { sample } });
    const s = await h.ok({ type: 'load-sample' });
    expect(s.meetingId).toBe('sample-2026-001');
    const stored = h.service.getMeeting('sample-2026-001')!;
    expect(stored.meeting).toMatchObject({ title: '【示例】全县招商引资工作推进会', start: '2026-11-28T09:00', countyWide: true });
    // Approvals keep their distance before the start (3 days), so the approval gate lets it start.
    expect(stored.meeting.approvals.map((a) => a.approvedAt)).toEqual(['2026-11-25T10:00', '2026-11-25T16:30']);
    const started = await h.ok({ type: 'start-meeting' });
    expect(started.engine!.meeting.approvalOverride).toBeNull();
    expect(started.engine!.items.map((i) => i.speaker)).toEqual(['赵磊', '陈华', '刘芳', '李明']);
    // The real meeting 2026-001 is untouched (it was never imported).
    expect(h.service.getMeeting('2026-001')).toBeNull();
  });

  it('loading it again the same day reopens the same meeting; while it runs, it stays on screen', async () => {
    const h = harness({ clocks: machineClocks('2026-11-28T14:10:00+08:00'), service: { sample } });
    await h.ok({ type: 'load-sample' });
    await h.ok({ type: 'start-meeting' });
    const again = await h.service.execute({ type: 'load-sample' });
    expect(again.ok).toBe(true);
    expect(h.service.listMeetings().map((m) => m.meeting.id)).toEqual(['sample-2026-001']);
  });

  it('is refused with a clear reason without sample data, or with unusable sample data', async () => {
    const none = harness();
    expect(await none.service.execute({ type: 'load-sample' })).toMatchObject({ ok: false, refusal: { code: 'no-sample' } });
    const bad = harness({ service: { sample: { format: 'duanhui-schedule', version: 1, meetings: [{ id: 1 }] } } });
    const r = await bad.service.execute({ type: 'load-sample' });
    expect(r).toMatchObject({ ok: false, refusal: { code: 'no-sample' } });
    if (!r.ok) expect(r.refusal.message.en).toContain('meetings.0');
    expect(sampleForToday(scheduleOf([meetingInput('x', { agenda: [] })]), Date.now())).toMatchObject({ ok: false });
    expect(readSampleSchedule(path.join(REPO, 'no/such/file.json'))).toBeNull();
  });

  it('keeps an offset written in the start and shifts across a month end', () => {
    const input = scheduleOf([meetingInput('x', { start: '2026-01-30T09:00+08:00', approvals: [{ role: 'county-head', approvedAt: '2026-01-29T18:00' }] })]);
    const r = sampleForToday(input, Date.parse('2026-03-01T10:00:00+08:00'));
    expect(r.ok && r.schedule.meetings[0]).toMatchObject({
      start: '2026-03-01T09:00+08:00',
      approvals: [{ approvedAt: '2026-02-28T18:00' }],
    });
  });
});

describe('queries', () => {
  it('list, get, import (preview and real), export and check meetings', () => {
    const h = harness({ meetings: [meetingInput('m1')] });
    const { service } = h;
    expect(service.listMeetings().map((m) => m.meeting.id)).toEqual(['m1']);
    const from = Date.parse('2026-04-08T12:00:00+08:00');
    expect(service.listMeetings({ from })).toEqual([]);

    const next = scheduleOf([meetingInput('m1'), meetingInput('m2', { start: '2026-04-09T09:00', durationMinutes: 150 })]);
    expect(service.importSchedule(next, { preview: true })).toEqual({ ok: true, preview: true, added: ['m2'], changed: [], unchanged: ['m1'] });
    expect(service.getMeeting('m2')).toBeNull();
    expect(service.importSchedule(next)).toEqual({ ok: true, preview: false, added: ['m2'], changed: [], unchanged: ['m1'] });
    expect(service.exportSchedule().meetings.map((m) => m.id)).toEqual(['m1', 'm2']);

    const check = service.checkMeeting('m2')!;
    expect(check.policyVersion).toBe(1);
    const cap = check.findings.find((f) => f.rule === 'duration-cap')!;
    expect(cap).toMatchObject({ severity: 'error' });
    expect(cap.message['zh-CN']).toMatch(/150/);
    expect(cap.message.en).toMatch(/150/);
    expect(service.checkMeeting('nope')).toBeNull();
  });

  it('re-importing the plan of the open, not yet started meeting shows the new plan', async () => {
    const h = harness({ meetings: [meetingInput('m1')] });
    await h.ok({ type: 'load-meeting', meetingId: 'm1' });
    const changed = meetingInput('m1', { title: '改期后的会议' });
    expect(h.service.importSchedule(scheduleOf([changed]))).toMatchObject({ ok: true, changed: ['m1'] });
    expect(h.service.snapshot().engine!.meeting.title).toBe('改期后的会议');
  });
});
