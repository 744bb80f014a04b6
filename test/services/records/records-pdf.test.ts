import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { buildDisciplineReport, reportRange } from '../../../electron/core/records';
import { A4 } from '../../../electron/services/pdf';
import { disciplineReportPdf, meetingRecordPdf, pdfChart } from '../../../electron/services/records';
import { runEconMeeting } from '../../core/records/econ-meeting';
import { generateMonth } from '../../core/records/month-fixture';
import { TZ } from '../../core/records/record-fixtures';

const hasPoppler = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/** Text as poppler extracts it, spaces removed (poppler spaces CJK text as it likes). */
function pdfText(bytes: Uint8Array): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duanhui-pdf-'));
  try {
    fs.writeFileSync(path.join(dir, 'x.pdf'), bytes);
    return execFileSync('pdftotext', [path.join(dir, 'x.pdf'), '-'], { encoding: 'utf8' }).replace(/[ \t]+/g, '');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const createdAt = Date.UTC(2026, 4, 1, 1);

describe('the meeting record PDF', () => {
  const record = runEconMeeting().sim.record({ policyVersion: 3 });

  it('is an A4 document titled after the meeting', async () => {
    const bytes = await meetingRecordPdf(record, { createdAt });
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(doc.getPageCount()).toBe(2);
    for (const p of doc.getPages()) expect([p.getWidth(), p.getHeight()]).toEqual(A4);
    expect(doc.getTitle()).toBe('会议记录 — 全县一季度经济形势分析会');
    expect(doc.getCreationDate()?.getTime()).toBe(createdAt);
    expect(bytes.length).toBeLessThan(200_000);
  });

  it.skipIf(!hasPoppler)('carries the record’s facts, figures, messages, override and findings as text', async () => {
    const text = pdfText(await meetingRecordPdf(record, { createdAt }));
    for (const s of [
      '会议记录',
      '一、会议概况',
      '56分40秒（不含休会15分钟）',
      '一季度经济运行情况',
      '张三（县发改局）',
      '12:30',
      '+1:30',
      '5:00/3:00',
      '合计',
      '请抓紧时间',
      '县长在省里开会，已电话同意',
      '下半月（16日起）为无会期',
      '第1页共2页',
    ]) {
      expect(text).toContain(s);
    }
  });

  it.skipIf(!hasPoppler)('is complete in English', async () => {
    const text = pdfText(await meetingRecordPdf(record, { lang: 'en', createdAt }));
    for (const s of ['Meetingrecord', 'Agendaasrun', 'Chairmessages', 'Page1of2']) expect(text).toContain(s);
  });
});

describe('the discipline report PDF', () => {
  const { records } = generateMonth();
  const april = reportRange('month', '2026-04', TZ);
  const report = buildDisciplineReport(records, { from: april.from, to: april.to, period: 'month', timeZone: TZ });

  it('is an A4 document of a few pages', async () => {
    const doc = await PDFDocument.load(await disciplineReportPdf(report, { createdAt }), { updateMetadata: false });
    expect(doc.getPageCount()).toBeGreaterThanOrEqual(2);
    expect(doc.getPageCount()).toBeLessThanOrEqual(5);
    for (const p of doc.getPages()) expect([p.getWidth(), p.getHeight()]).toEqual(A4);
    expect(doc.getTitle()).toBe('2026年4月会风会纪情况统计');
  });

  it.skipIf(!hasPoppler)('has the figures, the charts’ titles and every meeting', async () => {
    const text = pdfText(await disciplineReportPdf(report, { createdAt }));
    for (const s of ['2026年4月会风会纪情况统计', '一、总体情况', `${report.summary.meetings}场`, '每周会议数', '会议时长分布', '各主办单位发言超时', '三、按主办单位统计', '六、会议清单']) {
      expect(text).toContain(s);
    }
    for (const m of report.meetings) expect(text).toContain(m.title);
  });

  it('draws each chart from the report’s own series', () => {
    const c = pdfChart(report.charts.meetingsOverTime, 'zh-CN');
    expect(c.series.map((s) => s.values)).toEqual(report.charts.meetingsOverTime.series.map((s) => s.values));
    expect(c).toMatchObject({ title: '每周会议数', unit: '场', stacked: true });
  });
});
