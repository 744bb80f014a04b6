/**
 * Screenshots of the records page at 1366×768 into screenshots/: the records list, a meeting
 * record (top and scrolled to its tables) and the discipline report (top and its tables), over a
 * database of April meetings held through the real MeetingService on a manual clock.
 *
 *   npx tsx scripts/screenshots-records.ts [--lang en]
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { openRecordsRoom } from '../test/e2e/records-harness';

const lang = process.argv.includes('--lang') && process.argv[process.argv.indexOf('--lang') + 1] === 'en' ? 'en' : 'zh-CN';
const repo = path.resolve(import.meta.dirname, '..');
const shots = path.join(repo, 'screenshots');
fs.mkdirSync(shots, { recursive: true });

const room = await openRecordsRoom({ busy: true });
const shot = async (page: Page, name: string, fullPage = false) => {
  const file = path.join(shots, `records-${name}-${lang}.png`);
  // A whole page is taken from the top, so the sticky header sits where it belongs.
  if (fullPage) await page.evaluate('window.scrollTo(0, 0)');
  // Let the web fonts finish and the charts redraw with them.
  await page.evaluate('document.fonts.ready.then(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))))');
  await page.screenshot({ path: file, fullPage });
  console.log(file);
};
const scrollTo = (page: Page, testId: string) => page.getByTestId(testId).evaluate((el) => el.scrollIntoView({ block: 'start' }));

try {
  const list = await room.open('', { lang });
  await list.getByTestId('records-table').waitFor();
  await shot(list, '01-list');
  await list.close();

  const record = await room.open(`#/record/${room.world.sessions['m-invest']}`, { lang });
  await record.getByTestId('record-title').waitFor();
  await shot(record, '02-record');
  await scrollTo(record, 'section-overview');
  await shot(record, '03-record-details');
  await shot(record, '04-record-full', true);
  await record.close();

  const report = await room.open('#/report/month/2026-04', { lang });
  await report.getByTestId('report-title').waitFor();
  await report.getByTestId('chart-meetingsOverTime').locator('canvas').first().waitFor();
  await shot(report, '05-report');
  await scrollTo(report, 'section-summary');
  await shot(report, '06-report-tables');
  await shot(report, '07-report-full', true);
  await report.close();

  const quarter = await room.open('#/report/quarter/2026-Q2', { lang });
  await quarter.getByTestId('report-title').waitFor();
  await quarter.getByTestId('chart-meetingsOverTime').locator('canvas').first().waitFor();
  await shot(quarter, '08-report-quarter');
  await quarter.close();
  if (room.consoleErrors.length > 0) console.error('console errors:', room.consoleErrors);
} finally {
  await room.close();
}
