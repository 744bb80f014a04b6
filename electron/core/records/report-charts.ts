import type { EChartsOption } from 'echarts';
import type { Lang } from '../rules/finding';
import { seriesColor, type ChartData } from './chart-data';
import type { DisciplineReport } from './discipline-report';

/**
 * ECharts options for the report's charts, as plain objects (no functions, so they survive
 * IPC and JSON). The screen calls `echarts.init(el).setOption(option)`; nothing here touches
 * the DOM. Long organiser names rotate their labels rather than being dropped.
 */
export function chartOption(chart: ChartData, lang: Lang): EChartsOption {
  const categories = chart.categories[lang];
  const longLabels = categories.some((c) => c.length > 6);
  const multi = chart.series.length > 1;
  return {
    title: { text: chart.title[lang], left: 'center', textStyle: { fontSize: 15 } },
    aria: { enabled: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    ...(multi ? { legend: { bottom: 0, data: chart.series.map((s) => s.name[lang]) } } : {}),
    grid: { left: 48, right: 16, top: 48, bottom: multi ? 72 : 48, containLabel: true },
    xAxis: {
      type: 'category',
      data: categories,
      axisLabel: { interval: 0, rotate: longLabels ? 30 : 0 },
    },
    yAxis: { type: 'value', name: chart.unit[lang], minInterval: chart.unit.en === 'meetings' ? 1 : 0 },
    series: chart.series.map((s) => ({
      type: 'bar' as const,
      id: s.id,
      name: s.name[lang],
      data: [...s.values],
      itemStyle: { color: seriesColor(s.id) },
      ...(chart.stacked ? { stack: 'total' } : {}),
      label: { show: !chart.stacked, position: 'top' as const },
    })),
  };
}

/** Every chart of the report, keyed as in `report.charts`. */
export function reportChartOptions(report: DisciplineReport, lang: Lang): Record<keyof DisciplineReport['charts'], EChartsOption> {
  return {
    meetingsOverTime: chartOption(report.charts.meetingsOverTime, lang),
    durationHistogram: chartOption(report.charts.durationHistogram, lang),
    overtimeByOrganiser: chartOption(report.charts.overtimeByOrganiser, lang),
  };
}
