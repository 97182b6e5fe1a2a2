import { FileExcelOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Empty, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { INSPECTION_KINDS, INSPECTION_STATUSES, INSPECTION_TOPICS } from '../../../domain/inspection.ts';
import { BoardPicker, useBoardChoice } from '../../app/board-choice.tsx';
import { useCan } from '../../app/session.tsx';
import { errorMessage } from '../../shared/errors.ts';
import { FilterBar } from '../../shared/FilterBar.tsx';
import { useFormat } from '../../shared/format.ts';
import { useListParams } from '../../shared/list-params.ts';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { usePhone } from '../../shared/screen.ts';
import { downloadInspections, useInspections, type InspectionSummary } from './inspection.api.ts';
import { InspectionFormModal } from './InspectionFormModal.tsx';
import { InspectionStatusTag, TopicSelect, TopicTags, YearSelect } from './words.tsx';

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/**
 * Cuộc kiểm tra: the board's inspections in and out of plan, filtered by year, status, topic and
 * kind (kept in the address), as Excel too; recording a new one.
 */
export function Component() {
  const { t } = useTranslation(['inspection', 'common']);
  const format = useFormat();
  const phone = usePhone();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const canManage = useCan('inspection.manage');
  const board = useBoardChoice();
  const params = useListParams(['year', 'status', 'topic', 'kind', 'enterpriseId'] as const);
  const yearText = one(params.values.year);
  const year = yearText === 'all' ? undefined : Number(yearText) || new Date().getFullYear();
  const status = INSPECTION_STATUSES.find((s) => s === one(params.values.status));
  const topic = INSPECTION_TOPICS.find((s) => s === one(params.values.topic));
  const kind = INSPECTION_KINDS.find((s) => s === one(params.values.kind));
  const enterpriseId = one(params.values.enterpriseId);
  const filters = { board: board.board?.code, year, status, topic, kind, enterpriseId };
  const inspections = useInspections({ ...filters, page: params.page, pageSize: params.pageSize });
  const [creating, setCreating] = useState(false);
  const [downloading, setDownloading] = useState(false);

  async function excel() {
    setDownloading(true);
    try {
      await downloadInspections(filters);
    } catch (error) {
      void message.error(t('inspection:downloadFailed', { message: errorMessage(t, error) }));
    } finally {
      setDownloading(false);
    }
  }

  return (
    <>
      <PageTitle
        title={t('inspection:inspections.title')}
        subtitle={t('inspection:inspections.subtitle')}
        extra={
          <Space wrap>
            <BoardPicker choice={board} />
            <Button
              icon={<FileExcelOutlined />}
              loading={downloading}
              disabled={!board.boardId}
              onClick={() => void excel()}
            >
              {t('inspection:excel')}
            </Button>
            {canManage ? (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                disabled={!board.boardId}
                onClick={() => setCreating(true)}
              >
                {t('inspection:inspections.add')}
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
            <YearSelect
              allowClear
              label={t('inspection:fields.year')}
              placeholder={t('inspection:inspections.allYears')}
              value={year}
              onChange={(y) => params.update({ year: y === undefined ? 'all' : String(y) })}
            />
            <Select
              allowClear
              aria-label={t('inspection:fields.status')}
              placeholder={t('inspection:inspections.allStatuses')}
              value={status}
              style={{ width: phone ? '100%' : 180 }}
              onChange={(value?: string) => params.update({ status: value })}
              options={INSPECTION_STATUSES.map((s) => ({
                value: s,
                label: t(`inspection:inspectionStatuses.${s}`),
              }))}
            />
            <TopicSelect
              multiple={false}
              allowClear
              aria-label={t('inspection:fields.topic')}
              placeholder={t('inspection:inspections.allTopics')}
              value={topic}
              style={{ width: phone ? '100%' : 220 }}
              onChange={(value) => params.update({ topic: Array.isArray(value) ? value[0] : value })}
            />
            <Select
              allowClear
              aria-label={t('inspection:fields.kind')}
              placeholder={t('inspection:inspections.allKinds')}
              value={kind}
              style={{ width: phone ? '100%' : 180 }}
              onChange={(value?: string) => params.update({ kind: value })}
              options={INSPECTION_KINDS.map((k) => ({ value: k, label: t(`inspection:kinds.${k}`) }))}
            />
            {enterpriseId ? (
              <Button onClick={() => params.update({ enterpriseId: undefined })}>
                {t('inspection:inspections.allEnterprises')}
              </Button>
            ) : null}
          </FilterBar>
          {inspections.error ? (
            <Alert
              type="error"
              showIcon
              style={{ marginBottom: 16 }}
              title={errorMessage(t, inspections.error)}
            />
          ) : null}
          <Table<InspectionSummary>
            rowKey="id"
            size="small"
            loading={inspections.isFetching}
            dataSource={inspections.data?.items}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t('inspection:inspections.empty') }}
            pagination={{
              current: params.page,
              pageSize: params.pageSize,
              total: inspections.data?.total,
              simple: phone,
              showTotal: (total) => t('common:list.total', { total }),
              onChange: (page, pageSize) => params.update({ page, pageSize }),
            }}
            columns={[
              {
                title: t('inspection:fields.enterprise'),
                render: (_, row) => (
                  <div style={{ minWidth: 180, maxWidth: 320 }}>
                    <Link to={`/inspection/inspections/${row.id}`}>{row.enterprise.name}</Link>
                    <div>
                      <Typography.Text type="secondary">
                        {t('inspection:fields.taxCodeShort', { taxCode: row.enterprise.taxCode })}
                      </Typography.Text>
                    </div>
                  </div>
                ),
              },
              {
                title: t('inspection:fields.startedOn'),
                dataIndex: 'startedOn',
                render: (d: string) => format.date(d),
              },
              {
                title: t('inspection:fields.kind'),
                dataIndex: 'kind',
                render: (_, row) => t(`inspection:kinds.${row.kind}`),
                responsive: ['md'],
              },
              {
                title: t('inspection:fields.topics'),
                render: (_, row) => (
                  <div style={{ minWidth: 140, maxWidth: 280 }}>
                    <TopicTags topics={row.topics} />
                  </div>
                ),
              },
              {
                title: t('inspection:fields.teamLeader'),
                dataIndex: 'teamLeader',
                responsive: ['lg'],
              },
              {
                title: t('inspection:fields.status'),
                render: (_, row) => <InspectionStatusTag status={row.status} />,
              },
              {
                title: t('inspection:fields.findings'),
                render: (_, row) =>
                  row.findingCount === 0
                    ? '0'
                    : t('inspection:inspections.findingsOf', {
                        open: row.openFindingCount,
                        count: row.findingCount,
                      }),
              },
            ]}
          />
        </>
      )}
      {creating && board.board ? (
        <InspectionFormModal
          board={board.board.code}
          boardId={board.boardId}
          onClose={(saved) => {
            setCreating(false);
            if (saved) void navigate(`/inspection/inspections/${saved.id}`);
          }}
        />
      ) : null}
    </>
  );
}
