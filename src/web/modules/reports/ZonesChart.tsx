import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../domain/number-format.ts';
import { useFormat } from '../../shared/format.ts';
import { Chart, COLORS, type ChartOption } from './Chart.tsx';
import type { ZonesReport } from './reports.api.ts';

/** In the report's order (kept here so this chunk does not import the page's). */
const ZONE_STATUSES = ['planned', 'established', 'under_construction', 'operating'] as const;

/** Zones and their area by status at the report's date. */
export default function ZonesChart({ report }: { report: ZonesReport }) {
  const { t } = useTranslation(['reports', 'common']);
  const format = useFormat();
  const number = (value: unknown) => formatNumber(String(value), { locale: format.locale });
  const haUnit = t('common:units.ha', { value: '' }).trim();
  const title = t('zones.chartTitle', { date: format.date(report.asOf) });
  const option: ChartOption = {
    color: COLORS,
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    grid: { left: 8, right: 8, top: 32, bottom: 40, containLabel: true },
    xAxis: { type: 'category', data: ZONE_STATUSES.map((s) => t(`common:zoneStatuses.${s}`)) },
    yAxis: [
      { type: 'value', name: t('zones.zoneCount'), minInterval: 1 },
      // Logarithmic: one economic zone of 30.583 ha would otherwise flatten every park's bar.
      {
        type: 'log',
        logBase: 10,
        min: 1,
        name: t('zones.areaLogAxis', { unit: haUnit }),
        axisLabel: { formatter: (value: number) => number(value) },
      },
    ],
    series: [
      {
        type: 'bar',
        name: t('zones.zoneCount'),
        data: ZONE_STATUSES.map((s) => report.byStatus[s].count),
        tooltip: { valueFormatter: (value) => `${number(value)} ${t('units.zones')}` },
      },
      {
        type: 'bar',
        name: t('zones.area'),
        yAxisIndex: 1,
        // No bar (not a zero on a log scale) for a status without area.
        data: ZONE_STATUSES.map((s) => Number(report.byStatus[s].areaHa) || null),
        tooltip: { valueFormatter: (value) => `${number(value)} ${haUnit}` },
      },
    ],
  };
  return (
    <Card title={title}>
      <Chart option={option} label={title} />
    </Card>
  );
}
