/**
 * Renders sample meeting-record and discipline-report exports into test-output/records/
 * (git-ignored): the PDFs, their pages as PNG (pdftoppm, from poppler-utils) and the CSVs, so
 * a person can look at what an office will print. `npx tsx scripts/render-pdf-samples.ts`
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { buildDisciplineReport, reportRange } from '../electron/core/records';
import { disciplineReportCsv, meetingRecordCsv } from '../electron/services/csv';
import { disciplineReportPdf, meetingRecordPdf } from '../electron/services/records';
import { runEconMeeting } from '../test/core/records/econ-meeting';
import { generateMonth } from '../test/core/records/month-fixture';
import { TZ } from '../test/core/records/record-fixtures';

const out = path.resolve('test-output', 'records');
fs.mkdirSync(out, { recursive: true });

async function main(): Promise<void> {
  const econ = runEconMeeting();
  const record = econ.sim.record({ policyVersion: 3, sessionId: 'sample' });
  const { records } = generateMonth();
  const april = reportRange('month', '2026-04', TZ);
  const report = buildDisciplineReport(records, { from: april.from, to: april.to, period: 'month', timeZone: TZ });
  const createdAt = Date.UTC(2026, 4, 1, 1, 0);

  const files: [string, Uint8Array | string][] = [
    ['record-zh.pdf', await meetingRecordPdf(record, { lang: 'zh-CN', createdAt })],
    ['record-en.pdf', await meetingRecordPdf(record, { lang: 'en', createdAt })],
    ['report-zh.pdf', await disciplineReportPdf(report, { lang: 'zh-CN', createdAt })],
    ['report-en.pdf', await disciplineReportPdf(report, { lang: 'en', createdAt })],
    ['record-zh.csv', meetingRecordCsv(record, 'zh-CN')],
    ['report-zh.csv', disciplineReportCsv(report, 'zh-CN')],
  ];
  for (const [name, data] of files) {
    const file = path.join(out, name);
    fs.writeFileSync(file, data);
    if (name.endsWith('.pdf')) {
      execFileSync('pdftoppm', ['-png', '-r', '80', file, file.replace(/\.pdf$/, '')]);
    }
  }
  for (const f of fs.readdirSync(out).sort()) console.log(path.join(out, f), fs.statSync(path.join(out, f)).size);
}

void main();
