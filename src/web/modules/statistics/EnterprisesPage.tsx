import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Input, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { BoardPicker, useBoardChoice } from '../../app/board-choice.tsx';
import { useCan } from '../../app/session.tsx';
import { errorMessage } from '../../shared/errors.ts';
import { ExcelDownloadButton } from '../../shared/ExcelDownloadButton.tsx';
import { useFormat } from '../../shared/format.ts';
import { useListParams } from '../../shared/list-params.ts';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { SEARCH_BY_LABEL } from '../../shared/search-select.ts';
import { OneTimePasswordModal, type OneTimePassword } from '../admin/index.ts';
import { useAllZones } from '../zones/index.ts';
import { EnterpriseAccountModal } from './EnterpriseAccountModal.tsx';
import { EnterpriseFormModal } from './EnterpriseFormModal.tsx';
import { OperatingTag } from './EnterpriseOperatingTag.tsx';
import { useEnterpriseList, type Enterprise } from './enterprises.api.ts';

const KEYS = ['q', 'zoneId', 'investmentType', 'operating'] as const;

/**
 * Doanh nghiệp: the board's enterprises, searched without accents and filtered by zone, type and
 * whether they still operate; staff register them, and give each an account to file with.
 */
export function Component() {
  const { t } = useTranslation(['statistics', 'common']);
  const format = useFormat();
  const navigate = useNavigate();
  const canWrite = useCan('records.write');
  const board = useBoardChoice();
  const params = useListParams(KEYS);
  const one = (key: (typeof KEYS)[number]) => {
    const value = params.values[key];
    return typeof value === 'string' ? value : undefined;
  };
  const zones = useAllZones();
  const boardZones = (zones.data?.items ?? []).filter((z) => z.boardId === board.boardId);
  const zoneName = (id: string) => zones.data?.items.find((z) => z.id === id)?.name ?? '—';
  const query = {
    boardId: board.boardId,
    q: one('q'),
    zoneId: one('zoneId'),
    investmentType: one('investmentType'),
    operating: one('operating'),
    page: params.page,
    pageSize: params.pageSize,
  };
  const enterprises = useEnterpriseList(query, board.boardId !== undefined);
  const [creating, setCreating] = useState(false);
  const [accountFor, setAccountFor] = useState<Enterprise | null>(null);
  const [password, setPassword] = useState<OneTimePassword | null>(null);

  return (
    <>
      <PageTitle
        title={t('enterprises.title')}
        subtitle={t('enterprises.subtitle')}
        extra={
          <Space wrap>
            <BoardPicker choice={board} />
            <ExcelDownloadButton path="/enterprises" query={query} disabled={!board.boardId} />
            {canWrite ? (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                disabled={!board.boardId}
                onClick={() => setCreating(true)}
              >
                {t('enterprises.add')}
              </Button>
            ) : null}
          </Space>
        }
      />
      {board.boardId ? null : (
        <Alert type="info" showIcon title={t('common:boardChoice.needed')} style={{ marginBottom: 16 }} />
      )}
      <Flex wrap gap={8} style={{ marginBottom: 12 }}>
        <Input.Search
          key={one('q') ?? ''}
          allowClear
          placeholder={t('enterprises.searchPlaceholder')}
          aria-label={t('common:actions.search')}
          defaultValue={one('q')}
          onSearch={(value) => params.update({ q: value.trim() || undefined })}
          style={{ flex: '1 1 260px', maxWidth: 400 }}
        />
        <Select
          allowClear
          showSearch={SEARCH_BY_LABEL}
          placeholder={t('enterprises.allZones')}
          aria-label={t('fields.zone')}
          value={one('zoneId')}
          onChange={(zoneId?: string) => params.update({ zoneId })}
          loading={zones.isPending}
          style={{ flex: '1 1 160px', maxWidth: 220 }}
          options={boardZones.map((z) => ({ value: z.id, label: z.name }))}
        />
        <Select
          allowClear
          placeholder={t('list.allTypes')}
          aria-label={t('fields.investmentType')}
          value={one('investmentType')}
          onChange={(investmentType?: string) => params.update({ investmentType })}
          style={{ flex: '1 1 160px', maxWidth: 220 }}
          options={(['FDI', 'DDI'] as const).map((v) => ({
            value: v,
            label: t(`common:investmentTypes.${v}`),
          }))}
        />
        <Select
          allowClear
          placeholder={t('enterprises.allStates')}
          aria-label={t('enterprises.state')}
          value={one('operating')}
          onChange={(operating?: string) => params.update({ operating })}
          style={{ flex: '1 1 160px', maxWidth: 220 }}
          options={(['operating', 'ceased'] as const).map((v) => ({
            value: v,
            label: t(`enterprises.states.${v}`),
          }))}
        />
      </Flex>
      {enterprises.error ? (
        <Alert
          type="error"
          showIcon
          title={errorMessage(t, enterprises.error)}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      <Table<Enterprise>
        rowKey="id"
        size="small"
        loading={board.boardId !== undefined && (enterprises.isPending || enterprises.isPlaceholderData)}
        dataSource={enterprises.data?.items}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: one('q') ? t('enterprises.noneFound', { q: one('q') }) : t('enterprises.none') }}
        pagination={{
          current: params.page,
          pageSize: params.pageSize,
          total: enterprises.data?.total,
          showSizeChanger: true,
          showTotal: (total) => t('common:list.total', { total: format.number(total) }),
          onChange: (page, pageSize) => params.update({ page, pageSize }),
        }}
        columns={[
          { title: t('fields.taxCode'), dataIndex: 'taxCode' },
          {
            title: t('enterprises.name'),
            dataIndex: 'name',
            render: (name: string, e) => (
              <>
                <Link to={`/statistics/enterprises/${e.id}`}>{name}</Link>{' '}
                <Tag color={e.investmentType === 'FDI' ? 'purple' : 'cyan'} style={{ marginInlineEnd: 0 }}>
                  {t(`common:investmentTypesShort.${e.investmentType}`)}
                </Tag>
              </>
            ),
          },
          { title: t('fields.zone'), dataIndex: 'zoneId', render: (id: string) => zoneName(id) },
          {
            title: t('enterprises.operatingSince'),
            dataIndex: 'operatingSince',
            render: (v: string | null) => format.date(v),
          },
          {
            title: t('enterprises.state'),
            key: 'state',
            render: (_: unknown, e) => <OperatingTag until={e.operatingUntil} />,
          },
          ...(canWrite
            ? [
                {
                  title: '',
                  key: 'actions',
                  align: 'right' as const,
                  render: (_: unknown, row: Enterprise) => (
                    <Button size="small" onClick={() => setAccountFor(row)}>
                      {t('enterprises.createAccount')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      {creating ? (
        <EnterpriseFormModal
          boardId={board.boardId}
          onClose={() => setCreating(false)}
          onSaved={(saved) => void navigate(`/statistics/enterprises/${saved.id}`)}
        />
      ) : null}
      {accountFor ? (
        <EnterpriseAccountModal
          enterprise={accountFor}
          onClose={(created) => {
            setAccountFor(null);
            if (created) setPassword({ ...created, reason: 'created' });
          }}
        />
      ) : null}
      <OneTimePasswordModal value={password} onClose={() => setPassword(null)} />
    </>
  );
}
