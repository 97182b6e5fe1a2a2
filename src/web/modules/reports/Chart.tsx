/**
 * ECharts with only the parts the reports use (bars, pies, grid, tooltip, legend, title, canvas).
 * Imported only by the lazily loaded chart components, so ECharts is a chunk of its own.
 */
import { BarChart, PieChart, type BarSeriesOption, type PieSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
  type GridComponentOption,
  type LegendComponentOption,
  type TitleComponentOption,
  type TooltipComponentOption,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { EChart } from '../../shared/EChart.tsx';

echarts.use([
  BarChart,
  PieChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  TitleComponent,
  CanvasRenderer,
]);

export type ChartOption = echarts.ComposeOption<
  | BarSeriesOption
  | PieSeriesOption
  | GridComponentOption
  | TooltipComponentOption
  | LegendComponentOption
  | TitleComponentOption
>;

/** Brand colours: domestic blue, foreign orange (as on the board's printed charts). */
export const COLORS = ['#0b5394', '#e69138', '#6aa84f', '#999999', '#cc0000'];

/** A chart, named for screen readers by what it shows; follows its container's width. */
export function Chart({
  option,
  height = 320,
  label,
}: {
  option: ChartOption;
  height?: number;
  label: string;
}) {
  return <EChart option={option} label={label} style={{ height }} />;
}
