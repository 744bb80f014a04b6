import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isRecordsError } from '../../../electron/services/records';
import {
  createRecordsService,
  dispatchRecords,
  RecordsRequestError,
  type RecordsReply,
  type RecordsService,
} from '../../../electron/services/records-service';
import { heldMeetings, MIN, SEC, type RecordsWorld } from './records-fixture';

const read = (text: string): string[][] => parse(text, { bom: true, relax_column_count: true, skip_empty_lines: false }) as string[][];
const ok = (reply: RecordsReply) => {
  if (!reply.ok) throw new Error(`refused: ${reply.error.code} ${reply.error.message.en}`);
  return reply.result as Record<string, unknown>;
};

let world: RecordsWorld;
let service: RecordsService;
let invest: string;
let edu: string;

beforeAll(async () => {
  world = await heldMeetings();
  service = createRecordsService({ store: world.store, now: world.now });
  invest = world.sessions['m-invest']!;
  edu = world.sessions['m-edu']!;
});
afterAll(() => world?.close());

describe('the records list', () => {
  it('lists April’s ended meetings newest first with their headline figures', () => {
    const list = service.listRecords({ from: '2026-04-01', to: '2026-04-30' });
    expect(list).toMatchObject({ from: '2026-04-01', to: '2026-04-30', timeZone: 'Asia/Shanghai', broken: [] });
    expect(list.records.map((r) => r.meetingId)).toEqual(['m-invest', 'm-edu']);
    const [a, b] = list.records;
    expect(a).toEqual({
      sessionId: invest,
      meetingId: 'm-invest',
      title: '全县招商引资工作推进会',
      kind: 'working',
      countyWide: true,
      organiser: '县商务局',
      plannedStart: Date.parse('2026-04-20T09:00:00+08:00'),
      startedAt: Date.parse('2026-04-20T09:00:00+08:00'),
      endedAt: Date.parse('2026-04-20T09:50:30+08:00'),
      elapsedMs: 50 * MIN + 30 * SEC,
      plannedMs: 90 * MIN,
      capMs: 120 * MIN,
      withinCap: true,
      overCapMs: 0,
      speeches: 2,
      overtimeSpeeches: 2,
      overtimeMs: 2 * MIN + 30 * SEC,
      extensionsDeclared: 1,
      extensionsGranted: 1,
      messages: 2,
      inNoMeetingPeriod: true,
      overridden: true,
      errors: 2,
    });
    // The remarks ran 0:30 over: an item over time, not a speech over time.
    expect(b).toMatchObject({ sessionId: edu, elapsedMs: 26 * MIN, speeches: 2, overtimeSpeeches: 0, overtimeMs: 30 * SEC, inNoMeetingPeriod: false, overridden: false });
  });

  it('leaves out meetings never held and those outside the dates; a single day works', () => {
    expect(service.listRecords({ from: '2026-04-21', to: '2026-04-30' }).records).toEqual([]);
    expect(service.listRecords({ from: '2026-04-20', to: '2026-04-20' }).records.map((r) => r.meetingId)).toEqual(['m-invest']);
    expect(service.listRecords({ from: '2026-05-01', to: '2026-05-31' }).records.map((r) => r.meetingId)).toEqual(['m-may']);
  });

  it('says which date is wrong', () => {
    expect(() => service.listRecords({ from: '2026-04-31', to: '2026-05-01' })).toThrow(RecordsRequestError);
    expect(() => service.listRecords({ from: '2026-05-01', to: '2026-04-01' })).toThrow(/the end date 2026-04-01 is before the start date/);
    expect(() => service.listRecords({ from: '2024-01-01', to: '2026-01-01' })).toThrow(/at most 400 days/);
  });
});

describe('one meeting’s record', () => {
  it('has planned against actual for every item, overtime, extensions, messages, the override and the findings', () => {
    const view = service.getRecord(invest);
    expect(view.title).toBe('会议记录');
    expect(view.subtitle).toBe('2026年4月20日（星期一） · 县商务局');
    expect(view.record.meetingId).toBe('m-invest');
    const fact = (label: string) => view.facts.find((f) => f.label === label);
    expect(fact('会议用时')).toMatchObject({ value: '50分30秒', tone: 'normal' });
    expect(fact('较计划')?.value).toBe('提前39分30秒结束');
    expect(fact('发言')).toMatchObject({ value: '发言、汇报2人次，超时2人次，各项合计超时2分30秒', tone: 'alert' });
    expect(fact('延时')?.value).toBe('事先申明1人次，批准使用1人次，实际用去5分钟');
    expect(view.agenda.rows.map((r) => [r.cells[3], r.cells[4], r.cells[6], r.cells[7], r.cells[8], r.tone])).toEqual([
      ['赵磊（县商务局）', '20:00', '18:00', '—', '—', 'normal'],
      ['陈华（县发改局）', '8:00', '14:00', '+1:00', '5:00/5:00', 'alert'],
      ['刘芳（县工信局）', '8:00', '9:30', '+1:30', '—', 'alert'],
      ['李明', '10:00', '9:00', '—', '—', 'normal'],
    ]);
    expect(view.agenda.footer).toEqual(['', '合计', '', '', '46:00', '', '50:30', '+2:30', '5:00', '']);
    expect(view.messages.rows.map((r) => r.cells)).toEqual([
      ['09:30:30', '请抓紧时间', '重点项目签约落地情况（陈华）'],
      ['09:41', '请围绕主题发言', '工业园区承接产业转移情况（刘芳）'],
    ]);
    expect(view.approvals.find((f) => f.label === '强制开会')?.value).toContain('理由：县长在省里开会，已电话同意');
    expect(view.findings.rows.map((r) => r.tone)).toContain('alert');
    expect(view.notes.at(-1)).toMatch(/^本记录依据会议计时事件日志（共\d+条）自动生成。$/);
  });

  it('speaks English when asked', () => {
    const view = service.getRecord(invest, 'en');
    expect(view.title).toBe('Meeting record');
    expect(view.agenda.columns.map((c) => c.label)).toContain('Over');
    expect(view.facts.find((f) => f.label === 'Length')?.value).toBe('50 min 30 s');
  });

  it('exports a PDF and a CSV with a Chinese file name and an ASCII fallback', async () => {
    const pdf = await service.recordPdf(invest);
    expect(pdf).toMatchObject({ fileName: '会议记录-全县招商引资工作推进会-2026-04-20.pdf', asciiName: 'meeting-record-2026-04-20-0900.pdf', mimeType: 'application/pdf' });
    expect(Buffer.from(pdf.bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');

    const csv = service.recordCsv(invest);
    expect(csv).toMatchObject({ fileName: '会议记录-全县招商引资工作推进会-2026-04-20.csv', mimeType: 'text/csv; charset=utf-8' });
    expect(csv.text.startsWith('\uFEFF')).toBe(true);
    const rows = read(csv.text);
    expect(rows[0]).toEqual(['会议概况']);
    const agendaAt = rows.findIndex((r) => r[0] === '议程执行情况');
    const chen = rows.slice(agendaAt).find((r) => r[3] === '陈华')!;
    // 实际用时 14, 超时 1, 申明 5, 批准 5, 已用 5 (minutes, numbers Excel can add up).
    expect([chen[8], chen[9], chen[10], chen[11], chen[12]]).toEqual(['14', '1', '5', '5', '5']);
  });

  it('says clearly that a session does not exist', () => {
    let error: unknown;
    try {
      service.getRecord('no-such-session');
    } catch (e) {
      error = e;
    }
    expect(isRecordsError(error)).toBe(true);
    expect(error).toMatchObject({ code: 'session-not-found' });
  });
});

describe('the discipline report', () => {
  it('counts April’s held meetings (not the cancelled one, not May’s) with tables and chart options', () => {
    const view = service.report('month', '2026-04');
    expect(view.title).toBe('2026年4月会风会纪情况统计');
    expect(view.period).toEqual({ period: 'month', key: '2026-04', label: '2026年4月', firstDate: '2026-04-01', lastDate: '2026-04-30' });
    expect(view.report.summary).toMatchObject({
      meetings: 2,
      unfinished: 0,
      totalMs: 76 * MIN + 30 * SEC,
      cappedMeetings: 2,
      withinCap: 2,
      speeches: 4,
      overtimeSpeeches: 2,
      overtimeShare: 0.5,
      overtimeMs: 2 * MIN + 30 * SEC,
      extensionsDeclared: 1,
      extensionsGranted: 1,
      extensionUsedMs: 5 * MIN,
      noMeetingPeriod: 1,
      overrides: 1,
    });
    expect(view.summary.find((f) => f.label === '召开会议')?.value).toBe('2场');
    // One meeting each: by name, in pinyin order (教 jiào before 商 shāng).
    expect(view.organisers.rows.map((r) => r.cells[0])).toEqual(['县教育局', '县商务局']);
    expect(view.organisers.footer?.[0]).toBe('合计');
    expect(view.meetings.rows).toHaveLength(2);
    expect(view.noMeetingPeriod.rows.map((r) => r.cells[1])).toEqual(['全县招商引资工作推进会']);
    expect(view.overrides.rows.map((r) => r.cells.at(-1))).toEqual(['县长在省里开会，已电话同意']);
    expect(view.charts.map((c) => c.id)).toEqual(['meetingsOverTime', 'durationHistogram', 'overtimeByOrganiser']);
    const weekly = view.charts[0]!.option as { series: { id: string; data: number[] }[] };
    expect(weekly.series.find((s) => s.id === 'within-cap')?.data).toEqual([0, 1, 0, 1, 0]);
    // Plain data: it survives JSON (IPC, HTTP) unchanged.
    expect(JSON.parse(JSON.stringify(view.charts))).toEqual(view.charts);
  });

  it('works for a quarter and a year, and refuses a key that is not one', () => {
    expect(service.report('quarter', '2026-Q2').report.summary.meetings).toBe(3);
    expect(service.report('year', '2026', 'en').period.label).toBe('2026');
    expect(() => service.report('month', '2026-13')).toThrow(RecordsRequestError);
  });

  it('exports the report as PDF and CSV', async () => {
    const pdf = await service.reportPdf('month', '2026-04');
    expect(pdf.fileName).toBe('2026年4月会风会纪情况统计.pdf');
    expect(pdf.asciiName).toBe('discipline-report-2026-04.pdf');
    expect(Buffer.from(pdf.bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    const csv = service.reportCsv('quarter', '2026-Q2', 'en');
    expect(csv.fileName).toBe('Meeting discipline report - Q2 2026.csv');
    expect(csv.text.startsWith('\uFEFF')).toBe(true);
    expect(read(csv.text)[0]).toEqual(['Summary']);
  });
});

describe('the { op, args } dispatcher both transports use', () => {
  it('runs ops, PDFs as base64', async () => {
    const list = ok(await dispatchRecords(service, { op: 'listRecords', args: { from: '2026-04-01', to: '2026-04-30' } }));
    expect((list.records as unknown[]).length).toBe(2);
    const pdf = ok(await dispatchRecords(service, { op: 'recordPdf', args: { sessionId: invest, lang: 'en' } }));
    expect(pdf.fileName).toBe('Meeting record-全县招商引资工作推进会-2026-04-20.pdf');
    expect(Buffer.from(pdf.base64 as string, 'base64').subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const csv = ok(await dispatchRecords(service, { op: 'reportCsv', args: { period: 'month', key: '2026-04' } }));
    expect((csv.text as string).startsWith('\uFEFF总体情况\r\n')).toBe(true);
  });

  it('answers bad requests with what is wrong and where, never a stack', async () => {
    expect(await dispatchRecords(service, 'x')).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(await dispatchRecords(service, { op: 'drop' })).toMatchObject({ ok: false, error: { code: 'unknown-op', path: 'op' } });
    expect(await dispatchRecords(service, { op: 'toString' })).toMatchObject({ ok: false, error: { code: 'unknown-op' } });
    expect(await dispatchRecords(service, { op: 'report', args: { period: 'week', key: '2026-04' } })).toMatchObject({
      ok: false,
      error: { code: 'bad-request', path: 'args.period' },
    });
    expect(await dispatchRecords(service, { op: 'report', args: { period: 'month', key: '2026-4' } })).toMatchObject({
      ok: false,
      error: { code: 'bad-request', path: 'args.key', message: { en: expect.stringMatching(/a month is written 2026-04/) } },
    });
    expect(await dispatchRecords(service, { op: 'getRecord', args: { sessionId: 'nope' } })).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: { 'zh-CN': '找不到会议记录（会话）nope。' } },
    });
    expect(await dispatchRecords(service, { op: 'listRecords', args: { from: '2026-04-01', to: '2026-04-30', extra: 1 } })).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
  });
});

describe('a session whose log cannot be read', () => {
  it('is listed as broken rather than hiding the others or failing the list', () => {
    const { store } = world;
    store.upsertMeeting({ ...store.getMeeting('m-cancelled')!.meeting, start: '2026-04-27T09:00' });
    store.createSession({ meetingId: 'm-cancelled', id: 'bad-log', startedAt: Date.parse('2026-04-27T09:00:00+08:00') });
    store.appendEvents('bad-log', [{ seq: 1, at: Date.parse('2026-04-27T09:00:00+08:00'), type: 'command', command: { type: 'fly' } }]);
    const list = service.listRecords({ from: '2026-04-01', to: '2026-04-30' });
    expect(list.records).toHaveLength(2);
    expect(list.broken).toEqual([
      {
        sessionId: 'bad-log',
        meetingId: 'm-cancelled',
        title: '全县春耕生产工作会',
        startedAt: Date.parse('2026-04-27T09:00:00+08:00'),
        problem: { 'zh-CN': expect.stringContaining('无法读取'), en: expect.stringContaining('cannot be read') },
      },
    ]);
  });
});
