import { Card } from 'antd';
import { useMemo, type ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { Chart } from '../reports/index.ts';
import type { InspectionStatistics } from './inspection.api.ts';

type ChartOption = ComponentProps<typeof Chart>['option'];

/**
 * Inspections and findings by topic, findings split into remedied, open and overdue: a small bar
 * chart, loaded lazily with ECharts.
 */
export default function StatisticsChart({ report }: { report: InspectionStatistics }) {
  const { t } = useTranslation('inspection');
  const rows = useMemo(() => report.byTopic.filter((r) => r.inspections > 0 || r.findings > 0), [report]);
  const option = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { bottom: 0 },
      grid: { left: 8, right: 16, top: 16, bottom: 40, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: {
        type: 'category',
        inverse: true,
        data: rows.map((r) => t(`inspection:topics.${r.topic}`)),
      },
      series: [
        {
          type: 'bar',
          name: t('inspection:statistics.inspections'),
          color: '#0b5394',
          data: rows.map((r) => r.inspections),
        },
        {
          type: 'bar',
          name: t('inspection:statistics.findingsClosed'),
          stack: 'findings',
          color: '#6aa84f',
          data: rows.map((r) => r.findingsClosed),
        },
        {
          type: 'bar',
          name: t('inspection:statistics.findingsOpenNotOverdue'),
          stack: 'findings',
          color: '#e69138',
          data: rows.map((r) => r.findingsOpen - r.findingsOverdue),
        },
        {
          type: 'bar',
          name: t('inspection:statistics.findingsOverdue'),
          stack: 'findings',
          color: '#cc0000',
          data: rows.map((r) => r.findingsOverdue),
        },
      ],
    }),
    [rows, t],
  );
  return (
    <Card size="small" title={t('inspection:statistics.chart')}>
      <Chart
        option={option}
        height={Math.max(220, 60 + 48 * rows.length)}
        label={t('inspection:statistics.chart')}
      />
    </Card>
  );
}
