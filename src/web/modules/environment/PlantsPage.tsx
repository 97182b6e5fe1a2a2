import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { BoardPicker, useBoardChoice } from '../../app/board-choice.tsx';
import { useCan } from '../../app/session.tsx';
import { errorMessage } from '../../shared/errors.ts';
import { FilterBar } from '../../shared/FilterBar.tsx';
import { useFormat } from '../../shared/format.ts';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { usePhone } from '../../shared/screen.ts';
import { usePlants, useZoneChoices, type WastewaterPlant } from './environment.api.ts';
import { PlantFormModal } from './PlantForm.tsx';

/** Nhà máy xử lý nước thải tập trung: each zone's plants, their connection rate and last sample. */
export function Component() {
  const { t } = useTranslation(['environment', 'common']);
  const format = useFormat();
  const phone = usePhone();
  const navigate = useNavigate();
  const canManage = useCan('environment.manage');
  const board = useBoardChoice();
  const [zoneId, setZoneId] = useState<string | undefined>();
  const zones = useZoneChoices(board.boardId);
  const plants = usePlants({ board: board.board?.code, zoneId }, board.boardId !== undefined);
  const [creating, setCreating] = useState(false);

  return (
    <>
      <PageTitle
        title={t('environment:plants.title')}
        subtitle={t('environment:plants.subtitle')}
        extra={
          <Space wrap>
            <BoardPicker choice={board} />
            {canManage ? (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                disabled={!board.boardId}
                onClick={() => setCreating(true)}
              >
                {t('environment:plants.add')}
              </Button>
            ) : null}
          </Space>
        }
      />
      {!board.boardId ? (
        <Empty description={t('common:boardChoice.needed')} />
      ) : (
        <>
          <FilterBar phone={phone}>
            <Select
              allowClear
              aria-label={t('environment:fields.zone')}
              placeholder={t('environment:plants.allZones')}
              value={zoneId}
              style={{ width: phone ? '100%' : 320 }}
              onChange={(value?: string) => setZoneId(value)}
              options={(zones.data ?? []).map((z) => ({ value: z.id, label: `${z.code} — ${z.name}` }))}
            />
          </FilterBar>
          {plants.error ? (
            <Alert type="error" showIcon style={{ marginBottom: 16 }} title={errorMessage(t, plants.error)} />
          ) : null}
          <Table<WastewaterPlant>
            rowKey="id"
            size="small"
            loading={plants.isFetching}
            dataSource={plants.data}
            scroll={{ x: 'max-content' }}
            pagination={false}
            locale={{ emptyText: t('environment:plants.empty') }}
            columns={[
              {
                title: t('environment:fields.name'),
                dataIndex: 'name',
                render: (name: string, row) => <Link to={`/environment/plants/${row.id}`}>{name}</Link>,
              },
              {
                title: t('environment:fields.zone'),
                render: (_, row) => row.zone.name,
                responsive: ['md'],
              },
              {
                title: t('environment:fields.capacity'),
                align: 'right',
                render: (_, row) => format.number(row.capacityM3PerDay),
              },
              {
                title: t('environment:fields.status'),
                dataIndex: 'status',
                render: (s: WastewaterPlant['status']) => (
                  <Tag color={s === 'operating' ? 'green' : s === 'suspended' ? 'orange' : 'default'}>
                    {t(`environment:statuses.${s}`)}
                  </Tag>
                ),
              },
              {
                title: t('environment:fields.connectionRate'),
                render: (_, row) =>
                  t('environment:plants.rate', {
                    connected: row.zoneConnectedEnterprises,
                    operating: row.zoneOperatingEnterprises,
                    rate: format.percent(row.zoneConnectionRate),
                  }),
              },
              {
                title: t('environment:fields.lastSample'),
                render: (_, row) =>
                  row.lastSample ? (
                    <Space size={4} wrap>
                      {format.date(row.lastSample.sampledOn)}
                      {row.lastSample.exceedances > 0 ? (
                        <Tag color="red">
                          {t('environment:exceedsCount', { count: row.lastSample.exceedances })}
                        </Tag>
                      ) : (
                        <Tag color="green">{t('environment:withinLimits')}</Tag>
                      )}
                    </Space>
                  ) : (
                    t('environment:noSample')
                  ),
              },
            ]}
          />
        </>
      )}
      {creating && board.boardId ? (
        <PlantFormModal
          boardId={board.boardId}
          boardCode={board.board?.code}
          onClose={(saved) => {
            setCreating(false);
            if (saved) void navigate(`/environment/plants/${saved.id}`);
          }}
        />
      ) : null}
    </>
  );
}
