import { describe, expect, it } from 'vitest';
import { buildDisciplineReport, chartOption, reportChartOptions, reportRange, seriesColor } from '../../../electron/core/records';
import { TZ } from './record-fixtures';

// The option is a loose union type; the test reads it as the JSON it is.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = Record<string, any>;
import { generateMonth } from './month-fixture';

const { records } = generateMonth();
const april = reportRange('month', '2026-04', TZ);
const report = buildDisciplineReport(records, { from: april.from, to: april.to, period: 'month', timeZone: TZ });

describe('ECharts options from the report’s chart data', () => {
  it('a stacked chart: category axis, one bar series per part, stacked, with a legend', () => {
    const o = chartOption(report.charts.meetingsOverTime, 'zh-CN') as Loose;
    expect(o.title).toMatchObject({ text: '每周会议数' });
    expect(o.xAxis).toMatchObject({ type: 'category', data: report.charts.meetingsOverTime.categories['zh-CN'] });
    expect(o.yAxis).toMatchObject({ type: 'value', name: '场', minInterval: 1 });
    expect(o.legend.data).toEqual(['未超时', '超过时长上限', '不限时会议']);
    expect(o.series).toHaveLength(3);
    for (const [k, s] of (o.series as Loose[]).entries()) {
      const src = report.charts.meetingsOverTime.series[k]!;
      expect(s).toMatchObject({ type: 'bar', id: src.id, stack: 'total', data: src.values, itemStyle: { color: seriesColor(src.id) } });
    }
  });

  it('a single-series chart has no legend and labels its bars; English works too', () => {
    const o = chartOption(report.charts.overtimeByOrganiser, 'en') as Loose;
    expect(o.legend).toBeUndefined();
    expect(o.yAxis.name).toBe('minutes');
    expect(o.series[0]).toMatchObject({ type: 'bar', name: 'Minutes over', label: { show: true } });
    expect(o.series[0].stack).toBeUndefined();
    expect(o.xAxis.axisLabel.rotate).toBe(30);
  });

  it('options are plain JSON: they survive IPC unchanged', () => {
    const all = reportChartOptions(report, 'zh-CN');
    expect(Object.keys(all)).toEqual(['meetingsOverTime', 'durationHistogram', 'overtimeByOrganiser']);
    expect(JSON.parse(JSON.stringify(all))).toEqual(all);
  });
});
