import type { EChartsOption } from 'echarts';

/**
 * What a chart on the report screen needs from a charting library. The page passes the ECharts
 * one (echarts-renderer.ts); DOM tests pass a fake that records the options, since jsdom has no
 * canvas.
 */
export interface ChartHandle {
  update(option: EChartsOption): void;
  resize(): void;
  dispose(): void;
}

export type ChartRenderer = (element: HTMLElement, option: EChartsOption) => ChartHandle;

const FONT = "'Noto Sans SC', 'Noto Sans CJK SC', 'Microsoft YaHei', 'PingFang SC', sans-serif";

/**
 * The report's chart option (electron/core/records/report-charts.ts, shared with the PDF) made
 * fit for this screen: the card shows the title, so the chart does not; the page's font; no
 * animation (a report is a document, and screenshots must be stable); and a tooltip drawn on the
 * canvas rather than as HTML, which the page's Content-Security-Policy (no inline styles) and
 * organiser names typed by users both argue for.
 */
export function screenOption(option: EChartsOption, plotWidth = PLOT_WIDTH): EChartsOption {
  const title = Array.isArray(option.title) ? option.title[0] : option.title;
  const tooltip = Array.isArray(option.tooltip) ? option.tooltip[0] : option.tooltip;
  const grid = Array.isArray(option.grid) ? option.grid[0] : option.grid;
  const x = Array.isArray(option.xAxis) ? option.xAxis[0] : option.xAxis;
  return {
    ...option,
    backgroundColor: 'transparent',
    animation: false,
    textStyle: { fontFamily: FONT },
    title: { ...title, show: false },
    tooltip: { ...tooltip, renderMode: 'richText' },
    grid: { ...grid, top: 34, left: 12, right: 12 },
    ...(x ? { xAxis: { ...x, axisLabel: { ...(x as { axisLabel?: object }).axisLabel, ...categoryLabels(chartTable(option).categories, plotWidth) } } as EChartsOption['xAxis'] } : {}),
  };
}

/** A chart card is a third of a 1366-pixel page: about this much room for the bars. */
const PLOT_WIDTH = 360;
/** Axis labels are 12 px; a CJK character is as wide as that, a Latin one about half. */
const labelWidth = (text: string) => [...text].reduce((w, c) => w + (c.charCodeAt(0) > 0x2e80 ? 12 : 7), 0);

/**
 * Category labels that do not run into each other: level while they fit, slanted when they do
 * not (fourteen weeks of a quarter, seven organisers), every other one beyond that, and a long
 * organiser name cut with an ellipsis rather than pushing the bars up.
 */
export function categoryLabels(categories: readonly string[], plotWidth = PLOT_WIDTH): Record<string, unknown> {
  if (categories.length === 0) return {};
  const slot = plotWidth / categories.length;
  const widest = Math.max(...categories.map(labelWidth));
  if (widest + 6 <= slot) return { interval: 0, rotate: 0 };
  // Slanted at 45°, a label needs about its height × √2 of room along the axis.
  return { interval: slot >= 18 ? 0 : 'auto', rotate: 45, width: 96, overflow: 'truncate' };
}

/** The title text of an option (the card's heading). */
export function chartTitle(option: EChartsOption): string {
  const title = Array.isArray(option.title) ? option.title[0] : option.title;
  return typeof title?.text === 'string' ? title.text : '';
}

export interface ChartTable {
  categories: string[];
  series: { name: string; values: (number | null)[] }[];
  unit: string;
}

/** The chart's numbers as a table: for screen readers, and so a test can read what is drawn. */
export function chartTable(option: EChartsOption): ChartTable {
  const x = Array.isArray(option.xAxis) ? option.xAxis[0] : option.xAxis;
  const y = Array.isArray(option.yAxis) ? option.yAxis[0] : option.yAxis;
  const series = Array.isArray(option.series) ? option.series : option.series ? [option.series] : [];
  const categories = ((x as { data?: unknown[] } | undefined)?.data ?? []).map(String);
  return {
    categories,
    unit: String((y as { name?: unknown } | undefined)?.name ?? ''),
    series: series.map((s) => ({
      name: String((s as { name?: unknown }).name ?? ''),
      values: ((s as { data?: unknown[] }).data ?? []).map((v) => (typeof v === 'number' ? v : null)),
    })),
  };
}
