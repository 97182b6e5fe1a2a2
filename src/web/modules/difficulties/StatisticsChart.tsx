import { Card, Col, Row } from 'antd';
import { useMemo, type ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { Chart } from '../reports/index.ts';
import type { DifficultyStatistics } from './difficulties.api.ts';

type ChartOption = ComponentProps<typeof Chart>['option'];

/**
 * The year's charts: those raised by topic, and how the answered ones went (on time, late) beside
 * those still unanswered. Loaded lazily with ECharts.
 */
export default function StatisticsChart({ report }: { report: DifficultyStatistics }) {
  const { t } = useTranslation('difficulties');
  const byTopic = useMemo<ChartOption>(() => {
    const rows = report.byTopic.filter((r) => r.count > 0);
    return {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', inverse: true, data: rows.map((r) => t(`topics.${r.topic}`)) },
      series: [
        { type: 'bar', name: t('statistics.raised'), color: '#0b5394', data: rows.map((r) => r.count) },
      ],
    } as ChartOption;
  }, [report, t]);
  const answers = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
      legend: { bottom: 0 },
      series: [
        {
          type: 'pie',
          radius: ['40%', '70%'],
          label: { formatter: '{c}' },
          data: [
            {
              name: t('statistics.answeredOnTime'),
              value: report.answeredOnTime,
              itemStyle: { color: '#6aa84f' },
            },
            {
              name: t('statistics.answeredLate'),
              value: report.answeredLate,
              itemStyle: { color: '#cc0000' },
            },
            {
              name: t('statistics.unanswered'),
              value: Math.max(0, report.raised - report.answered),
              itemStyle: { color: '#e69138' },
            },
          ],
        },
      ],
    }),
    [report, t],
  );
  const height = Math.max(200, 40 + 30 * report.byTopic.filter((r) => r.count > 0).length);
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={14}>
        <Card size="small" title={t('statistics.chartTopics')}>
          <Chart option={byTopic} height={height} label={t('statistics.chartTopics')} />
        </Card>
      </Col>
      <Col xs={24} lg={10}>
        <Card size="small" title={t('statistics.chartAnswers')}>
          <Chart option={answers} height={260} label={t('statistics.chartAnswers')} />
        </Card>
      </Col>
    </Row>
  );
}
