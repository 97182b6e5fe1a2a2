import { Card, Col, Row } from 'antd';
import { useMemo, type ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { Chart } from '../reports/index.ts';
import type { DossiersReport } from './report.api.ts';

type ChartOption = ComponentProps<typeof Chart>['option'];

const EARLY = '#6aa84f';
const ON_TIME = '#0b5394';
const LATE = '#cc0000';

/**
 * The report's charts: resolved dossiers by procedure, stacked early / on time / late; and the new
 * dossiers by channel (online against counter and post). Loaded lazily with ECharts.
 */
export default function DossierCharts({ report }: { report: DossiersReport }) {
  const { t } = useTranslation('oneStop');
  const resolved = useMemo<ChartOption>(() => {
    const rows = report.byProcedure.filter((p) => p.resolved.total > 0);
    const categories = rows.map((p) =>
      report.boards.length > 1 ? `${p.board} ${p.procedure}` : p.procedure,
    );
    const series = (name: string, color: string, pick: (p: (typeof rows)[number]) => number) => ({
      type: 'bar' as const,
      name,
      stack: 'resolved',
      color,
      data: rows.map(pick),
    });
    return {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { bottom: 0 },
      grid: { left: 8, right: 16, top: 16, bottom: 40, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: categories, inverse: true },
      series: [
        series(t('statistics.early'), EARLY, (p) => p.resolved.early),
        series(t('statistics.onTime'), ON_TIME, (p) => p.resolved.onTime),
        series(t('statistics.late'), LATE, (p) => p.resolved.late),
      ],
    } as ChartOption;
  }, [report, t]);
  const online = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
      legend: { bottom: 0 },
      series: [
        {
          type: 'pie',
          radius: ['40%', '70%'],
          label: { formatter: '{c}' },
          data: [
            { name: t('statistics.online'), value: report.received.online, itemStyle: { color: '#0b5394' } },
            {
              name: t('statistics.offline'),
              value: report.received.new - report.received.online,
              itemStyle: { color: '#e69138' },
            },
          ],
        },
      ],
    }),
    [report, t],
  );
  const height = Math.max(220, 40 + 32 * report.byProcedure.filter((p) => p.resolved.total > 0).length);
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={14}>
        <Card size="small" title={t('statistics.chartResolved')}>
          <Chart option={resolved} height={height} label={t('statistics.chartResolved')} />
        </Card>
      </Col>
      <Col xs={24} lg={10}>
        <Card size="small" title={t('statistics.chartOnline')}>
          <Chart option={online} height={280} label={t('statistics.chartOnline')} />
        </Card>
      </Col>
    </Row>
  );
}
