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

  /** One chart per unit: tỷ đồng and million USD never share an axis. */
  const yoyOf = (indicators: readonly (typeof PRODUCTION_INDICATORS)[number][]): ChartOption => ({
    color: COLORS,
    tooltip: { trigger: 'axis', valueFormatter: (value) => number(value) },
    legend: { bottom: 0 },
    grid: { left: 8, right: 16, top: 28, bottom: 40, containLabel: true },
    xAxis: {
      type: 'category',
      data: indicators.map((i) => names[PRODUCTION_INDICATORS.indexOf(i)]!),
      axisLabel: { interval: 0, fontSize: 11, width: 90, overflow: 'break' },
    },
    yAxis: {
      type: 'value',
      name: unitOf(indicators[0]!),
      nameTextStyle: { align: 'left' },
      axisLabel: { formatter: (value: number) => number(value) },
    },
    series: [
      {
        type: 'bar',
        name: previousLabel,
        data: indicators.map((i) => scaled(i, report.indicators[i].total.previous)),
      },
      {
        type: 'bar',
        name: periodLabel,
        data: indicators.map((i) => scaled(i, report.indicators[i].total.value)),
      },
    ],
  });
  const inDong = PRODUCTION_INDICATORS.filter((i) => !i.endsWith('Usd'));
  const inUsd = PRODUCTION_INDICATORS.filter((i) => i.endsWith('Usd'));

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
      // Wrapped within a third of a phone's card, so the three titles never overlap.
      textStyle: { fontSize: 11, width: 100, overflow: 'break' as const },
    })),
    series: shown.map((i, n) => ({
      type: 'pie' as const,
      name: t(`production.indicators.${i}`),
      // Small enough that three rings side by side never overlap, even in a phone's card.
      radius: ['18%', '34%'],
      center: [centers[n]!, '52%'],
      label: {
        position: 'inside' as const,
        color: '#fff',
        fontWeight: 600,
        fontSize: 10,
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
          <Chart
            option={yoyOf(inDong)}
            label={`${t('production.chartYoy')} (${unitOf(inDong[0]!)})`}
            height={280}
          />
          <Chart
            option={yoyOf(inUsd)}
            label={`${t('production.chartYoy')} (${unitOf(inUsd[0]!)})`}
            height={240}
          />
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
