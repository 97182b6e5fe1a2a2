import { Card, Col, Empty, Row } from 'antd';
import { useMemo, type ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../domain/number-format.ts';
import { useFormat } from '../../shared/format.ts';
import { Chart } from '../reports/index.ts';
import { chartedMembers, millionUsdValue, tyValue } from './bloc-figures.ts';
import { usePeriodLabel } from './BlocPeriodPicker.tsx';
import type { BlocMemberFigures, BlocReport } from './blocs.api.ts';

type ChartOption = ComponentProps<typeof Chart>['option'];

/** Domestic blue, foreign orange (as on the board's printed charts); the previous period grey. */
const DDI = '#0b5394';
const FDI = '#e69138';
const PREVIOUS = '#b7b7b7';

/**
 * The bloc report's charts, loaded lazily with ECharts: new projects by member (FDI and domestic,
 * stacked), and the capital by member against the same period a year earlier — USD and đồng each on
 * a chart of its own, never one axis for both. Members without figures for the period are left out.
 */
export default function BlocCharts({ report }: { report: BlocReport }) {
  const { t } = useTranslation('blocs');
  const label = usePeriodLabel();
  const { locale } = useFormat();
  const members = useMemo(() => chartedMembers(report), [report]);
  const height = Math.max(220, 60 + 30 * members.length);

  /** A value in the tooltip, in the language's number format. */
  const show = useMemo(() => (value: unknown) => formatNumber(String(value ?? 0), { locale }), [locale]);
  const projects = useMemo<ChartOption>(
    () =>
      bars(members, show, [
        {
          name: t('charts.fdi'),
          color: FDI,
          stack: 'projects',
          data: members.map((m) => m.newProjects.fdi.value),
        },
        {
          name: t('charts.ddi'),
          color: DDI,
          stack: 'projects',
          data: members.map((m) => m.newProjects.ddi.value),
        },
      ]),
    [members, show, t],
  );
  const capitalUsd = useMemo<ChartOption>(
    () =>
      bars(members, show, [
        {
          name: label(report.period),
          color: FDI,
          data: members.map((m) => millionUsdValue(m.capitalNewAndAdjusted.fdiUsd.value)),
        },
        {
          name: label(report.previousPeriod),
          color: PREVIOUS,
          data: members.map((m) => millionUsdValue(m.capitalNewAndAdjusted.fdiUsd.previous)),
        },
      ]),
    [members, report, label, show],
  );
  const capitalVnd = useMemo<ChartOption>(
    () =>
      bars(members, show, [
        {
          name: label(report.period),
          color: DDI,
          data: members.map((m) => tyValue(m.capitalNewAndAdjusted.ddiVnd.value)),
        },
        {
          name: label(report.previousPeriod),
          color: PREVIOUS,
          data: members.map((m) => tyValue(m.capitalNewAndAdjusted.ddiVnd.previous)),
        },
      ]),
    [members, report, label, show],
  );

  if (members.length === 0) return <Empty description={t('charts.empty')} />;
  const charts: [string, ChartOption][] = [
    [t('charts.newProjects'), projects],
    [t('charts.capitalUsd'), capitalUsd],
    [t('charts.capitalVnd'), capitalVnd],
  ];
  return (
    <Row gutter={[16, 16]}>
      {charts.map(([title, option]) => (
        <Col xs={24} lg={8} key={title}>
          <Card size="small" title={title} styles={{ title: { whiteSpace: 'normal' } }}>
            <Chart option={option} height={height} label={title} />
          </Card>
        </Col>
      ))}
    </Row>
  );
}

/** Horizontal bars, one category per member (by code, in the bloc's order). */
function bars(
  members: BlocMemberFigures[],
  show: (value: unknown) => string,
  series: { name: string; color: string; stack?: string; data: number[] }[],
): ChartOption {
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: show },
    legend: { bottom: 0 },
    grid: { left: 8, right: 16, top: 8, bottom: 40, containLabel: true },
    xAxis: {
      type: 'value',
      minInterval: series.some((s) => s.stack) ? 1 : 0,
      axisLabel: { formatter: (value: number) => show(value) },
    },
    yAxis: { type: 'category', data: members.map((m) => m.board), inverse: true },
    series: series.map((s) => ({
      type: 'bar' as const,
      name: s.name,
      color: s.color,
      data: s.data,
      ...(s.stack ? { stack: s.stack } : {}),
    })),
  } as ChartOption;
}
