/**
 * A chart as plain data: no HTML, no library objects. The report PDF draws it with vector
 * bars; screens turn it into an ECharts option (report-charts.ts). Every text has both
 * languages so the same data serves either.
 */
export interface Bilingual {
  'zh-CN': string;
  en: string;
}

export interface ChartSeries {
  id: string;
  name: Bilingual;
  values: number[];
}

export interface ChartData {
  id: string;
  kind: 'bar';
  /** Series drawn on top of each other (parts of one whole) rather than side by side. */
  stacked: boolean;
  title: Bilingual;
  /** What the bars count, e.g. 场 / meetings, 分钟 / minutes. */
  unit: Bilingual;
  categories: { 'zh-CN': string[]; en: string[] };
  series: ChartSeries[];
}

/**
 * One palette for the PDF and the screen, so a printed report and the console agree. Sober
 * colours that survive a black-and-white office printer: the alert series is the darkest.
 */
export const SERIES_COLORS: Record<string, string> = {
  'within-cap': '#4a76a8',
  'over-cap': '#b8332a',
  exempt: '#a6adb4',
  meetings: '#4a76a8',
  'overtime-minutes': '#b8332a',
};

export const DEFAULT_SERIES_COLOR = '#4a76a8';

export const seriesColor = (id: string): string => SERIES_COLORS[id] ?? DEFAULT_SERIES_COLOR;
