import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Input, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OnlineLevel } from '../../../domain/one-stop.ts';
import { BoardPicker, useBoardChoice } from '../../app/board-choice.tsx';
import { useCan } from '../../app/session.tsx';
import { errorMessage } from '../../shared/errors.ts';
import { useListParams } from '../../shared/list-params.ts';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { usePhone } from '../../shared/screen.ts';
import { OfficeCard } from './OfficeCard.tsx';
import { ProcedureFormModal } from './ProcedureFormModal.tsx';
import { useProcedures, type ProcedureInForce } from './procedures.api.ts';
import { OnlineLevelTag, useDeadlineText } from './words.tsx';

/** Danh mục thủ tục hành chính: the board's procedures as in force today, and its one-stop office. */
export function Component() {
  const { t } = useTranslation(['oneStop', 'common']);
  const phone = usePhone();
  const deadline = useDeadlineText();
  const canProcess = useCan('onestop.process');
  const board = useBoardChoice();
  const params = useListParams(['search'] as const);
  const search = typeof params.values.search === 'string' ? params.values.search : undefined;
  const procedures = useProcedures(
    { boardId: board.boardId, search, includeRetired: 'true', page: params.page, pageSize: params.pageSize },
    board.boardId !== undefined,
  );
  const [creating, setCreating] = useState(false);

  return (
    <>
      <PageTitle
        title={t('oneStop:procedures.title')}
        subtitle={t('oneStop:procedures.subtitle')}
        extra={
          <Space wrap>
            <BoardPicker choice={board} />
            {canProcess ? (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                disabled={!board.boardId}
                onClick={() => setCreating(true)}
              >
                {t('oneStop:procedures.create')}
              </Button>
            ) : null}
          </Space>
        }
      />
      {!board.boardId ? (
        <Empty description={t('common:boardChoice.needed')} />
      ) : (
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          <Input.Search
            allowClear
            defaultValue={search}
            key={search ?? ''}
            placeholder={t('oneStop:procedures.search')}
            aria-label={t('oneStop:procedures.search')}
            style={{ width: phone ? '100%' : 360 }}
            onSearch={(value) => params.update({ search: value.trim() || undefined })}
          />
          {procedures.error ? (
            <Alert type="error" showIcon title={errorMessage(t, procedures.error)} />
          ) : null}
          <Table<ProcedureInForce>
            rowKey="id"
            size="small"
            loading={procedures.isFetching}
            dataSource={procedures.data?.items}
            scroll={{ x: 'max-content' }}
            title={() => <Typography.Text strong>{t('oneStop:procedures.caption')}</Typography.Text>}
            aria-label={t('oneStop:procedures.caption')}
            locale={{ emptyText: t('oneStop:procedures.empty') }}
            pagination={{
              current: params.page,
              pageSize: params.pageSize,
              total: procedures.data?.total,
              simple: phone,
              showTotal: (total) => t('common:list.total', { total }),
              onChange: (page, pageSize) => params.update({ page, pageSize }),
            }}
            columns={[
              {
                title: t('oneStop:procedures.code'),
                dataIndex: 'code',
                render: (code: string, row) => <Link to={`/one-stop/procedures/${row.id}`}>{code}</Link>,
              },
              {
                title: t('oneStop:procedures.name'),
                dataIndex: 'name',
                render: (name: string, row) => (
                  <div style={{ minWidth: 220, maxWidth: 480 }}>
                    {name}
                    {row.retiredOn ? (
                      <>
                        {' '}
                        <Tag>{t('oneStop:procedures.retired')}</Tag>
                      </>
                    ) : null}
                  </div>
                ),
              },
              { title: t('oneStop:procedures.field'), dataIndex: 'field' },
              {
                title: t('oneStop:procedures.deadline'),
                render: (_, row) => deadline(row.deadline),
              },
              {
                title: t('oneStop:procedures.onlineLevel'),
                dataIndex: 'onlineLevel',
                render: (level: OnlineLevel) => <OnlineLevelTag level={level} />,
              },
              {
                title: t('oneStop:procedures.fee'),
                dataIndex: 'fee',
                render: (fee: string | null) => <div style={{ maxWidth: 220 }}>{fee ?? '—'}</div>,
              },
            ]}
          />
          <OfficeCard boardId={board.boardId} canEdit={canProcess} />
        </Space>
      )}
      {creating ? (
        <ProcedureFormModal
          mode={{ kind: 'create', boardId: board.boardId }}
          onClose={() => setCreating(false)}
        />
      ) : null}
    </>
  );
}
