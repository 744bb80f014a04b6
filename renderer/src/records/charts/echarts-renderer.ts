import { BarChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import type { ChartRenderer } from './chart-renderer';

// Only what the report's bar charts use, so the page does not carry all of ECharts.
echarts.use([BarChart, GridComponent, LegendComponent, TitleComponent, TooltipComponent, AriaComponent, CanvasRenderer]);

/** ECharts on a canvas, in its built-in dark theme to match the console. */
export const echartsRenderer: ChartRenderer = (element, option) => {
  const chart = echarts.init(element, 'dark', { renderer: 'canvas' });
  chart.setOption(option);
  return {
    update: (next) => chart.setOption(next, { notMerge: true }),
    resize: () => chart.resize(),
    dispose: () => chart.dispose(),
  };
};
