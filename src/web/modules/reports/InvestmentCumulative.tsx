import { Card, Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../shared/format.ts';
import { FigureLink, FigureTile, FigureWithShare, useTyParts } from './Figure.tsx';
import { FigureTable } from './FigureTable.tsx';
import type { InvestmentReport } from './reports.api.ts';

export type ProjectsLink = (investmentType?: 'DDI' | 'FDI') => string;

interface Line {
  key: 'ddi' | 'fdi' | 'total';
  label: string;
  to: string;
  projects: string;
  projectsShare?: string | undefined;
  registered: string;
  registeredShare?: string | undefined;
  registeredUsd?: string | undefined;
  implemented: string;
  implementedPct: string;
}

/** Projects in force at the end of the period: how many, registered and implemented capital, by type. */
export function InvestmentCumulative({
  report,
  projects,
}: {
  report: InvestmentReport;
  projects: ProjectsLink;
}) {
  const { t } = useTranslation(['reports', 'common']);
  const format = useFormat();
  const tyParts = useTyParts();
  const { total, ddi, fdi } = report.cumulative;
  const all = projects();
  const lines: Line[] = [
    {
      key: 'ddi',
      label: t('common:investmentTypes.DDI'),
      to: projects('DDI'),
      projects: format.number(ddi.projects),
      projectsShare: format.percent(ddi.projectsSharePct),
      registered: format.ty(ddi.registeredVnd),
      registeredShare: format.percent(ddi.registeredSharePct),
      implemented: format.ty(ddi.implementedVnd, 1),
      implementedPct: format.percent(ddi.implementedPct),
    },
    {
      key: 'fdi',
      label: t('common:investmentTypes.FDI'),
      to: projects('FDI'),
      projects: format.number(fdi.projects),
      projectsShare: format.percent(fdi.projectsSharePct),
      registered: format.ty(fdi.registeredVnd),
      registeredShare: format.percent(fdi.registeredSharePct),
      registeredUsd: format.millionUsd(fdi.registeredUsd),
      implemented: format.ty(fdi.implementedVnd, 1),
      implementedPct: format.percent(fdi.implementedPct),
    },
    {
      key: 'total',
      label: t('investment.total'),
      to: all,
      projects: format.number(total.projects),
      registered: format.ty(total.registeredVnd),
      implemented: format.ty(total.implementedVnd, 1),
      implementedPct: format.percent(total.implementedPct),
    },
  ];
  return (
    <Card title={t('investment.cumulativeTitle', { date: format.date(report.cumulative.asOf) })}>
      <Row gutter={[16, 16]}>
        <Col xs={24} sm={12} xl={6}>
          <FigureTile
            label={t('investment.inForce')}
            value={format.number(total.projects)}
            unit={t('units.projects')}
            to={all}
          />
        </Col>
        <Col xs={24} sm={12} xl={6}>
          <FigureTile label={t('investment.registered')} {...tyParts(total.registeredVnd)} to={all} />
        </Col>
        <Col xs={24} sm={12} xl={6}>
          <FigureTile label={t('investment.implemented')} {...tyParts(total.implementedVnd, 1)} to={all} />
        </Col>
        <Col xs={24} sm={12} xl={6}>
          <FigureTile
            label={t('investment.implementedPct')}
            value={format.percent(total.implementedPct)}
            to={all}
          />
        </Col>
        <Col span={24}>
          <FigureTable<Line>
            rows={lines}
            strong={(line) => line.key === 'total'}
            columns={[
              { title: t('investment.columns.type'), render: (line) => line.label },
              {
                title: t('investment.columns.projects'),
                align: 'right',
                render: (line) => (
                  <FigureWithShare to={line.to} value={line.projects} share={line.projectsShare} />
                ),
              },
              {
                title: t('investment.columns.registered'),
                align: 'right',
                render: (line) => (
                  <>
                    <FigureWithShare to={line.to} value={line.registered} share={line.registeredShare} />
                    {line.registeredUsd ? (
                      <div>
                        <FigureLink to={line.to}>{line.registeredUsd}</FigureLink>
                      </div>
                    ) : null}
                  </>
                ),
              },
              {
                title: t('investment.columns.implemented'),
                align: 'right',
                render: (line) => <FigureLink to={line.to}>{line.implemented}</FigureLink>,
              },
              {
                title: t('investment.columns.implementedPct'),
                align: 'right',
                render: (line) => <FigureLink to={line.to}>{line.implementedPct}</FigureLink>,
              },
            ]}
          />
        </Col>
      </Row>
    </Card>
  );
}
