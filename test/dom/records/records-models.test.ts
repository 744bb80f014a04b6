import { describe, expect, it } from 'vitest';
import { createHttpRecordsApi, fileNameFrom, RecordsApiError } from '../../../renderer/src/records/api/records-api';
import { categoryLabels, chartTable, screenOption } from '../../../renderer/src/records/charts/chart-renderer';
import { convertKey, keyForDate, periodDates, shiftKey } from '../../../renderer/src/records/shared/period';
import { formatHash, parseHash } from '../../../renderer/src/records/state/route';

const fallback = { period: 'month' as const, key: '2026-04' };

describe('period keys', () => {
  it('step across year ends and convert between kinds', () => {
    expect(shiftKey('month', '2026-01', -1)).toBe('2025-12');
    expect(shiftKey('month', '2025-12', 1)).toBe('2026-01');
    expect(shiftKey('quarter', '2026-Q1', -1)).toBe('2025-Q4');
    expect(shiftKey('year', '2026', 1)).toBe('2027');
    expect(convertKey('month', '2026-08', 'quarter')).toBe('2026-Q3');
    expect(convertKey('quarter', '2026-Q3', 'month')).toBe('2026-07');
    expect(convertKey('month', '2026-08', 'year')).toBe('2026');
    expect(keyForDate('quarter', '2026-04-28')).toBe('2026-Q2');
    expect(periodDates('month', '2026-02')).toEqual({ first: '2026-02-01', last: '2026-02-28' });
    expect(periodDates('quarter', '2026-Q4')).toEqual({ first: '2026-10-01', last: '2026-12-31' });
  });
});

describe('the page address', () => {
  it('round-trips every screen and ignores what it does not understand', () => {
    for (const route of [
      { view: 'records' as const, sessionId: null, period: 'quarter' as const, key: '2026-Q2' },
      { view: 'report' as const, sessionId: null, period: 'year' as const, key: '2025' },
    ]) {
      expect(parseHash(formatHash(route), fallback)).toEqual(route);
    }
    expect(parseHash(formatHash({ view: 'record', sessionId: 'a/b c', ...fallback }), fallback)).toEqual({ view: 'record', sessionId: 'a/b c', ...fallback });
    expect(parseHash('', fallback)).toEqual({ view: 'records', sessionId: null, ...fallback });
    expect(parseHash('#/report/month/2026-13', fallback)).toEqual({ view: 'report', sessionId: null, ...fallback });
    expect(parseHash('#/record/%E0%A4%A', fallback).view).toBe('records');
  });
});

describe('the HTTP client', () => {
  it('reads the UTF-8 file name of a download', () => {
    expect(fileNameFrom(`attachment; filename="a.pdf"; filename*=UTF-8''${encodeURIComponent('会议记录.pdf')}`, 'x')).toBe('会议记录.pdf');
    expect(fileNameFrom('attachment; filename="a.pdf"', 'x')).toBe('a.pdf');
    expect(fileNameFrom(null, 'x')).toBe('x');
  });

  it('sends the chair token as a bearer header and turns refusals into RecordsApiError', async () => {
    const calls: { url: string; auth: string | null }[] = [];
    const fetchImpl = (async (url: string, init?: RequestInit) => {
      calls.push({ url, auth: new Headers(init?.headers).get('Authorization') });
      if (url.startsWith('/api/report.pdf')) {
        return new Response(new Uint8Array([0x25, 0x50, 0x44, 0x46]), {
          headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': `attachment; filename="r.pdf"; filename*=UTF-8''${encodeURIComponent('统计.pdf')}` },
        });
      }
      return new Response(JSON.stringify({ ok: false, error: { code: 'not-found', message: { 'zh-CN': '找不到', en: 'Not found' } } }), { status: 404 });
    }) as typeof fetch;
    const api = createHttpRecordsApi('tok', fetchImpl);
    const file = await api.exportFile({ what: 'report', period: 'month', key: '2026-04', format: 'pdf', lang: 'zh-CN' });
    expect(file).toEqual({ fileName: '统计.pdf', mimeType: 'application/pdf', bytes: new Uint8Array([0x25, 0x50, 0x44, 0x46]) });
    const failure = await api.getRecord('s 1', 'en').catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(RecordsApiError);
    expect((failure as RecordsApiError).body).toMatchObject({ code: 'not-found', message: { 'zh-CN': '找不到' } });
    expect(calls).toEqual([
      { url: '/api/report.pdf?period=month&key=2026-04&lang=zh-CN', auth: 'Bearer tok' },
      { url: '/api/records/s%201?lang=en', auth: 'Bearer tok' },
    ]);
  });

  it('says the server cannot be reached when the network fails', async () => {
    const api = createHttpRecordsApi('tok', (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch);
    await expect(api.listRecords('2026-04-01', '2026-04-30')).rejects.toMatchObject({ body: { message: { 'zh-CN': '无法连接服务器：Failed to fetch' } } });
  });
});

describe('chart options for the screen', () => {
  it('keep labels level while they fit and slant them when they would collide', () => {
    expect(categoryLabels(['3月30日起', '4月6日起', '4月13日起', '4月20日起', '4月27日起'])).toEqual({ interval: 0, rotate: 0 });
    expect(categoryLabels(['县商务局', '县教育局', '县农业农村局', '县水利局', '县委办公室', '县应急管理局', '县政府办公室'])).toMatchObject({ rotate: 45, interval: 0 });
    const weeks = Array.from({ length: 27 }, (_, i) => `第${i + 1}周起`);
    expect(categoryLabels(weeks)).toMatchObject({ rotate: 45, interval: 'auto', overflow: 'truncate' });
  });

  it('keep the data and hide what the card already shows', () => {
    const option = {
      title: { text: '每周会议数' },
      tooltip: { trigger: 'axis' as const },
      grid: { top: 48, containLabel: true },
      xAxis: { type: 'category' as const, data: ['a', 'b'], axisLabel: { interval: 0 } },
      yAxis: { type: 'value' as const, name: '场' },
      series: [{ type: 'bar' as const, name: '未超时', data: [1, 2] }],
    };
    const shown = screenOption(option);
    expect(shown).toMatchObject({ title: { show: false, text: '每周会议数' }, tooltip: { renderMode: 'richText', trigger: 'axis' }, grid: { top: 34, containLabel: true } });
    expect(chartTable(shown)).toEqual({ categories: ['a', 'b'], unit: '场', series: [{ name: '未超时', values: [1, 2] }] });
  });
});
