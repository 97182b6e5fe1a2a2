import { Card, Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatNumber, usdToMillions, vndToTy } from '../../../domain/number-format.ts';
import { PRODUCTION_INDICATORS } from '../../../domain/production-report-text.ts';
import { useFormat } from '../../shared/format.ts';
import { Chart, COLORS, type ChartOption } from './Chart.tsx';
import type { ProductionReport } from './production.api.ts';

/** Money in the unit the board prints: tỷ đồng, or million USD for trade. */
const scaled = (indicator: string, value: string | null) =>
  value === null ? 0 : Number(indicator.endsWith('Usd') ? usdToMillions(value, 2) : vndToTy(value, 2));

/** This period against the same period last year by indicator; FDI and domestic shares. */
export default function ProductionCharts({
  report,
  periodLabel,
  previousLabel,
}: {
  report: ProductionReport;
  periodLabel: string;
  previousLabel: string;
}) {
  const { t } = useTranslation(['statistics', 'common']);
  const { locale } = useFormat();
  const number = (value: unknown) => formatNumber(String(value), { locale });
  const names = PRODUCTION_INDICATORS.map((i) => t(`production.indicators.${i}`));
  const unitOf = (i: string) =>
    (i.endsWith('Usd')
      ? t('common:units.millionUsd', { value: '' })
      : t('common:units.ty', { value: '' })
    ).trim();

  const yoy: ChartOption = {
    color: COLORS,
    tooltip: { trigger: 'axis', valueFormatter: (value) => number(value) },
    legend: { bottom: 0 },
    grid: { left: 8, right: 16, top: 16, bottom: 40, containLabel: true },
    xAxis: {
      type: 'category',
      data: PRODUCTION_INDICATORS.map((i, n) => `${names[n]}\n(${unitOf(i)})`),
      axisLabel: { interval: 0, fontSize: 11 },
    },
    yAxis: { type: 'value', axisLabel: { formatter: (value: number) => number(value) } },
    series: [
      {
        type: 'bar',
        name: previousLabel,
        data: PRODUCTION_INDICATORS.map((i) => scaled(i, report.indicators[i].total.previous)),
      },
      {
        type: 'bar',
        name: periodLabel,
        data: PRODUCTION_INDICATORS.map((i) => scaled(i, report.indicators[i].total.value)),
      },
    ],
  };

  const ddi = t('common:investmentTypesShort.DDI');
  const fdi = t('common:investmentTypesShort.FDI');
  const shown = ['productionValueVnd', 'revenueVnd', 'exportUsd'] as const;
  const centers = ['17%', '50%', '83%'];
  const shares: ChartOption = {
    color: COLORS,
    tooltip: { trigger: 'item', valueFormatter: (value) => number(value) },
    legend: { bottom: 0 },
    title: shown.map((i, n) => ({
      text: t(`production.indicators.${i}`),
      left: centers[n],
      top: 0,
      textAlign: 'center',
      textStyle: { fontSize: 12 },
    })),
    series: shown.map((i, n) => ({
      type: 'pie' as const,
      name: t(`production.indicators.${i}`),
      radius: ['28%', '55%'],
      center: [centers[n]!, '52%'],
      label: {
        position: 'inside' as const,
        color: '#fff',
        fontWeight: 600,
        formatter: (p: { percent?: number }) => `${number((p.percent ?? 0).toFixed(1))}%`,
      },
      data: [
        { name: ddi, value: scaled(i, report.indicators[i].ddi.value) },
        { name: fdi, value: scaled(i, report.indicators[i].fdi.value) },
      ],
    })),
  };

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={12}>
        <Card title={t('production.chartYoy')}>
          <Chart option={yoy} label={t('production.chartYoy')} />
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card title={t('production.chartShares')}>
          <Chart option={shares} label={t('production.chartShares')} />
        </Card>
      </Col>
    </Row>
  );
}
