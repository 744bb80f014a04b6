import type { EChartsOption } from 'echarts';
import { useEffect, useMemo, useRef } from 'react';
import { chartTable, chartTitle, screenOption } from '../charts/chart-renderer';
import { useRecords, useRT } from '../shared/records-context';

/**
 * One report chart in a card: the ECharts canvas, with the same numbers as a table for screen
 * readers (that table also makes the browser load the font pieces the canvas text needs).
 */
export function ReportChart({ id, option }: { id: string; option: EChartsOption }) {
  const t = useRT();
  const { charts } = useRecords();
  const host = useRef<HTMLDivElement>(null);
  const shown = useMemo(() => screenOption(option), [option]);
  const title = chartTitle(option);
  const data = chartTable(option);
  const handle = useRef<ReturnType<typeof charts> | null>(null);

  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const chart = charts(el, shown);
    handle.current = chart;
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => chart.resize());
    observer?.observe(el);
    // Canvas text does not wait for web fonts: draw again once they are in.
    let live = true;
    void document.fonts?.ready.then(() => {
      if (live) chart.update(shown);
    });
    return () => {
      live = false;
      observer?.disconnect();
      chart.dispose();
      handle.current = null;
    };
  }, [charts, shown]);

  return (
    <figure className="rc-chart" data-testid={`chart-${id}`}>
      {/* The unit is the y axis' name, drawn in the chart. */}
      <figcaption className="rc-chart-title">{title}</figcaption>
      <div ref={host} className="rc-chart-canvas" role="img" aria-label={title} />
      <table className="visually-hidden" data-testid={`chart-${id}-data`}>
        <caption>{t('report.chartData', { title })}</caption>
        <thead>
          <tr>
            <th scope="col" />
            {data.series.map((s) => (
              <th key={s.name} scope="col">
                {s.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.categories.map((c, i) => (
            <tr key={c}>
              <th scope="row">{c}</th>
              {data.series.map((s) => (
                <td key={s.name}>{s.values[i] ?? ''}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
