import { Card, Col, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../shared/format.ts';
import { FigureLink, FigureTile } from './Figure.tsx';
import { FigureTable } from './FigureTable.tsx';
import type { InvestmentReport } from './reports.api.ts';

export type EventsLink = (query: { kind: string[]; investmentType?: string; change?: string }) => string;

interface BreakdownRow {
  key: string;
  label: string;
  to: string;
  count: string;
  capital: string;
  usd?: string | undefined;
}

/** A signed capital change: "+899,413 tỷ đồng", "-8,125 tỷ đồng". */
export function useSignedTy() {
  const format = useFormat();
  return (vnd: string) => (BigInt(vnd) > 0n ? `+${format.ty(vnd)}` : format.ty(vnd));
}

function Breakdown({ title, rows }: { title: string; rows: BreakdownRow[] }) {
  const { t } = useTranslation('reports');
  return (
    <FigureTable<BreakdownRow>
      title={title}
      rows={rows}
      columns={[
        { title: t('investment.columns.item'), render: (row) => row.label },
        {
          title: t('investment.columns.count'),
          align: 'right',
          render: (row) => <FigureLink to={row.to}>{row.count}</FigureLink>,
        },
        {
          title: t('investment.columns.capital'),
          align: 'right',
          render: (row) => (
            <>
              <FigureLink to={row.to}>{row.capital}</FigureLink>
              {row.usd ? (
                <div>
                  <FigureLink to={row.to}>{row.usd}</FigureLink>
                </div>
              ) : null}
            </>
          ),
        },
      ]}
    />
  );
}

/** Licensing in the period: new certificates, adjustments, terminations — each a link to its events. */
export function InvestmentLicensing({ report, events }: { report: InvestmentReport; events: EventsLink }) {
  const { t } = useTranslation(['reports', 'common']);
  const format = useFormat();
  const signedTy = useSignedTy();
  const { turns, new: created, adjustments: adj, terminations: ended } = report.licensing;
  const netUp = BigInt(adj.capitalChangeVnd) >= 0n;
  return (
    <Card
      title={t('investment.licensingTitle', { from: format.date(report.from), to: format.date(report.to) })}
    >
      <Row gutter={[16, 16]}>
        <Col xs={24} sm={12} xl={6}>
          <FigureTile
            label={t('investment.turns')}
            value={format.number(turns)}
            unit={t('units.turns')}
            to={events({ kind: ['new', 'adjustment'] })}
            detail={<Typography.Text type="secondary">{t('investment.turnsHint')}</Typography.Text>}
          />
        </Col>
        <Col xs={24} sm={12} xl={6}>
          <FigureTile
            label={t('investment.new')}
            value={format.number(created.count)}
            unit={t('units.projects')}
            to={events({ kind: ['new'] })}
            detail={<FigureLink to={events({ kind: ['new'] })}>{format.ty(created.capitalVnd)}</FigureLink>}
          />
        </Col>
        <Col xs={24} sm={12} xl={6}>
          <FigureTile
            label={t('investment.adjustments')}
            value={format.number(adj.count)}
            unit={t('units.turns')}
            to={events({ kind: ['adjustment'] })}
            detail={
              <>
                <Typography.Text type="secondary">
                  {t(netUp ? 'investment.netIncrease' : 'investment.netDecrease')}{' '}
                </Typography.Text>
                <FigureLink to={events({ kind: ['adjustment'] })}>
                  {format.ty(adj.capitalChangeVnd.replace(/^-/, ''))}
                </FigureLink>
              </>
            }
          />
        </Col>
        <Col xs={24} sm={12} xl={6}>
          <FigureTile
            label={t('investment.terminations')}
            value={format.number(ended.count)}
            unit={t('units.projects')}
            to={events({ kind: ['termination'] })}
            detail={
              <FigureLink to={events({ kind: ['termination'] })}>{format.ty(ended.capitalVnd)}</FigureLink>
            }
          />
        </Col>
        <Col xs={24} lg={12}>
          <Breakdown
            title={t('investment.newBreakdown')}
            rows={[
              {
                key: 'ddi',
                label: t('common:investmentTypes.DDI'),
                to: events({ kind: ['new'], investmentType: 'DDI' }),
                count: format.number(created.ddi.count),
                capital: format.ty(created.ddi.capitalVnd),
              },
              {
                key: 'fdi',
                label: t('common:investmentTypes.FDI'),
                to: events({ kind: ['new'], investmentType: 'FDI' }),
                count: format.number(created.fdi.count),
                capital: format.ty(created.fdi.capitalVnd),
                usd: format.millionUsd(created.fdi.capitalUsd),
              },
            ]}
          />
        </Col>
        <Col xs={24} lg={12}>
          <Breakdown
            title={t('investment.adjustmentBreakdown')}
            rows={[
              {
                key: 'increase',
                label: t('investment.increases'),
                to: events({ kind: ['adjustment'], change: 'increase' }),
                count: format.number(adj.increases.count),
                capital: format.ty(adj.increases.capitalVnd),
              },
              {
                key: 'decrease',
                label: t('investment.decreases'),
                to: events({ kind: ['adjustment'], change: 'decrease' }),
                count: format.number(adj.decreases.count),
                capital: format.ty(adj.decreases.capitalVnd),
              },
              {
                key: 'ddi',
                label: t('common:investmentTypes.DDI'),
                to: events({ kind: ['adjustment'], investmentType: 'DDI' }),
                count: format.number(adj.ddi.count),
                capital: signedTy(adj.ddi.capitalChangeVnd),
              },
              {
                key: 'fdi',
                label: t('common:investmentTypes.FDI'),
                to: events({ kind: ['adjustment'], investmentType: 'FDI' }),
                count: format.number(adj.fdi.count),
                capital: signedTy(adj.fdi.capitalChangeVnd),
                usd: format.millionUsd(adj.fdi.capitalChangeUsd),
              },
            ]}
          />
        </Col>
      </Row>
    </Card>
  );
}
