import { useQuery } from '@tanstack/react-query';
import {
  Button,
  Card,
  Col,
  Descriptions,
  Progress,
  Result,
  Row,
  Space,
  Spin,
  Table,
  Tag,
  Timeline,
} from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/session.tsx';
import { Link, useParams } from 'react-router';
import { api, type Schema } from '../../shared/api.ts';
import { errorMessage } from '../../shared/errors.ts';
import { useFormat } from '../../shared/format.ts';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { ZoneBoundarySection } from '../boundaries/index.ts';
import { ZoneWorksSection } from '../infrastructure/index.ts';
import { ZonePublicPageSection } from '../investor-portal/index.ts';
import { ZoneDecisionsSection } from '../planning/index.ts';
import { EditZoneModal, LandChangeModal, StatusChangeModal } from './ZoneModals.tsx';
import { useZone } from './zones.api.ts';
import { STATUS_COLORS } from './ZonesPage.tsx';

/** A project of the zone, as GET /api/v1/projects lists it. */
type ZoneProject = Schema<'Project'>;
type LandEntry = Schema<'Zone'>['landHistory'][number];

const LandChart = lazy(() => import('./LandChart.tsx'));
const ZoneProfileCard = lazy(() => import('./ZoneProfileCard.tsx'));

/** Hectares for drawing (the table shows the exact figures). */
const plotted = (...values: (string | null)[]) =>
  values.every((v) => v === null) ? null : values.reduce((sum, v) => sum + Number(v ?? 0), 0);

/**
 * One zone: its land now and over time, its place among zones, master data, status history and
 * decisions, infrastructure works, boundary, and the projects in it.
 */
export function Component() {
  const { id = '' } = useParams();
  const { t } = useTranslation(['zones', 'common']);
  const format = useFormat();
  const zone = useZone(id);
  const projects = useQuery({
    queryKey: ['projects', { zoneId: id }],
    queryFn: () => api.get('/projects', { query: { zoneId: id, pageSize: 500, sort: '-licensedOn' } }),
  });

  const canWrite = useCan('records.write');
  const [editing, setEditing] = useState<'zone' | 'status' | 'land' | null>(null);

  if (zone.isPending) return <Spin />;
  if (zone.error) return <Result status="warning" title={errorMessage(t, zone.error)} />;
  const z = zone.data;
  return (
    <>
      <PageTitle
        title={z.name}
        subtitle={`${z.code} · ${t(`common:zoneKinds.${z.kind}`)}`}
        extra={
          <Space wrap>
            <Tag color={STATUS_COLORS[z.status]}>{t(`common:zoneStatuses.${z.status}`)}</Tag>
            {canWrite ? (
              <>
                <Button onClick={() => setEditing('status')}>{t('zones:edit.statusButton')}</Button>
                <Button onClick={() => setEditing('land')}>{t('zones:edit.landButton')}</Button>
                <Button onClick={() => setEditing('zone')}>{t('zones:edit.editButton')}</Button>
              </>
            ) : null}
          </Space>
        }
      />
      {editing === 'zone' ? <EditZoneModal zone={z} onClose={() => setEditing(null)} /> : null}
      {editing === 'status' ? <StatusChangeModal zone={z} onClose={() => setEditing(null)} /> : null}
      {editing === 'land' ? <LandChangeModal zone={z} onClose={() => setEditing(null)} /> : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card title={t('zones:land')}>
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t('zones:area')}>{format.ha(z.areaHa)}</Descriptions.Item>
              <Descriptions.Item label={t('zones:parentZone')}>
                {z.parentZone ? (
                  <Link to={`/zones/${z.parentZone.id}`}>
                    {z.parentZone.code} — {z.parentZone.name}
                  </Link>
                ) : (
                  t('zones:noParent')
                )}
              </Descriptions.Item>
              {z.childZones.length > 0 ? (
                <Descriptions.Item label={t('zones:childZones')}>
                  <Space wrap size={[4, 4]}>
                    {z.childZones.map((child) => (
                      <Link key={child.id} to={`/zones/${child.id}`}>
                        <Tag>{`${child.code} — ${child.name}`}</Tag>
                      </Link>
                    ))}
                  </Space>
                </Descriptions.Item>
              ) : null}
              <Descriptions.Item label={t('zones:industrialLand')}>
                {format.ha(z.industrialLandHa)}
              </Descriptions.Item>
              <Descriptions.Item label={t('zones:leasedLand')}>{format.ha(z.leasedLandHa)}</Descriptions.Item>
              <Descriptions.Item label={t('zones:serviceLand')}>
                {format.ha(z.serviceLandHa)}
              </Descriptions.Item>
              <Descriptions.Item label={t('zones:leasedServiceLand')}>
                {format.ha(z.leasedServiceLandHa)}
              </Descriptions.Item>
              <Descriptions.Item label={t('zones:occupancyDecree35')}>
                <Occupancy value={z.occupancyDecree35Pct} hint={t('zones:occupancyDecree35Hint')} />
              </Descriptions.Item>
              <Descriptions.Item label={t('zones:occupancyOld')}>
                <Occupancy value={z.occupancyPct} />
              </Descriptions.Item>
              <Descriptions.Item label={t('zones:developer')}>{z.developer ?? '—'}</Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card title={t('zones:statusHistory')}>
            {z.statusHistory.length === 0 ? (
              t('zones:noHistory')
            ) : (
              <Timeline
                items={z.statusHistory.map((entry) => ({
                  color: STATUS_COLORS[entry.status] === 'default' ? 'gray' : STATUS_COLORS[entry.status],
                  children: `${format.date(entry.since)} — ${t(`common:zoneStatuses.${entry.status}`)}`,
                }))}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <LandHistoryCard entries={z.landHistory} />
        </Col>
        <Col xs={24} lg={10}>
          <Suspense fallback={<Card loading />}>
            <ZoneDecisionsSection zoneId={z.id} canWrite={canWrite} statusHistory={z.statusHistory} />
          </Suspense>
        </Col>
        <Col xs={24} lg={14}>
          <Suspense fallback={<Card loading />}>
            <ZoneProfileCard zoneId={z.id} zoneKind={z.kind} canWrite={canWrite} />
          </Suspense>
        </Col>
        <Col xs={24} lg={10}>
          <Suspense fallback={<Card loading />}>
            <ZoneBoundarySection zoneId={z.id} canWrite={canWrite} />
          </Suspense>
        </Col>
        <Col span={24}>
          <Suspense fallback={<Card loading />}>
            <ZoneWorksSection zoneId={z.id} canWrite={canWrite} />
          </Suspense>
        </Col>
        <Col span={24}>
          <Suspense fallback={<Card loading />}>
            <ZonePublicPageSection zoneId={z.id} canWrite={canWrite} />
          </Suspense>
        </Col>
        <Col span={24}>
          <Card title={t('zones:projects', { count: projects.data?.total ?? 0 })}>
            <Table<ZoneProject>
              rowKey="id"
              size="small"
              loading={projects.isPending}
              dataSource={projects.data?.items}
              pagination={{ pageSize: 20 }}
              columns={[
                { title: t('zones:projectCode'), dataIndex: 'code', width: 130 },
                {
                  title: t('zones:projectName'),
                  dataIndex: 'name',
                  render: (name: string, p) => <Link to={`/projects/${p.id}`}>{name}</Link>,
                },
                {
                  title: t('zones:investmentType'),
                  dataIndex: 'investmentType',
                  render: (v: 'FDI' | 'DDI') => t(`common:investmentTypesShort.${v}`),
                },
                {
                  title: t('zones:licensedOn'),
                  dataIndex: 'licensedOn',
                  render: (v: string | null) => format.date(v),
                },
                {
                  title: t('zones:registeredCapital'),
                  dataIndex: 'registeredCapitalVnd',
                  align: 'right',
                  render: (v: string | null) => format.ty(v),
                },
                {
                  title: t('zones:projectStatus'),
                  dataIndex: 'status',
                  render: (v: 'active' | 'terminated') => (
                    <Tag color={v === 'active' ? 'green' : 'default'}>{t(`common:projectStatuses.${v}`)}</Tag>
                  ),
                },
              ]}
            />
          </Card>
        </Col>
      </Row>
    </>
  );
}

/** An occupancy as a bar with its figure, or a dash when it cannot be computed. */
function Occupancy({ value, hint }: { value: number | null; hint?: string }) {
  const format = useFormat();
  if (value === null) return <>—</>;
  return (
    <Progress
      percent={value}
      size="small"
      format={() => format.percent(value)}
      style={{ width: 240 }}
      {...(hint ? { title: hint } : {})}
    />
  );
}

/** The zone's land over time: a step chart and the entries with their exact figures. */
function LandHistoryCard({ entries }: { entries: LandEntry[] }) {
  const { t } = useTranslation(['zones', 'common']);
  const format = useFormat();
  return (
    <Card title={t('zones:landHistory')}>
      {entries.length === 0 ? (
        t('zones:landHistoryEmpty')
      ) : (
        <>
          {entries.length > 1 ? (
            <Suspense fallback={<Spin />}>
              <LandChart
                title={t('zones:landChart')}
                landLabel={t('zones:landChartLand')}
                leasedLabel={t('zones:landChartLeased')}
                points={entries.map((e) => ({
                  label: format.date(e.asOf),
                  land: plotted(e.industrialLandHa, e.serviceLandHa),
                  leased: plotted(e.leasedLandHa, e.leasedServiceLandHa),
                }))}
              />
            </Suspense>
          ) : null}
          <Table<LandEntry>
            rowKey="asOf"
            size="small"
            pagination={false}
            scroll={{ x: 'max-content' }}
            dataSource={[...entries].reverse()}
            columns={[
              { title: t('zones:landAsOf'), dataIndex: 'asOf', render: (v: string) => format.date(v) },
              {
                title: t('zones:industrialLand'),
                dataIndex: 'industrialLandHa',
                align: 'right',
                render: format.ha,
              },
              { title: t('zones:leasedLand'), dataIndex: 'leasedLandHa', align: 'right', render: format.ha },
              {
                title: t('zones:serviceLand'),
                dataIndex: 'serviceLandHa',
                align: 'right',
                render: format.ha,
              },
              {
                title: t('zones:leasedServiceLand'),
                dataIndex: 'leasedServiceLandHa',
                align: 'right',
                render: format.ha,
              },
              { title: t('zones:landNote'), dataIndex: 'note', render: (v: string | null) => v ?? '' },
            ]}
          />
        </>
      )}
    </Card>
  );
}
