import { Card, Col, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { usdToMillions } from '../../../domain/number-format.ts';
import { PRODUCTION_INDICATORS } from '../../../domain/production-report-text.ts';
import { useFormat } from '../../shared/format.ts';
import { FigureLink, FigureTile } from './Figure.tsx';
import { FigureTable } from './FigureTable.tsx';
import type { ProductionReport } from './production.api.ts';

/** The list of enterprise reports behind a figure. */
export type ReportsLink = (investmentType?: 'FDI' | 'DDI') => string;

type Sector = 'total' | 'fdi' | 'ddi';
interface Row {
  key: string;
  label: string;
  sector: Sector;
  value: string;
  previous: string;
  growth: string;
  to: string;
}

const SECTOR_TYPE = { total: undefined, fdi: 'FDI', ddi: 'DDI' } as const;

/** Year on year (total, FDI, domestic for each money indicator and workers), labour, targets, province. */
export function ProductionFigures({
  report,
  periodLabel,
  previousLabel,
  reports,
}: {
  report: ProductionReport;
  periodLabel: string;
  previousLabel: string;
  reports: ReportsLink;
}) {
  const { t } = useTranslation(['statistics', 'common']);
  const format = useFormat();
  const money = (indicator: string, value: string | null) =>
    value === null ? '—' : indicator.endsWith('Usd') ? format.millionUsd(value) : format.ty(value, 2);
  const people = (value: number | null) =>
    value === null ? '—' : t('fields.people', { value: format.number(value) });

  const rows: Row[] = [];
  for (const indicator of PRODUCTION_INDICATORS) {
    const split = report.indicators[indicator];
    for (const sector of ['total', 'fdi', 'ddi'] as const) {
      const item = split[sector];
      rows.push({
        key: `${indicator}-${sector}`,
        label:
          sector === 'total' ? t(`production.indicators.${indicator}`) : `— ${t(`production.${sector}`)}`,
        sector,
        value: money(indicator, item.value),
        previous: money(indicator, item.previous),
        growth: format.percent(item.growthPct),
        to: reports(SECTOR_TYPE[sector]),
      });
    }
  }
  for (const sector of ['total', 'fdi', 'ddi'] as const) {
    const item = report.labour.workers[sector];
    rows.push({
      key: `workers-${sector}`,
      label: sector === 'total' ? t('production.indicators.workers') : `— ${t(`production.${sector}`)}`,
      sector,
      value: people(item.value),
      previous: people(item.previous),
      growth: format.percent(item.growthPct),
      to: reports(SECTOR_TYPE[sector]),
    });
  }

  const income = report.labour.averageIncomeVnd;
  const targets = report.targets ?? [];
  const province = report.province ?? [];
  const indicatorName = (indicator: string) =>
    t(`production.indicators.${indicator}`, { defaultValue: indicator });
  /** A target and its result in the same unit: tỷ đồng, million USD or people. */
  const amount = (indicator: string, value: string | null) =>
    value === null
      ? '—'
      : indicator === 'workers' || indicator === 'newJobs'
        ? people(Number(value))
        : money(indicator, value);

  return (
    <>
      <Card
        title={t('production.yoyTitle')}
        extra={
          <Typography.Text type="secondary">{t('production.coverage', report.coverage)}</Typography.Text>
        }
      >
        <FigureTable<Row>
          rows={rows}
          strong={(row) => row.sector === 'total'}
          columns={[
            { title: t('production.indicator'), render: (row) => row.label },
            {
              title: periodLabel,
              align: 'right',
              render: (row) => <FigureLink to={row.to}>{row.value}</FigureLink>,
            },
            { title: previousLabel, align: 'right', render: (row) => row.previous },
            { title: t('production.growth'), align: 'right', render: (row) => row.growth },
          ]}
        />
      </Card>
      <Card title={t('production.labourTitle')}>
        <Row gutter={[16, 16]}>
          <Col xs={24} md={8}>
            <FigureTile
              label={t('production.workers')}
              value={format.number(report.labour.workers.total.value)}
              unit={t('fields.people', { value: '' }).trim()}
              to={reports()}
              detail={
                <Typography.Text type="secondary">
                  {format.percent(report.labour.workers.total.growthPct)}
                </Typography.Text>
              }
            />
          </Col>
          <Col xs={24} md={8}>
            <FigureTile
              label={t('production.insuredPct')}
              value={format.percent(report.labour.insuredPct)}
              to={reports()}
            />
          </Col>
          <Col xs={24} md={8}>
            <FigureTile
              label={t('production.averageIncome')}
              value={income === null ? '—' : format.number(usdToMillions(income, 1))}
              unit={income === null ? undefined : t('production.incomeUnit', { value: '' }).trim()}
              to={reports()}
            />
          </Col>
        </Row>
      </Card>
      {targets.length > 0 ? (
        <Card title={t('production.targetsTitle')}>
          <FigureTable
            rows={targets.map((target) => ({ key: `${target.indicator}-${target.year}`, ...target }))}
            columns={[
              { title: t('production.indicator'), render: (row) => indicatorName(row.indicator) },
              {
                title: t('production.target'),
                align: 'right',
                render: (row) =>
                  row.targetValue !== null
                    ? amount(row.indicator, row.targetValue)
                    : row.targetGrowthPct !== null
                      ? t('production.targetGrowth', { pct: format.percent(row.targetGrowthPct) })
                      : '—',
              },
              {
                title: t('production.actual'),
                align: 'right',
                render: (row) => <FigureLink to={reports()}>{amount(row.indicator, row.actual)}</FigureLink>,
              },
              {
                title: t('production.growthYoy'),
                align: 'right',
                render: (row) => format.percent(row.growthPct),
              },
              {
                title: '',
                align: 'right',
                render: (row) =>
                  row.achievedPct === null ? (
                    '—'
                  ) : (
                    <Typography.Text strong type={row.achievedPct >= 100 ? 'success' : 'warning'}>
                      {t('production.achieved', { pct: format.percent(row.achievedPct) })}
                    </Typography.Text>
                  ),
              },
            ]}
          />
        </Card>
      ) : null}
      {province.length > 0 ? (
        <Card title={t('production.provinceTitle')}>
          <FigureTable
            rows={province.map((p) => ({ key: `${p.indicator}-${p.period}`, ...p }))}
            columns={[
              { title: t('production.indicator'), render: (row) => indicatorName(row.indicator) },
              {
                title: t('production.zonesValue'),
                align: 'right',
                render: (row) => (
                  <FigureLink to={reports()}>{amount(row.indicator, row.zonesValue)}</FigureLink>
                ),
              },
              {
                title: t('production.provinceValue'),
                align: 'right',
                render: (row) => amount(row.indicator, row.provinceValue),
              },
              { title: t('production.share'), align: 'right', render: (row) => format.percent(row.sharePct) },
            ]}
          />
        </Card>
      ) : null}
    </>
  );
}
