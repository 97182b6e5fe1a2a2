import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useCan } from '../../app/session.tsx';
import { useFormat } from '../../shared/format.ts';
import { useListParams } from '../../shared/list-params.ts';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { CreateZoneModal } from './ZoneModals.tsx';
import { useZones, type Zone } from './zones.api.ts';

export const STATUS_COLORS = {
  planned: 'default',
  established: 'blue',
  under_construction: 'orange',
  operating: 'green',
} as const;

/** Danh sách khu: kind, status, area, industrial land, leased, occupancy. */
export function Component() {
  const { t } = useTranslation(['zones', 'common']);
  const format = useFormat();
  const params = useListParams(['q', 'kind', 'status', 'asOf', 'boardId'] as const);
  const asOf = params.values.asOf as string | undefined;
  const zones = useZones({
    q: params.values.q as string | undefined,
    kind: params.list('kind'),
    status: params.list('status'),
    boardId: params.list('boardId'),
    asOf,
    page: params.page,
    pageSize: params.pageSize,
  });

  const canWrite = useCan('records.write');
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);

  return (
    <>
      <PageTitle
        title={t('zones:title')}
        subtitle={t('zones:subtitle')}
        extra={
          canWrite ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('zones:edit.create')}
            </Button>
          ) : undefined
        }
      />
      {creating ? (
        <CreateZoneModal
          onClose={(zone) => {
            setCreating(false);
            if (zone) void navigate(`/zones/${zone.id}`);
          }}
        />
      ) : null}
      {asOf ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          message={t('zones:statusAsOf', { date: format.date(asOf) })}
          action={
            <Button size="small" onClick={() => params.update({ asOf: undefined })}>
              {t('common:actions.clear')}
            </Button>
          }
        />
      ) : null}
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search
          allowClear
          placeholder={t('common:list.searchPlaceholder')}
          defaultValue={params.values.q as string | undefined}
          onSearch={(q) => params.update({ q })}
          style={{ width: 320 }}
          aria-label={t('common:actions.search')}
        />
        <Select
          mode="multiple"
          allowClear
          placeholder={t('zones:kind')}
          value={params.list('kind')}
          onChange={(kind) => params.update({ kind })}
          style={{ minWidth: 180 }}
          options={(['KCN', 'KKT', 'KCX'] as const).map((kind) => ({
            value: kind,
            label: t(`common:zoneKinds.${kind}`),
          }))}
        />
        <Select
          mode="multiple"
          allowClear
          placeholder={t('zones:status')}
          value={params.list('status')}
          onChange={(status) => params.update({ status })}
          style={{ minWidth: 220 }}
          options={(['planned', 'established', 'under_construction', 'operating'] as const).map((status) => ({
            value: status,
            label: t(`common:zoneStatuses.${status}`),
          }))}
        />
      </Space>
      <Table<Zone>
        rowKey="id"
        loading={zones.isPending}
        dataSource={zones.data?.items}
        pagination={{
          current: params.page,
          pageSize: params.pageSize,
          total: zones.data?.total,
          showTotal: (total) => t('common:list.total', { total }),
          onChange: (page, pageSize) => params.update({ page, pageSize }),
        }}
        columns={[
          { title: t('zones:code'), dataIndex: 'code', width: 110 },
          {
            title: t('zones:name'),
            dataIndex: 'name',
            render: (name: string, zone) => <Link to={`/zones/${zone.id}`}>{name}</Link>,
          },
          {
            title: t('zones:kind'),
            dataIndex: 'kind',
            render: (kind: Zone['kind'], zone) => (
              <>
                {t(`common:zoneKinds.${kind}`)}
                {zone.parentZone ? (
                  <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                    {t('zones:insideParent', { name: zone.parentZone.name })}
                  </Typography.Text>
                ) : null}
              </>
            ),
          },
          {
            title: t('zones:status'),
            dataIndex: 'status',
            render: (status: Zone['status']) => (
              <Tag color={STATUS_COLORS[status]}>{t(`common:zoneStatuses.${status}`)}</Tag>
            ),
          },
          {
            title: t('zones:area'),
            dataIndex: 'areaHa',
            align: 'right',
            render: (v: string) => format.ha(v),
          },
          {
            title: t('zones:industrialLand'),
            dataIndex: 'industrialLandHa',
            align: 'right',
            render: (v: string | null) => format.ha(v),
          },
          {
            title: t('zones:leasedLand'),
            dataIndex: 'leasedLandHa',
            align: 'right',
            render: (v: string | null) => format.ha(v),
          },
          {
            title: t('zones:occupancy'),
            dataIndex: 'occupancyPct',
            align: 'right',
            render: (v: number | null) => format.percent(v),
          },
          {
            title: t('zones:occupancyDecree35Short'),
            dataIndex: 'occupancyDecree35Pct',
            align: 'right',
            render: (v: number | null) => format.percent(v),
          },
        ]}
      />
    </>
  );
}
