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
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/session.tsx';
import { Link, useParams } from 'react-router';
import { api, type Schema } from '../../shared/api.ts';
import { errorMessage } from '../../shared/errors.ts';
import { useFormat } from '../../shared/format.ts';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { EditZoneModal, StatusChangeModal } from './ZoneModals.tsx';
import { useZone } from './zones.api.ts';
import { STATUS_COLORS } from './ZonesPage.tsx';

/** A project of the zone, as GET /api/v1/projects lists it. */
type ZoneProject = Schema<'Project'>;

/** One zone: status history as a timeline, its land, the projects in it. */
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
  const [editing, setEditing] = useState<'zone' | 'status' | null>(null);

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
                <Button onClick={() => setEditing('zone')}>{t('zones:edit.editButton')}</Button>
              </>
            ) : null}
          </Space>
        }
      />
      {editing === 'zone' ? <EditZoneModal zone={z} onClose={() => setEditing(null)} /> : null}
      {editing === 'status' ? <StatusChangeModal zone={z} onClose={() => setEditing(null)} /> : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card title={t('zones:land')}>
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t('zones:area')}>{format.ha(z.areaHa)}</Descriptions.Item>
              <Descriptions.Item label={t('zones:industrialLand')}>
                {format.ha(z.industrialLandHa)}
              </Descriptions.Item>
              <Descriptions.Item label={t('zones:leasedLand')}>{format.ha(z.leasedLandHa)}</Descriptions.Item>
              <Descriptions.Item label={t('zones:occupancy')}>
                {z.occupancyPct === null ? (
                  '—'
                ) : (
                  <Progress
                    percent={z.occupancyPct}
                    size="small"
                    format={() => format.percent(z.occupancyPct)}
                    style={{ width: 240 }}
                  />
                )}
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
