import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRecordsRoom, type RecordsRoom } from './records-harness';

let room: RecordsRoom;

beforeAll(async () => {
  room = await openRecordsRoom();
});
afterAll(async () => {
  await room?.close();
});

// Strings, not functions: tsx's transform would add helpers the page does not have.
const ROW_TEXTS = (sel: string) =>
  `[...document.querySelectorAll(${JSON.stringify(sel)} + ' tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent.trim()))`;

describe('the records page in Chromium, served by the room server', () => {
  it('lists the month, opens the record and shows its figures', async () => {
    const page = await room.open();
    await page.getByTestId('records-table').waitFor();
    const rows = (await page.evaluate(ROW_TEXTS('[data-testid="records-table"]'))) as string[][];
    expect(rows.map((r) => [r[1], r[3], r[4]])).toEqual([
      ['全县招商引资工作推进会全县性会议', '50:30 / 2:00:00', '2 / 2'],
      ['全县教育工作调度会', '26:00 / 2:00:00', '2 / 0'],
    ]);
    await page.getByRole('button', { name: '查看记录：全县招商引资工作推进会' }).click();
    await page.getByTestId('record-title').waitFor();
    expect(page.url()).toContain(`#/record/${room.world.sessions['m-invest']}`);
    expect(await page.getByTestId('tile-length').textContent()).toContain('50:30');
    expect(await page.getByTestId('tile-overtime').textContent()).toContain('2 人次');
    const agenda = (await page.evaluate(ROW_TEXTS('[data-testid="agenda-table"]'))) as string[][];
    expect(agenda.map((r) => [r[3], r[6], r[7], r[8]])).toEqual([
      ['赵磊（县商务局）', '18:00', '—', '—'],
      ['陈华（县发改局）', '14:00', '+1:00', '5:00/5:00'],
      ['刘芳（县工信局）', '9:30', '+1:30', '—'],
      ['李明', '9:00', '—', '—'],
    ]);
    expect(await page.getByTestId('approval-facts').textContent()).toContain('理由：县长在省里开会，已电话同意');
    await page.close();
  });

  it('downloads the record as PDF and as CSV (with the UTF-8 BOM)', async () => {
    const page = await room.open(`#/record/${room.world.sessions['m-invest']}`);
    await page.getByTestId('record-title').waitFor();

    const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-pdf').click()]);
    expect(pdf.suggestedFilename()).toBe('会议记录-全县招商引资工作推进会-2026-04-20.pdf');
    const pdfBytes = fs.readFileSync(await pdf.path());
    expect(pdfBytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdfBytes.length).toBeGreaterThan(10_000);

    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
    expect(csv.suggestedFilename()).toBe('会议记录-全县招商引资工作推进会-2026-04-20.csv');
    const csvBytes = fs.readFileSync(await csv.path());
    expect([...csvBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(csvBytes.toString('utf8'), { bom: true, relax_column_count: true }) as string[][];
    expect(rows[0]).toEqual(['会议概况']);
    expect(rows.find((r) => r[3] === '刘芳')?.[9]).toBe('1.5');
    await page.getByTestId('notice').waitFor();
    await page.close();
  });

  it('draws the discipline report with its ECharts and exports it', async () => {
    const page = await room.open('#/report/month/2026-04');
    await page.getByTestId('report-title').waitFor();
    expect(await page.getByTestId('report-title').textContent()).toBe('2026年4月会风会纪情况统计');
    expect(await page.getByTestId('tile-meetings').textContent()).toBe('召开会议2 场');
    // Each chart is a canvas ECharts drew into, with real pixels.
    for (const id of ['meetingsOverTime', 'durationHistogram', 'overtimeByOrganiser']) {
      const canvas = page.getByTestId(`chart-${id}`).locator('canvas').first();
      await canvas.waitFor();
      const box = await canvas.boundingBox();
      expect(box!.width).toBeGreaterThan(200);
      expect(box!.height).toBeGreaterThan(200);
    }
    const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-pdf').click()]);
    expect(pdf.suggestedFilename()).toBe('2026年4月会风会纪情况统计.pdf');
    expect(fs.readFileSync(await pdf.path()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
    const text = fs.readFileSync(await csv.path()).toString('utf8');
    expect(text.startsWith('\uFEFF总体情况\r\n')).toBe(true);

    // Back to the list through the tab keeps the period.
    await page.getByTestId('tab-records').click();
    await page.getByTestId('records-table').waitFor();
    expect(page.url()).toContain('#/records/month/2026-04');
    await page.close();
  });

  it('works in English and leaves nothing in the console (no CSP violation)', async () => {
    const page = await room.open('#/report/quarter/2026-Q2', { lang: 'en' });
    await page.getByTestId('report-title').waitFor();
    expect(await page.getByTestId('report-title').textContent()).toBe('Meeting discipline report — Q2 2026');
    await page.getByTestId('chart-overtimeByOrganiser').locator('canvas').first().hover();
    await page.close();
    expect(room.consoleErrors).toEqual([]);
  });
});
