import { Card, Col, Empty, Row, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatNumber, vndToTy } from '../../../domain/number-format.ts';
import { useFormat } from '../../shared/format.ts';
import { Chart, COLORS, type ChartOption } from './Chart.tsx';
import type { InvestmentByMonth, InvestmentReport } from './reports.api.ts';

const ty = (vnd: string) => Number(vndToTy(vnd, 3));

/** New capital and net adjustments by month; domestic and foreign shares of projects in force. */
export default function InvestmentCharts({
  report,
  monthly,
}: {
  report: InvestmentReport;
  monthly: InvestmentByMonth | undefined;
}) {
  const { t } = useTranslation(['reports', 'common']);
  const format = useFormat();
  const { locale } = format;
  const number = (value: unknown) => formatNumber(String(value), { locale });
  const tyUnit = t('common:units.ty', { value: '' }).trim();
  const newLabel = t('charts.newCapital');
  const adjustmentLabel = t('charts.adjustmentChange');
  const ddi = t('common:investmentTypesShort.DDI');
  const fdi = t('common:investmentTypesShort.FDI');

  const byMonth: ChartOption = {
    color: COLORS,
    tooltip: { trigger: 'axis', valueFormatter: (value) => `${number(value)} ${tyUnit}` },
    legend: { bottom: 0 },
    grid: { left: 8, right: 16, top: 32, bottom: 40, containLabel: true },
    xAxis: {
      type: 'category',
      data: (monthly?.months ?? []).map((m) => `${m.month.slice(5, 7)}/${m.month.slice(0, 4)}`),
    },
    yAxis: { type: 'value', name: tyUnit, axisLabel: { formatter: (value: number) => number(value) } },
    series: [
      {
        type: 'bar',
        name: newLabel,
        data: (monthly?.months ?? []).map((m) => ty(m.newCapitalVnd)),
      },
      {
        type: 'bar',
        name: adjustmentLabel,
        data: (monthly?.months ?? []).map((m) => ty(m.adjustmentChangeVnd)),
      },
    ],
  };

  const { cumulative: c } = report;
  const sharesTitle = t('charts.sharesTitle', { date: format.date(c.asOf) });
  const pie = (name: string, center: string, ddiValue: number, fdiValue: number, unit: string) => ({
    type: 'pie' as const,
    name,
    radius: ['30%', '62%'],
    center: [center, '52%'],
    label: {
      position: 'inside' as const,
      color: '#fff',
      fontWeight: 600,
      formatter: (p: { percent?: number }) => `${number((p.percent ?? 0).toFixed(1))}%`,
    },
    tooltip: { valueFormatter: (value: unknown) => `${number(value)} ${unit}` },
    data: [
      { name: ddi, value: ddiValue },
      { name: fdi, value: fdiValue },
    ],
  });
  // Two donuts side by side: a percentage radius is of the chart's height when the chart is wide,
  // so on a narrow chart (a phone) the donuts are drawn smaller, not over each other.
  const narrow = { radius: ['22%', '44%'] };
  const shares: ChartOption = {
    baseOption: {
      color: COLORS,
      tooltip: { trigger: 'item' },
      legend: { bottom: 0 },
      title: [
        { text: t('charts.projects'), left: '25%', top: 0, textAlign: 'center', textStyle: { fontSize: 13 } },
        {
          text: t('charts.registered'),
          left: '75%',
          top: 0,
          textAlign: 'center',
          textStyle: { fontSize: 13 },
        },
      ],
      series: [
        pie(t('charts.projects'), '25%', c.ddi.projects, c.fdi.projects, t('units.projects')),
        pie(t('charts.registered'), '75%', ty(c.ddi.registeredVnd), ty(c.fdi.registeredVnd), tyUnit),
      ],
    },
    media: [{ query: { maxAspectRatio: 1.6 }, option: { series: [narrow, narrow] } }],
  };

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={12}>
        <Card title={t('charts.byMonthTitle')}>
          {!monthly ? (
            <Spin />
          ) : monthly.months.length === 0 ? (
            <Empty />
          ) : (
            <Chart option={byMonth} label={t('charts.byMonthTitle')} />
          )}
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card title={sharesTitle}>
          <Chart option={shares} label={sharesTitle} />
        </Card>
      </Col>
    </Row>
  );
}
