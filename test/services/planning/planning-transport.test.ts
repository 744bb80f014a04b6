import { describe, expect, it } from 'vitest';
import { dispatchPlanning, PLANNING_OPS } from '../../../electron/services/planning';
import { createRoomServer } from '../../../electron/server/room-server';
import type { MeetingServiceApi } from '../../../electron/services/meeting-service/meeting-service-api';
import { makeDocx } from '../documents/fixtures';
import { chineseText, marchMeeting, planningHarness } from './planning-fixtures';

const idleService = (): MeetingServiceApi => ({
  execute: async () => ({ ok: false, refusal: { code: 'x', message: { 'zh-CN': 'x', en: 'x' } } }),
  snapshot: () => ({ version: 0, at: 0, meetingId: null, engine: null }),
  subscribe: () => () => {},
  now: () => 0,
  listMeetings: () => [],
  importSchedule: () => ({}),
  exportSchedule: () => ({ meetings: [] }),
});

describe('dispatchPlanning ({ op, args })', () => {
  it('runs an op and answers { ok, result }', async () => {
    const { service } = planningHarness();
    const saved = await dispatchPlanning(service, { op: 'save-meeting', args: { meeting: marchMeeting() } });
    expect(saved).toMatchObject({ ok: true, result: { meeting: { id: 'm-2026-0305' }, status: 'draft' } });
  });

  it('names an unknown op, a bad argument and a bad meeting field, never throwing', async () => {
    const { service } = planningHarness();
    expect(await dispatchPlanning(service, 'nope')).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(await dispatchPlanning(service, { op: 'launch' })).toMatchObject({ ok: false, error: { code: 'unknown-op', path: 'op' } });
    expect(await dispatchPlanning(service, { op: 'overview', args: { from: '2026-3-1', to: '2026-03-31' } })).toMatchObject({
      ok: false,
      error: { code: 'bad-request', path: 'args.from' },
    });
    const bad = await dispatchPlanning(service, { op: 'check', args: { meeting: marchMeeting({ durationMinutes: -5 }) } });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-meeting', path: 'durationMinutes' } });
    if (!bad.ok) expect(bad.error.message['zh-CN']).toMatch(/^会议信息有误：durationMinutes/);
    expect(await dispatchPlanning(service, { op: 'get-meeting', args: { id: 'none' } })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('carries document bytes and the PDF as base64', async () => {
    const { service } = planningHarness();
    await dispatchPlanning(service, { op: 'save-meeting', args: { meeting: marchMeeting() } });
    const base64 = Buffer.from(await makeDocx(chineseText(300))).toString('base64');
    const attached = await dispatchPlanning(service, { op: 'attach-document', args: { meetingId: 'm-2026-0305', item: 'i1', fileName: 'k.docx', base64 } });
    expect(attached).toMatchObject({ ok: true, result: { documents: [{ chars: 300 }] } });
    const pdf = await dispatchPlanning(service, { op: 'checklist-pdf', args: { id: 'm-2026-0305' } });
    expect(pdf).toMatchObject({ ok: true, result: { mimeType: 'application/pdf' } });
    if (pdf.ok) expect(Buffer.from((pdf.result as { base64: string }).base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('has an argument schema for every op', () => {
    expect(PLANNING_OPS).toContain('overview');
    expect(PLANNING_OPS).toHaveLength(23);
  });
});

describe('POST /api/planning/<op> on the room server', () => {
  const start = async () => {
    const h = planningHarness();
    const server = await createRoomServer({ service: idleService(), planning: h.service, port: 0 });
    return { ...h, server, post: (op: string, body: unknown, token = server.tokens.chair) =>
      fetch(`${server.url}/api/planning/${op}`, { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: JSON.stringify(body) }) };
  };

  it('answers the chair, refuses the view token and no token', async () => {
    const { server, post } = await start();
    try {
      const ok = await post('overview', { from: '2026-03-01', to: '2026-03-31' });
      expect(ok.status).toBe(200);
      expect(await ok.json()).toMatchObject({ ok: true, result: { days: expect.any(Array) } });
      expect((await post('overview', {}, server.tokens.view)).status).toBe(403);
      expect((await fetch(`${server.url}/api/planning/overview`, { method: 'POST', body: '{}' })).status).toBe(401);
      expect((await fetch(`${server.url}/api/planning/overview?t=${server.tokens.chair}`)).status).toBe(405);
      expect((await post('launch', {})).status).toBe(404);
    } finally {
      await server.close();
    }
  });

  it('maps refusals to statuses: 422 invalid, 409 workflow, 404 missing', async () => {
    const { server, post } = await start();
    try {
      expect((await post('save-meeting', { meeting: { id: 'x' } })).status).toBe(422);
      await post('save-meeting', { meeting: marchMeeting() });
      const refused = await post('transition', { id: 'm-2026-0305', action: 'approve' });
      expect(refused.status).toBe(409);
      expect(await refused.json()).toMatchObject({ ok: false, error: { code: 'workflow-refused', message: { 'zh-CN': '当前状态为“拟稿”，不能批准' } } });
      expect((await post('get-meeting', { id: 'gone' })).status).toBe(404);
    } finally {
      await server.close();
    }
  });

  it('is 404 when the server has no planning service', async () => {
    const server = await createRoomServer({ service: idleService(), port: 0 });
    try {
      const r = await fetch(`${server.url}/api/planning/overview`, { method: 'POST', headers: { Authorization: `Bearer ${server.tokens.chair}` }, body: '{}' });
      expect(r.status).toBe(404);
    } finally {
      await server.close();
    }
  });
});
