/**
 * One parameter of a plant over time against its limit, as a line chart. ECharts with only the
 * parts it uses; this file is loaded lazily (React.lazy), so ECharts is a chunk of its own.
 */
import { LineChart, type LineSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  MarkLineComponent,
  TooltipComponent,
  type GridComponentOption,
  type MarkLineComponentOption,
  type TooltipComponentOption,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useMemo } from 'react';
import { EChart } from '../../shared/EChart.tsx';

echarts.use([LineChart, GridComponent, TooltipComponent, MarkLineComponent, CanvasRenderer]);

type Option = echarts.ComposeOption<
  LineSeriesOption | GridComponentOption | TooltipComponentOption | MarkLineComponentOption
>;

export interface SeriesPoint {
  /** The day, as shown (dd/mm/yyyy). */
  label: string;
  value: number;
  exceeds: boolean;
}

/** Values as a line, those beyond their limit in red, the limits as dashed lines. */
export default function ParameterLineChart({
  points,
  limits,
  label,
  unit,
}: {
  points: SeriesPoint[];
  limits: { label: string; value: number }[];
  label: string;
  unit: string;
}) {
  const option = useMemo(
    (): Option => ({
      grid: { left: 48, right: 24, top: 24, bottom: 40 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: points.map((p) => p.label) },
      yAxis: { type: 'value', name: unit },
      series: [
        {
          type: 'line',
          name: label,
          data: points.map((p) => ({
            value: p.value,
            itemStyle: { color: p.exceeds ? '#cf1322' : '#0b5394' },
          })),
          symbolSize: 8,
          lineStyle: { color: '#0b5394' },
          markLine: {
            silent: true,
            symbol: 'none',
            lineStyle: { color: '#cf1322', type: 'dashed' },
            label: { formatter: '{b}' },
            data: limits.map((l) => ({ name: l.label, yAxis: l.value })),
          },
        },
      ],
    }),
    [points, limits, label, unit],
  );
  return <EChart option={option} label={label} style={{ height: 300 }} />;
}
