import {
  REPORT_TITLE,
  reportMeetingsTable,
  reportNoMeetingTable,
  reportOrganiserTable,
  reportOverridesTable,
  reportPeriodText,
  reportSummaryFacts,
  seriesColor,
  type ChartData,
  type DisciplineReport,
} from '../../core/records';
import type { Lang } from '../../core/rules/finding';
import { PdfBuilder, type PdfBarChart } from '../pdf';
import type { PdfRenderOptions } from './record-pdf';

const SECTIONS: Record<Lang, string[]> = {
  'zh-CN': ['一、总体情况', '二、图表', '三、按主办单位统计', '四、无会期召开的会议', '五、强制开会情况', '六、会议清单'],
  en: ['1. Summary', '2. Charts', '3. By organiser', '4. Meetings in no-meeting periods', '5. Meetings started by override', '6. Meetings'],
};

/** Chart data in one language, as the PDF toolkit draws it. */
export function pdfChart(chart: ChartData, lang: Lang): PdfBarChart {
  return {
    title: chart.title[lang],
    unit: chart.unit[lang],
    categories: chart.categories[lang],
    stacked: chart.stacked,
    series: chart.series.map((s) => ({ name: s.name[lang], values: s.values, color: seriesColor(s.id) })),
  };
}

/** 会风会纪情况统计 as an A4 PDF: the figures as tables, the charts as vector bars. */
export async function disciplineReportPdf(r: DisciplineReport, opts: PdfRenderOptions = {}): Promise<Uint8Array> {
  const lang = opts.lang ?? 'zh-CN';
  const s = SECTIONS[lang];
  const period = reportPeriodText(r, lang);
  const title = lang === 'zh-CN' ? `${period}${REPORT_TITLE[lang]}` : `${REPORT_TITLE[lang]} — ${period}`;
  const pdf = await PdfBuilder.create({
    title,
    subject: REPORT_TITLE[lang],
    lang,
    runningHeader: title,
    ...(opts.createdAt !== undefined ? { createdAt: opts.createdAt } : {}),
    ...(opts.fontBytes ? { fontBytes: opts.fontBytes } : {}),
  });
  pdf.title(title);
  pdf.rule(1.2);
  pdf.heading(s[0]!);
  pdf.facts(reportSummaryFacts(r, lang));
  pdf.heading(s[1]!, { keepWith: 180 });
  pdf.barChart(pdfChart(r.charts.meetingsOverTime, lang), { height: 165 });
  pdf.barChart(pdfChart(r.charts.durationHistogram, lang), { height: 150 });
  pdf.barChart(pdfChart(r.charts.overtimeByOrganiser, lang), { height: 150 });
  pdf.heading(s[2]!);
  pdf.table(reportOrganiserTable(r, lang), { size: 8.5 });
  pdf.heading(s[3]!);
  pdf.table(reportNoMeetingTable(r, lang));
  pdf.heading(s[4]!);
  pdf.table(reportOverridesTable(r, lang));
  pdf.heading(s[5]!);
  pdf.table(reportMeetingsTable(r, lang), { size: 8.5 });
  pdf.paragraph(
    lang === 'zh-CN'
      ? '本表依据各次会议计时事件日志自动统计；会议按实际开始时间计入统计期，未开始的会议不计入。'
      : "Computed from each meeting's timer event log; a meeting counts in the period in which it actually started; meetings never started are not counted.",
    { size: 9, tone: 'muted' },
  );
  return pdf.save();
}
