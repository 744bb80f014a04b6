import { describe, expect, it } from 'vitest';
import { makeDocx, makePdf } from '../documents/fixtures';
import { chineseText, marchMeeting, planningHarness } from './planning-fixtures';

describe('planning service: meetings', () => {
  it('saves a meeting and answers its findings, checklist and slot suggestions', () => {
    const { service } = planningHarness();
    const v = service.saveMeeting({ meeting: marchMeeting() });
    expect(v.saved).toBe(true);
    expect(v.status).toBe('draft');
    expect(v.findings.map((f) => `${f.severity} ${f.rule}`)).toEqual([
      'error no-meeting-period',
      'error approval-required',
      'error approval-required',
      'info keynote-length',
    ]);
    expect(v.suggestions.map((s) => s.start)).toEqual(['2026-03-05T18:00', '2026-03-07T09:00', '2026-04-01T09:00']);
    expect(v.checklist).toHaveLength(9);
    expect(v.blocking).toHaveLength(3);
    expect(v.history.map((h) => h.action)).toEqual(['created']);
  });

  it('re-checks at once when a meeting is moved', () => {
    const { service } = planningHarness();
    service.saveMeeting({ meeting: marchMeeting() });
    const moved = service.moveMeeting({ id: 'm-2026-0305', start: '2026-03-05T18:00' });
    expect(moved.findings.some((f) => f.rule === 'no-meeting-period')).toBe(false);
    expect(moved.suggestions).toEqual([]);
    expect(moved.meeting.start).toBe('2026-03-05T18:00');
  });

  it('checks an unsaved draft without writing it', () => {
    const { service, store } = planningHarness();
    const c = service.check({ meeting: marchMeeting({ durationMinutes: 150, agenda: [{ kind: 'speech', title: 's', minutes: 160 }] }) });
    expect(c.findings.map((f) => f.rule)).toContain('agenda-overrun');
    expect(c.findings.map((f) => f.rule)).toContain('duration-cap');
    expect(store.getMeeting('m-2026-0305')).toBeNull();
  });

  it('says which field is wrong', () => {
    const { service } = planningHarness();
    expect(() => service.saveMeeting({ meeting: marchMeeting({ kind: 'party', durationMinutes: 0 }) })).toThrow(
      expect.objectContaining({ code: 'invalid-meeting', details: expect.objectContaining({ path: 'kind' }) }),
    );
  });

  it('lists a range with each meeting’s worst finding and marks the days', () => {
    const { service } = planningHarness();
    service.saveMeeting({ meeting: marchMeeting() });
    service.saveMeeting({ meeting: marchMeeting({ id: 'ok', countyWide: false, start: '2026-04-08T09:00', agenda: [] }) });
    const o = service.overview({ from: '2026-03-01', to: '2026-04-30' });
    expect(o.days).toHaveLength(61);
    expect(o.days.find((d) => d.date === '2026-03-05')).toMatchObject({ noMeetingPeriod: true, restrictedDaytime: true, dayType: 'workday' });
    expect(o.days.find((d) => d.date === '2026-04-05')).toMatchObject({ dayType: 'holiday', holiday: { zh: '清明节', en: 'Qingming Festival' } });
    expect(o.meetings.map((m) => [m.id, m.worst, m.worstRule, m.status])).toEqual([
      ['m-2026-0305', 'error', 'no-meeting-period', 'draft'],
      ['ok', null, null, 'draft'],
    ]);
  });

  it('refuses a save of a meeting changed elsewhere', () => {
    const { service, clock } = planningHarness();
    const first = service.saveMeeting({ meeting: marchMeeting() });
    clock.set('2026-02-20T11:00:00+08:00');
    service.saveMeeting({ meeting: marchMeeting({ title: '改了' }), expectedUpdatedAt: first.updatedAt });
    expect(() => service.saveMeeting({ meeting: marchMeeting({ title: '又改' }), expectedUpdatedAt: first.updatedAt })).toThrow(
      expect.objectContaining({ code: 'conflict' }),
    );
  });
});

describe('planning service: documents', () => {
  it('counts a dropped .docx keynote and flags it over 5000 字, keeping the text', async () => {
    const { service } = planningHarness();
    service.saveMeeting({ meeting: marchMeeting({ start: '2026-04-08T09:00', countyWide: false }) });
    const docx = await makeDocx(chineseText(5200));
    const v = await service.attachDocument({ meetingId: 'm-2026-0305', item: 'i1', fileName: '主题报告.docx', bytes: docx });
    expect(v.documents).toMatchObject([{ itemKey: 'i1', fileName: '主题报告.docx', chars: 5200, textKept: true }]);
    expect(v.meeting.agenda[0]).toMatchObject({ chars: 5200 });
    expect(v.findings).toEqual([expect.objectContaining({ rule: 'keynote-length', severity: 'error', params: expect.objectContaining({ zi: 5200, over: 200 }) })]);
    const text = service.documentText({ meetingId: 'm-2026-0305', documentId: v.documents[0]!.id });
    expect(text.text?.replace(/\s/g, '')).toHaveLength(5200);
  });

  it('takes a PDF report’s real page count', async () => {
    const { service } = planningHarness();
    service.saveMeeting({
      meeting: marchMeeting({ kind: 'standing-committee', countyWide: false, start: '2026-04-08T09:00', agenda: [{ id: 'r', kind: 'report', title: '汇报', minutes: 8 }] }),
    });
    const v = await service.attachDocument({ meetingId: 'm-2026-0305', item: 0, fileName: '汇报.pdf', bytes: await makePdf(4) });
    expect(v.findings).toEqual([expect.objectContaining({ rule: 'report-pages', severity: 'warning' })]);
  });

  it('refuses a document on an item that takes none, and a file it cannot read, in words', async () => {
    const { service } = planningHarness();
    service.saveMeeting({ meeting: marchMeeting() });
    await expect(service.attachDocument({ meetingId: 'm-2026-0305', item: 'i3', fileName: 'a.txt', bytes: new TextEncoder().encode('讲话') })).rejects.toMatchObject({
      code: 'invalid-document',
    });
    await expect(service.attachDocument({ meetingId: 'm-2026-0305', item: 'i1', fileName: 'a.doc', bytes: new Uint8Array([1, 2]) })).rejects.toMatchObject({
      name: 'DocumentError',
      code: 'unsupported-format',
    });
  });
});

describe('planning service: approval workflow', () => {
  it('blocks approval while errors remain, then approves once approvals are recorded', () => {
    const { service } = planningHarness();
    service.saveMeeting({ meeting: marchMeeting({ start: '2026-03-05T18:30' }) });
    expect(service.transition({ id: 'm-2026-0305', action: 'submit', actor: '办公室' }).status).toBe('submitted');
    expect(() => service.transition({ id: 'm-2026-0305', action: 'approve' })).toThrow(
      expect.objectContaining({ code: 'workflow-refused', messages: expect.objectContaining({ 'zh-CN': '仍有2项错误（全县性会议审批）未解决，且未登记例外理由，不能批准' }) }),
    );
    service.recordApproval({ id: 'm-2026-0305', approval: { role: 'party-secretary', name: '王建国', approvedAt: '2026-03-01T10:00', documentNumber: '县委办〔2026〕12号' } });
    const v = service.recordApproval({ id: 'm-2026-0305', approval: { role: 'county-head', name: '李明', approvedAt: '2026-03-02T16:30' } });
    expect(v.status).toBe('submitted'); // recording approvals keeps the submission
    expect(v.blocking).toEqual([]);
    const approved = service.transition({ id: 'm-2026-0305', action: 'approve', actor: '王建国' });
    expect(approved.status).toBe('approved');
    expect(approved.history.map((h) => `${h.action}:${h.from ?? ''}>${h.to ?? ''}`)).toEqual([
      'created:>draft',
      'submit:draft>submitted',
      'approval:>',
      'approval:>',
      'approve:submitted>approved',
    ]);
  });

  it('approves despite an error when an exception with a reason is recorded', () => {
    const { service } = planningHarness();
    service.saveMeeting({ meeting: marchMeeting({ countyWide: false, agenda: [] }) });
    service.transition({ id: 'm-2026-0305', action: 'submit' });
    expect(() => service.recordException({ id: 'm-2026-0305', rule: 'no-meeting-period', reason: '   ' })).toThrow(expect.objectContaining({ code: 'bad-request' }));
    expect(() => service.recordException({ id: 'm-2026-0305', rule: 'duration-cap', reason: '无' })).toThrow(expect.objectContaining({ code: 'bad-request' }));
    const v = service.recordException({ id: 'm-2026-0305', rule: 'no-meeting-period', reason: '防汛紧急部署，须白天召开', recordedBy: '王建国' });
    expect(v.exceptions).toMatchObject([{ rule: 'no-meeting-period', reason: '防汛紧急部署，须白天召开', recordedBy: '王建国' }]);
    expect(service.transition({ id: 'm-2026-0305', action: 'approve' }).status).toBe('approved');
  });

  it('sends an approved meeting back to draft when its plan changes', () => {
    const { service } = planningHarness();
    service.saveMeeting({ meeting: marchMeeting({ countyWide: false, start: '2026-04-08T09:00' }) });
    service.transition({ id: 'm-2026-0305', action: 'submit' });
    service.transition({ id: 'm-2026-0305', action: 'approve' });
    expect(service.saveMeeting({ meeting: marchMeeting({ countyWide: false, start: '2026-04-08T09:00' }) }).status).toBe('approved');
    const changed = service.saveMeeting({ meeting: marchMeeting({ countyWide: false, start: '2026-04-09T09:00' }) });
    expect(changed.status).toBe('draft');
    expect(changed.history.at(-1)).toMatchObject({ action: 'plan-changed', from: 'approved', to: 'draft' });
  });

  it('makes the 审批表 PDF', async () => {
    const { service } = planningHarness();
    service.saveMeeting({ meeting: marchMeeting() });
    const { fileName, bytes } = await service.checklistPdf({ id: 'm-2026-0305' });
    expect(fileName).toBe('会议审批表-全县一季度重点项目调度会.pdf');
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
  });
});

describe('planning service: policy and calendar', () => {
  it('validates a policy and names the field, saves it and restores the defaults', () => {
    const { service } = planningHarness();
    expect(service.policy()).toMatchObject({ version: 1, isDefault: true });
    expect(() => service.savePolicy({ policy: { ...service.policy().policy, eveningStart: '25:00' } })).toThrow(
      expect.objectContaining({ code: 'invalid-policy', details: expect.objectContaining({ path: 'eveningStart' }) }),
    );
    const saved = service.savePolicy({ policy: { ...service.policy().policy, eveningStart: '19:00' } });
    expect(saved).toMatchObject({ version: 2, isDefault: false, policy: { eveningStart: '19:00' } });
    service.saveMeeting({ meeting: marchMeeting({ start: '2026-03-05T18:30', countyWide: false }) });
    expect(service.getMeeting({ id: 'm-2026-0305' }).suggestions[0]?.start).toBe('2026-03-05T19:00');
    expect(service.resetPolicy()).toMatchObject({ version: 3, isDefault: true });
  });

  it('imports a calendar file, keeps its years in the store, and judges by it', async () => {
    const h = planningHarness();
    const file = JSON.stringify({
      format: 'duanhui-calendar',
      version: 1,
      years: [
        {
          year: 2027,
          source: '国务院办公厅关于2027年部分节假日安排的通知（测试）',
          holidays: [{ name: '元旦', nameEn: "New Year's Day", from: '2027-01-01', to: '2027-01-03' }],
          adjustedWorkdays: ['2027-01-16'],
        },
      ],
    });
    const r = await h.service.importCalendar({ fileName: '2027.json', bytes: new TextEncoder().encode(file) });
    expect(r.imported).toEqual([2027]);
    expect(r.years.find((y) => y.year === 2027)).toMatchObject({ origin: 'imported', fileName: '2027.json' });
    expect(r.years.find((y) => y.year === 2026)).toMatchObject({ origin: 'bundled' });
    // A new service over the same store still knows 2027 (kept in the database).
    const { createPlanningService } = await import('../../../electron/services/planning');
    const again = createPlanningService({ store: h.store, now: h.clock.now });
    expect(again.calendar().dayType('2027-01-16')).toBe('adjusted-workday');
    await expect(h.service.importCalendar({ fileName: 'bad.json', bytes: new TextEncoder().encode('{"format": "duanhui-calendar", "version": 1, "years": [{"year": "x"}]}') })).rejects.toMatchObject({
      name: 'InputFileError',
      file: 'bad.json',
    });
  });
});
