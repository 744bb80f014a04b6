import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { heldMeetings, type RecordsWorld } from '../../services/records-service/records-fixture';
import { renderRecords, settled } from './records-harness';

let world: RecordsWorld;
let invest: string;

beforeAll(async () => {
  world = await heldMeetings();
  invest = world.sessions['m-invest']!;
});
afterAll(() => world?.close());
afterEach(cleanup);

const rowTexts = (table: HTMLElement) => [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim()));

describe('the records list', () => {
  it('shows the month’s ended meetings with their figures, and opens one', async () => {
    const page = renderRecords(world);
    await settled(() => screen.getByTestId('records-table'));
    expect(screen.getByTestId('records-count').textContent).toBe('共 2 场');
    expect(screen.getByTestId('period-range').textContent).toBe('2026.04.01 至 2026.04.30');
    const rows = rowTexts(screen.getByTestId('records-table'));
    expect(rows).toEqual([
      ['4月20日 周一 09:00', '全县招商引资工作推进会全县性会议', '县商务局', '50:30 / 2:00:00', '2 / 2', '1 / 1', '2', '无会期召开强制开会发言超时 2 人次'],
      ['4月8日 周三 09:00', '全县教育工作调度会', '县教育局', '26:00 / 2:00:00', '2 / 0', '0 / 0', '0', '符合规定'],
    ]);
    fireEvent.click(screen.getByRole('button', { name: '查看记录：全县招商引资工作推进会' }));
    await settled(() => screen.getByTestId('record-title'));
    expect(page.hashes.at(-1)).toBe(`#/record/${encodeURIComponent(invest)}`);
  });

  it('moves to another month and says when nothing ended in it', async () => {
    renderRecords(world);
    await settled(() => screen.getByTestId('records-table'));
    fireEvent.click(screen.getByRole('button', { name: '上一期' }));
    await settled(() => screen.getByTestId('records-empty'));
    expect(screen.getByTestId('records-empty').textContent).toBe('这一期没有已结束的会议。');
    // March → its quarter, January to March: still nothing.
    fireEvent.click(screen.getByTestId('period-quarter'));
    await settled(() => expect(screen.getByTestId('period-range').textContent).toBe('2026.01.01 至 2026.03.31'));
    expect(screen.getByTestId('records-empty')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '下一期' }));
    await settled(() => screen.getByTestId('records-table'));
    expect(screen.getByTestId('records-count').textContent).toBe('共 3 场');
  });
});

describe('the meeting record', () => {
  it('shows planned against actual, overtime per speaker, extensions, messages, the override and the findings', async () => {
    renderRecords(world, { hash: `#/record/${invest}` });
    await settled(() => screen.getByTestId('record-title'));
    expect(screen.getByTestId('record-title').textContent).toBe('全县招商引资工作推进会');
    const tile = (id: string) => screen.getByTestId(`tile-${id}`);
    expect(within(tile('length')).getByText('50:30')).toBeTruthy();
    expect(tile('length').textContent).toContain('计划 1:30:00 · 上限 2:00:00');
    expect(tile('length').dataset.tone).toBe('good');
    expect(tile('overtime').textContent).toBe('发言超时2 人次共 2 人次发言 · 各项合计超时2分30秒');
    expect(tile('overtime').dataset.tone).toBe('bad');
    expect(tile('extensions').textContent).toContain('申明 1 · 使用 1');
    expect(tile('messages').textContent).toContain('2 条');
    expect(tile('approval').textContent).toContain('强制开会');
    expect(tile('approval').textContent).toContain('县长在省里开会，已电话同意');
    expect(tile('no-meeting').textContent).toContain('下半月召开');

    const agenda = screen.getByTestId('agenda-table');
    const rows = [...agenda.querySelectorAll('tbody tr')] as HTMLElement[];
    expect(rows.map((r) => r.dataset.tone)).toEqual(['normal', 'alert', 'alert', 'normal']);
    expect(rowTexts(agenda).map((r) => [r[3], r[4], r[6], r[7], r[8]])).toEqual([
      ['赵磊（县商务局）', '20:00', '18:00', '—', '—'],
      ['陈华（县发改局）', '8:00', '14:00', '+1:00', '5:00/5:00'],
      ['刘芳（县工信局）', '8:00', '9:30', '+1:30', '—'],
      ['李明', '10:00', '9:00', '—', '—'],
    ]);
    // Overtime is a red chip, the extension a blue one.
    expect(rows[1]!.querySelector('td[data-col="overtime"] .rc-chip-bad')?.textContent).toBe('+1:00');
    expect(rows[1]!.querySelector('td[data-col="extension"] .rc-chip-ext')?.textContent).toBe('5:00/5:00');
    expect(agenda.querySelector('tfoot')?.textContent).toContain('50:30');

    expect(rowTexts(screen.getByTestId('messages-table'))).toEqual([
      ['09:30:30', '请抓紧时间', '重点项目签约落地情况（陈华）'],
      ['09:41', '请围绕主题发言', '工业园区承接产业转移情况（刘芳）'],
    ]);
    const approvals = screen.getByTestId('approval-facts');
    expect(approvals.textContent).toContain('县委书记（王书记），2026年4月17日（星期五）10:00，文号：县委〔2026〕12号');
    expect(approvals.textContent).toContain('理由：县长在省里开会，已电话同意');
    expect(screen.getByTestId('record-facts').textContent).toContain('会议用时50分30秒');
    expect(screen.getByTestId('findings-table').textContent).toContain('无会期');
  });

  it('exports the record as PDF and CSV', async () => {
    const page = renderRecords(world, { hash: `#/record/${invest}` });
    await settled(() => screen.getByTestId('record-title'));
    fireEvent.click(screen.getByTestId('export-pdf'));
    await settled(() => expect(page.saved).toHaveLength(1));
    fireEvent.click(screen.getByTestId('export-csv'));
    await settled(() => expect(page.saved).toHaveLength(2));
    const [pdf, csv] = page.saved;
    expect(pdf!.fileName).toBe('会议记录-全县招商引资工作推进会-2026-04-20.pdf');
    expect(pdf!.mimeType).toBe('application/pdf');
    expect(String.fromCharCode(...pdf!.bytes.subarray(0, 5))).toBe('%PDF-');
    expect(csv!.fileName).toBe('会议记录-全县招商引资工作推进会-2026-04-20.csv');
    expect([...csv!.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(screen.getByTestId('notice').textContent).toContain('已导出 会议记录-全县招商引资工作推进会-2026-04-20.csv');
  });

  it('follows the language', async () => {
    const page = renderRecords(world, { hash: `#/record/${invest}` });
    await settled(() => screen.getByTestId('record-title'));
    act(() => page.services.ui.getState().setLang('en'));
    await settled(() => expect(screen.getByTestId('section-agenda').querySelector('h2')?.textContent).toBe('Agenda as run'));
    expect(screen.getByTestId('tile-overtime').textContent).toBe('Speeches over time2 of 2All items 2 min 30 s over in total');
    expect(screen.getByTestId('export-pdf').textContent).toBe('Export PDF');
    expect(screen.getByTestId('agenda-table').querySelector('thead')?.textContent).toContain('Over');
  });

  it('says clearly when a record cannot be found', async () => {
    renderRecords(world, { hash: '#/record/no-such-session' });
    await settled(() => screen.getByTestId('load-error'));
    expect(screen.getByTestId('load-error').textContent).toContain('找不到会议记录（会话）no-such-session。');
    expect((screen.getByTestId('export-pdf') as HTMLButtonElement).disabled).toBe(true);
  });
});

describe('the discipline report', () => {
  it('shows the summary figures, the charts and the tables for the month', async () => {
    const page = renderRecords(world, { hash: '#/report/month/2026-04' });
    await settled(() => screen.getByTestId('report-title'));
    expect(screen.getByTestId('report-title').textContent).toBe('2026年4月会风会纪情况统计');
    const tile = (id: string) => screen.getByTestId(`tile-${id}`).textContent;
    expect(tile('meetings')).toBe('召开会议2 场');
    expect(tile('hours')).toBe('会议总时长1.3 小时');
    expect(tile('average')).toBe('平均时长38:15最长 50:30');
    expect(tile('within-cap')).toBe('未超时长上限100.0%2 / 2 场，不含不限时会议');
    expect(tile('overtime')).toBe('发言超时50.0%2 / 4 人次');
    expect(tile('no-meeting')).toBe('无会期召开1 场');
    expect(tile('overrides')).toBe('强制开会1 场');

    // Three ECharts, drawn with the screen's tweaks; their numbers also as tables.
    expect(page.charts.drawn.size).toBe(3);
    for (const option of page.charts.drawn.values()) {
      expect(option).toMatchObject({ backgroundColor: 'transparent', animation: false, title: { show: false }, tooltip: { renderMode: 'richText' } });
    }
    const weekly = screen.getByTestId('chart-meetingsOverTime');
    expect(weekly.querySelector('figcaption')?.textContent).toBe('每周会议数');
    expect(rowTexts(within(weekly).getByTestId('chart-meetingsOverTime-data'))).toEqual([
      ['0', '0', '0'],
      ['1', '0', '0'],
      ['0', '0', '0'],
      ['1', '0', '0'],
      ['0', '0', '0'],
    ]);
    expect(within(screen.getByTestId('chart-overtimeByOrganiser')).getByTestId('chart-overtimeByOrganiser-data').textContent).toContain('县商务局');

    expect(rowTexts(screen.getByTestId('organisers-table')).map((r) => r[0])).toEqual(['县教育局', '县商务局']);
    expect(screen.getByTestId('organisers-table').querySelector('tfoot')?.textContent).toContain('合计');
    expect(rowTexts(screen.getByTestId('no-meeting-table'))[0]?.[3]).toBe('主持人强制开会，理由：县长在省里开会，已电话同意');
    expect(rowTexts(screen.getByTestId('overrides-table'))[0]?.[3]).toBe('县长在省里开会，已电话同意');
    expect(rowTexts(screen.getByTestId('meetings-table')).map((r) => r[1])).toEqual(['全县教育工作调度会', '全县招商引资工作推进会']);

    // A meeting of the list opens its record.
    fireEvent.click(screen.getByRole('button', { name: '查看记录：全县招商引资工作推进会' }));
    await settled(() => screen.getByTestId('record-title'));
    expect(page.hashes.at(-1)).toBe(`#/record/${encodeURIComponent(invest)}`);
  });

  it('changes period: a quarter, then a year', async () => {
    const page = renderRecords(world, { hash: '#/report/month/2026-04' });
    await settled(() => screen.getByTestId('report-title'));
    fireEvent.click(screen.getByTestId('period-quarter'));
    await settled(() => expect(screen.getByTestId('report-title').textContent).toBe('2026年第二季度会风会纪情况统计'));
    expect(screen.getByTestId('tile-meetings').textContent).toBe('召开会议3 场');
    expect(page.hashes.at(-1)).toBe('#/report/quarter/2026-Q2');
    fireEvent.click(screen.getByTestId('period-year'));
    await settled(() => expect(screen.getByTestId('report-title').textContent).toBe('2026年会风会纪情况统计'));
    // A year counts by month.
    const monthly = screen.getByTestId('chart-meetingsOverTime');
    expect(monthly.querySelector('figcaption')?.textContent).toBe('每月会议数');
  });

  it('exports the report', async () => {
    const page = renderRecords(world, { hash: '#/report/month/2026-04' });
    await settled(() => screen.getByTestId('report-title'));
    fireEvent.click(screen.getByTestId('export-csv'));
    await settled(() => expect(page.saved).toHaveLength(1));
    expect(page.saved[0]!.fileName).toBe('2026年4月会风会纪情况统计.csv');
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(page.saved[0]!.bytes).startsWith('\uFEFF总体情况')).toBe(true);
  });
});
