import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Empty, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DOCUMENT_TYPES } from '../../../domain/document-number.ts';
import { BoardPicker, useBoardChoice } from '../../app/board-choice.tsx';
import { useCan } from '../../app/session.tsx';
import { errorMessage } from '../../shared/errors.ts';
import { useFormat } from '../../shared/format.ts';
import { useListParams } from '../../shared/list-params.ts';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { useOutgoingDocuments, type OutgoingDocument } from './documents.api.ts';
import { TakeNumberModal } from './TakeNumberModal.tsx';

/** Sổ văn bản đi: the numbers the board has given its documents, by year, newest first. */
export function Component() {
  const { t } = useTranslation(['documents', 'common']);
  const format = useFormat();
  const { message } = App.useApp();
  const canWrite = useCan('records.write');
  const board = useBoardChoice();
  const params = useListParams(['year'] as const);
  const thisYear = new Date().getFullYear();
  const year = typeof params.values.year === 'string' ? Number(params.values.year) : undefined;
  const register = useOutgoingDocuments({
    boardId: board.boardId,
    year,
    page: params.page,
    pageSize: params.pageSize,
  });
  const [taking, setTaking] = useState(false);
  const [latest, setLatest] = useState<string | null>(null);

  return (
    <>
      <PageTitle
        title={t('documents:register.title')}
        subtitle={t('documents:register.subtitle')}
        extra={
          <Space wrap>
            <BoardPicker choice={board} />
            <Select
              allowClear
              aria-label={t('documents:register.year')}
              placeholder={t('documents:register.allYears')}
              value={year}
              style={{ width: 140 }}
              onChange={(value?: number) =>
                params.update({ year: value === undefined ? undefined : String(value) })
              }
              options={Array.from({ length: 8 }, (_, i) => thisYear - i).map((y) => ({
                value: y,
                label: String(y),
              }))}
            />
            {canWrite ? (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                disabled={!board.boardId}
                onClick={() => setTaking(true)}
              >
                {t('documents:take.open')}
              </Button>
            ) : null}
          </Space>
        }
      />
      {!board.boardId ? (
        <Empty description={t('common:boardChoice.needed')} />
      ) : (
        <>
          {register.error ? (
            <Alert
              type="error"
              showIcon
              style={{ marginBottom: 16 }}
              title={errorMessage(t, register.error)}
            />
          ) : null}
          <Table<OutgoingDocument>
            rowKey="id"
            size="small"
            loading={register.isPending}
            dataSource={register.data?.items}
            scroll={{ x: 'max-content' }}
            rowClassName={(row) => (row.number === latest ? 'ant-table-row-selected' : '')}
            locale={{ emptyText: t('documents:register.empty') }}
            pagination={{
              current: params.page,
              pageSize: params.pageSize,
              total: register.data?.total,
              showTotal: (total) => t('common:list.total', { total }),
              onChange: (page, pageSize) => params.update({ page, pageSize }),
            }}
            columns={[
              {
                title: t('documents:fields.number'),
                dataIndex: 'number',
                render: (number: string) => <Typography.Text strong>{number}</Typography.Text>,
              },
              {
                title: t('documents:fields.issuedOn'),
                dataIndex: 'issuedOn',
                render: (d: string) => format.date(d),
              },
              {
                title: t('documents:fields.type'),
                dataIndex: 'type',
                render: (type: OutgoingDocument['type']) => DOCUMENT_TYPES[type].name,
              },
              {
                title: t('documents:fields.summary'),
                dataIndex: 'summary',
                render: (summary: string) => <div style={{ minWidth: 220, maxWidth: 480 }}>{summary}</div>,
              },
              {
                title: t('documents:fields.signer'),
                render: (_, row) =>
                  row.signer ? (
                    <>
                      {row.signer}
                      {row.signerTitle ? (
                        <div>
                          <Typography.Text type="secondary">{row.signerTitle}</Typography.Text>
                        </div>
                      ) : null}
                    </>
                  ) : (
                    '—'
                  ),
              },
              {
                title: t('documents:fields.takenBy'),
                render: (_, row) => (
                  <>
                    {row.createdBy}
                    <div>
                      <Typography.Text type="secondary">{format.dateTime(row.createdAt)}</Typography.Text>
                    </div>
                  </>
                ),
              },
            ]}
          />
        </>
      )}
      {taking && board.boardId ? (
        <TakeNumberModal
          boardId={board.boardId}
          onClose={(taken) => {
            setTaking(false);
            if (taken) {
              setLatest(taken.number);
              void message.success(t('documents:take.done', { number: taken.number }));
            }
          }}
        />
      ) : null}
    </>
  );
}
