import { Card, Col, Descriptions, Progress, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../shared/format.ts';
import { FigureLink } from './Figure.tsx';
import { FigureTable } from './FigureTable.tsx';
import type { ZonesReport } from './reports.api.ts';

export const ZONE_STATUSES = ['planned', 'established', 'under_construction', 'operating'] as const;
type Status = (typeof ZONE_STATUSES)[number];

interface Line {
  key: Status | 'total' | 'ownArea';
  label: string;
  to: string;
  count: string;
  area: string;
}

/** Zones by status at a date (each count a link to those zones), and the land of the operating ones. */
export function ZonesFigures({
  report,
  zonesLink,
}: {
  report: ZonesReport;
  zonesLink: (status?: Status) => string;
}) {
  const { t } = useTranslation(['reports', 'common']);
  const format = useFormat();
  const op = report.byStatus.operating;
  const lines: Line[] = [
    ...ZONE_STATUSES.map((status) => ({
      key: status,
      label: t(`common:zoneStatuses.${status}`),
      to: zonesLink(status),
      count: format.number(report.byStatus[status].count),
      area: format.ha(report.byStatus[status].areaHa),
    })),
    {
      key: 'total',
      label: t('zones.total'),
      to: zonesLink(),
      count: format.number(report.total.count),
      area: format.ha(report.total.areaHa),
    },
    // zones-v1: the parks inside an economic zone counted once, when that differs from the total.
    ...(report.total.ownAreaHa !== report.total.areaHa
      ? [
          {
            key: 'ownArea' as const,
            label: t('zones.ownArea'),
            to: zonesLink(),
            count: '',
            area: format.ha(report.total.ownAreaHa),
          },
        ]
      : []),
  ];
  const operating = zonesLink('operating');
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={14}>
        <Card title={t('zones.byStatusTitle', { date: format.date(report.asOf) })}>
          <FigureTable<Line>
            rows={lines}
            strong={(line) => line.key === 'total'}
            columns={[
              { title: t('zones.status'), render: (line) => line.label },
              {
                title: t('zones.zoneCount'),
                align: 'right',
                render: (line) => <FigureLink to={line.to}>{line.count}</FigureLink>,
              },
              {
                title: t('zones.area'),
                align: 'right',
                render: (line) => <FigureLink to={line.to}>{line.area}</FigureLink>,
              },
            ]}
          />
        </Card>
      </Col>
      <Col xs={24} xl={10}>
        <Card title={t('zones.operatingTitle')} style={{ height: '100%' }}>
          <Descriptions column={1} size="small">
            <Descriptions.Item label={t('zones.zoneCount')}>
              <FigureLink to={operating}>{format.number(op.count)}</FigureLink>
            </Descriptions.Item>
            <Descriptions.Item label={t('zones.area')}>
              <FigureLink to={operating}>{format.ha(op.areaHa)}</FigureLink>
            </Descriptions.Item>
            <Descriptions.Item label={t('zones.industrialLand')}>
              <FigureLink to={operating}>{format.ha(op.industrialLandHa)}</FigureLink>
            </Descriptions.Item>
            <Descriptions.Item label={t('zones.leasedLand')}>
              <FigureLink to={operating}>{format.ha(op.leasedLandHa)}</FigureLink>
            </Descriptions.Item>
            <Descriptions.Item label={t('zones.occupancy')}>
              <FigureLink to={operating}>{format.percent(op.occupancyPct)}</FigureLink>
            </Descriptions.Item>
            <Descriptions.Item label={t('zones.serviceLand')}>
              <FigureLink to={operating}>{format.ha(op.serviceLandHa)}</FigureLink>
            </Descriptions.Item>
            <Descriptions.Item label={t('zones.leasedServiceLand')}>
              <FigureLink to={operating}>{format.ha(op.leasedServiceLandHa)}</FigureLink>
            </Descriptions.Item>
            <Descriptions.Item label={t('zones.occupancyDecree35')}>
              <FigureLink to={operating}>{format.percent(op.occupancyDecree35Pct)}</FigureLink>
            </Descriptions.Item>
          </Descriptions>
          {op.occupancyPct === null ? null : (
            <Progress percent={op.occupancyPct} showInfo={false} aria-label={t('zones.occupancy')} />
          )}
        </Card>
      </Col>
    </Row>
  );
}
