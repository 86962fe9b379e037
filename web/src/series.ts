import { BarChart, LineChart } from 'echarts/charts';
import { DataZoomComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import type { SeriesPoint } from './api.js';
import { QUAD } from './colors.js';
import { fillPeriods } from './periods.js';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, DataZoomComponent, CanvasRenderer]);

/**
 * The dyad's cooperation/conflict series: stacked bars of event counts per
 * QuadClass per period, and the mean Goldstein value (−10 … +10) as a line
 * on the right axis.
 */
export class SeriesChart {
  private chart: echarts.ECharts;

  constructor(private el: HTMLElement) {
    this.chart = echarts.init(el, undefined, { renderer: 'canvas' });
    new ResizeObserver(() => this.chart.resize()).observe(el);
  }

  /** Draws `points` (periods in order), with the periods between them that have no events as zero bars. */
  show(sparse: SeriesPoint[], interval: 'week' | 'month', empty: string): void {
    this.el.dataset.points = String(sparse.length);
    const points = fillPeriods(sparse, interval);
    this.el.dataset.periods = String(points.length);
    const periods = points.map((p) => p.period);
    this.chart.setOption({
      animation: false,
      title: points.length ? undefined : { text: empty, left: 'center', top: 'middle', textStyle: { color: '#888', fontSize: 14, fontWeight: 'normal' } },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0, data: [...QUAD.map((q) => q.name), 'mean Goldstein'] },
      grid: { left: 48, right: 56, top: 36, bottom: points.length > 24 ? 56 : 28 },
      xAxis: { type: 'category', data: periods },
      yAxis: [
        { type: 'value', name: 'events', minInterval: 1 },
        { type: 'value', name: 'Goldstein', min: -10, max: 10, interval: 5, splitLine: { show: false } },
      ],
      dataZoom: points.length > 24 ? [{ type: 'slider', height: 18, bottom: 8 }, { type: 'inside' }] : [],
      series: [
        ...QUAD.map((q, i) => ({ name: q.name, type: 'bar' as const, stack: 'quad', itemStyle: { color: q.color }, data: points.map((p) => p.quad[i]) })),
        { name: 'mean Goldstein', type: 'line' as const, yAxisIndex: 1, symbolSize: 7, itemStyle: { color: '#222' }, lineStyle: { width: 2 }, connectNulls: true, data: points.map((p) => (Number.isNaN(p.goldstein_mean) ? null : p.goldstein_mean)) },
      ],
    }, { notMerge: true });
  }
}

