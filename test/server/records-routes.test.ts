import { request } from 'node:http';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentDisposition, isRecordsPath } from '../../electron/server/records-routes';
import { createRecordsService } from '../../electron/services/records-service';
import { heldMeetings, type RecordsWorld } from '../services/records-service/records-fixture';
import { startRoom, type Room } from './room-harness';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
  json(): { ok: boolean; result?: Record<string, unknown>; error?: { code: string; path?: string; message: Record<string, string> } };
}

function get(room: Room, path: string, token: string | null, method = 'GET'): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = token ? { Authorization: `Bearer ${token}` } : {};
    const req = request({ host: '127.0.0.1', port: room.server.port, method, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const body = Buffer.concat(chunks);
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body, json: () => JSON.parse(body.toString('utf8')) });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

let world: RecordsWorld;
let invest: string;

beforeAll(async () => {
  world = await heldMeetings();
  invest = world.sessions['m-invest']!;
});
afterAll(() => world?.close());

const roomWithRecords = () => startRoom({ records: createRecordsService({ store: world.store, now: world.now }) });

describe('the records routes of the room server', () => {
  it('lists records and returns one record as JSON for the chair', async () => {
    const room = await roomWithRecords();
    const chair = room.server.tokens.chair;
    const list = await get(room, '/api/records?from=2026-04-01&to=2026-04-30', chair);
    expect(list.status).toBe(200);
    expect(list.headers['content-type']).toBe('application/json; charset=utf-8');
    const records = list.json().result!.records as { sessionId: string; title: string }[];
    expect(records.map((r) => r.title)).toEqual(['全县招商引资工作推进会', '全县教育工作调度会']);

    const one = await get(room, `/api/records/${encodeURIComponent(invest)}?lang=en`, chair);
    expect(one.status).toBe(200);
    expect(one.json().result).toMatchObject({ lang: 'en', title: 'Meeting record', record: { sessionId: invest } });
  });

  it('sends the record as a PDF and as a CSV with a UTF-8 file name', async () => {
    const room = await roomWithRecords();
    const chair = room.server.tokens.chair;
    const pdf = await get(room, `/api/records/${invest}.pdf?lang=zh-CN`, chair);
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(Number(pdf.headers['content-length'])).toBe(pdf.body.length);
    expect(pdf.headers['content-disposition']).toBe(
      `attachment; filename="meeting-record-2026-04-20-0900.pdf"; filename*=UTF-8''${encodeURIComponent('会议记录-全县招商引资工作推进会-2026-04-20.pdf')}`,
    );
    expect(pdf.headers['cache-control']).toBe('no-store');

    const csv = await get(room, `/api/records/${invest}.csv`, chair);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect([...csv.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(csv.body.toString('utf8'), { bom: true, relax_column_count: true }) as string[][];
    expect(rows[0]).toEqual(['会议概况']);
    expect(rows[1]).toEqual(['项目', '内容']);
    expect(decodeURIComponent(/filename\*=UTF-8''(.+)$/.exec(String(csv.headers['content-disposition']))![1]!)).toBe('会议记录-全县招商引资工作推进会-2026-04-20.csv');
  });

  it('sends the discipline report as JSON, PDF and CSV', async () => {
    const room = await roomWithRecords();
    const chair = room.server.tokens.chair;
    const json = await get(room, '/api/report?period=month&key=2026-04&lang=zh-CN', chair);
    expect(json.status).toBe(200);
    const result = json.json().result as { title: string; charts: { id: string }[]; report: { summary: { meetings: number } } };
    expect(result.title).toBe('2026年4月会风会纪情况统计');
    expect(result.report.summary.meetings).toBe(2);
    expect(result.charts.map((c) => c.id)).toEqual(['meetingsOverTime', 'durationHistogram', 'overtimeByOrganiser']);

    const pdf = await get(room, '/api/report.pdf?period=quarter&key=2026-Q2', chair);
    expect(pdf.status).toBe(200);
    expect(pdf.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('2026年第二季度会风会纪情况统计.pdf')}`);

    const csv = await get(room, '/api/report.csv?period=year&key=2026&lang=en', chair);
    expect(csv.status).toBe(200);
    expect(csv.body.toString('utf8').startsWith('\uFEFFSummary\r\n')).toBe(true);
    expect(csv.headers['content-disposition']).toContain('filename="discipline-report-2026.csv"');
  });

  it('is for the chair only: no token 401, the view token 403', async () => {
    const room = await roomWithRecords();
    expect((await get(room, '/api/records?from=2026-04-01&to=2026-04-30', null)).status).toBe(401);
    const viewer = await get(room, `/api/records/${invest}.pdf`, room.server.tokens.view);
    expect(viewer.status).toBe(403);
    expect(viewer.json()).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    // The token may also come as ?t= (a plain link), like the pages.
    expect((await get(room, `/api/report?period=month&key=2026-04&t=${room.server.tokens.chair}`, null)).status).toBe(200);
  });

  it('says what is wrong and where, with the right status', async () => {
    const room = await roomWithRecords();
    const chair = room.server.tokens.chair;
    const missing = await get(room, '/api/records?from=2026-04-01', chair);
    expect(missing.status).toBe(400);
    expect(missing.json().error).toMatchObject({ code: 'bad-request', path: 'args.to' });
    const badKey = await get(room, '/api/report?period=month&key=2026-4', chair);
    expect(badKey.status).toBe(400);
    expect(badKey.json().error?.message['zh-CN']).toContain('按月应为 2026-04');
    const badLang = await get(room, `/api/records/${invest}?lang=fr`, chair);
    expect(badLang.json().error).toMatchObject({ code: 'bad-request', path: 'args.lang' });
    const none = await get(room, '/api/records/no-such-session.pdf', chair);
    expect(none.status).toBe(404);
    expect(none.json().error).toMatchObject({ code: 'not-found', message: { en: 'No session no-such-session is stored.' } });
    expect((await get(room, '/api/records/a/b', chair)).status).toBe(404);
    expect((await get(room, '/api/records/%E0%A4%A', chair)).status).toBe(400);
    const post = await get(room, '/api/report?period=month&key=2026-04', chair, 'POST');
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe('GET, HEAD');
  });

  it('is not there when the server has no records service', async () => {
    const room = await startRoom();
    expect((await get(room, '/api/report?period=month&key=2026-04', room.server.tokens.chair)).status).toBe(404);
  });
});

describe('route helpers', () => {
  it('knows its paths and nothing else', () => {
    expect(['/api/records', '/api/records/x', '/api/records/x.pdf', '/api/report', '/api/report.pdf', '/api/report.csv'].every(isRecordsPath)).toBe(true);
    expect(['/api/recordsx', '/api/reports', '/api/report.json', '/api/snapshot'].some(isRecordsPath)).toBe(false);
  });

  it("encodes a file name as RFC 8187 wants (' ( ) * too)", () => {
    expect(contentDisposition("会议(1)'*.pdf", 'a.pdf')).toBe(`attachment; filename="a.pdf"; filename*=UTF-8''%E4%BC%9A%E8%AE%AE%281%29%27%2A.pdf`);
  });
});
