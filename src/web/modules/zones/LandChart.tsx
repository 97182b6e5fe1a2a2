/**
 * A zone's land over time: its industrial + service land and what of it is leased, one point per
 * land history entry, as steps (each entry holds until the next). Loaded lazily with ECharts.
 */
import { LineChart, type LineSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  TooltipComponent,
  type GridComponentOption,
  type LegendComponentOption,
  type TooltipComponentOption,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useMemo } from 'react';
import { EChart } from '../../shared/EChart.tsx';

echarts.use([LineChart, GridComponent, TooltipComponent, LegendComponent, CanvasRenderer]);

type Option = echarts.ComposeOption<
  LineSeriesOption | GridComponentOption | TooltipComponentOption | LegendComponentOption
>;

export interface LandPoint {
  /** The entry's date as shown (dd/mm/yyyy). */
  label: string;
  /** Hectares, for drawing only (the figures themselves stay exact in the table beside). */
  land: number | null;
  leased: number | null;
}

export default function LandChart({
  points,
  title,
  landLabel,
  leasedLabel,
}: {
  points: LandPoint[];
  title: string;
  landLabel: string;
  leasedLabel: string;
}) {
  const option = useMemo(
    (): Option => ({
      grid: { left: 64, right: 16, top: 36, bottom: 32 },
      tooltip: { trigger: 'axis' },
      legend: { top: 0, data: [landLabel, leasedLabel] },
      xAxis: { type: 'category', data: points.map((p) => p.label) },
      yAxis: { type: 'value', axisLabel: { formatter: '{value} ha' } },
      series: [
        { type: 'line', step: 'end', name: landLabel, data: points.map((p) => p.land), color: '#0b5394' },
        {
          type: 'line',
          step: 'end',
          name: leasedLabel,
          data: points.map((p) => p.leased),
          color: '#38761d',
          areaStyle: { opacity: 0.15 },
        },
      ],
    }),
    [points, landLabel, leasedLabel],
  );
  return <EChart option={option} label={title} style={{ height: 220 }} />;
}
