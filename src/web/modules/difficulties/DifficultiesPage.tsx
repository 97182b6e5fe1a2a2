import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Checkbox,
  Empty,
  Flex,
  Input,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { DIFFICULTY_STATUSES, DIFFICULTY_TOPICS } from '../../../domain/difficulties.ts';
import { BoardPicker, useBoardChoice } from '../../app/board-choice.tsx';
import { useCan } from '../../app/session.tsx';
import { errorMessage } from '../../shared/errors.ts';
import { FilterBar } from '../../shared/FilterBar.tsx';
import { useFormat } from '../../shared/format.ts';
import { useListParams } from '../../shared/list-params.ts';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { usePhone } from '../../shared/screen.ts';
import {
  downloadDifficulties,
  useDifficulties,
  type DifficultiesQuery,
  type DifficultySummary,
} from './difficulties.api.ts';
import { RecordModal } from './RecordModal.tsx';
import { AgeTag, one, StatusTag, useStatusOptions, useTopicOptions, yearOf, yearOptions } from './words.tsx';

/**
 * Khó khăn, vướng mắc của doanh nghiệp: one list of the board's items with their age (coloured by
 * it), filtered in the address (status, topic, responsible, stuck, year, search), as Excel too;
 * "Ghi nhận" records one raised at a dialogue conference, by letter or at a meeting.
 */
export function Component() {
  const { t } = useTranslation(['difficulties', 'common']);
  const format = useFormat();
  const phone = usePhone();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const canManage = useCan('difficulties.manage');
  const board = useBoardChoice();
  const params = useListParams(['status', 'topic', 'responsible', 'stuck', 'year', 'q'] as const);
  const status = DIFFICULTY_STATUSES.find((s) => s === one(params.values.status));
  const topic = DIFFICULTY_TOPICS.find((s) => s === one(params.values.topic));
  const responsible = one(params.values.responsible) || undefined;
  const stuck = one(params.values.stuck) === 'true' ? true : undefined;
  const year = yearOf(params.values.year);
  const q = one(params.values.q) || undefined;
  const query: DifficultiesQuery = {
    board: board.board?.code,
    status,
    topic,
    responsible,
    stuck,
    year,
    q,
    page: params.page,
    pageSize: params.pageSize,
  };
  const list = useDifficulties(query, board.boardId !== undefined);
  const statusOptions = useStatusOptions();
  const topicOptions = useTopicOptions();
  const [recording, setRecording] = useState(false);
  const [downloading, setDownloading] = useState(false);

  async function download() {
    setDownloading(true);
    try {
      await downloadDifficulties(query);
    } catch (error) {
      void message.error(t('common:listDownload.failed', { message: errorMessage(t, error) }));
    } finally {
      setDownloading(false);
    }
  }

  return (
    <>
      <PageTitle
        title={t('difficulties:list.title')}
        subtitle={t('difficulties:list.subtitle')}
        extra={
          <Space wrap>
            <BoardPicker choice={board} />
            <Button
              icon={<DownloadOutlined />}
              loading={downloading}
              disabled={!board.boardId}
              onClick={() => void download()}
            >
              {t('common:listDownload.button')}
            </Button>
            {canManage ? (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                disabled={!board.boardId}
                onClick={() => setRecording(true)}
              >
                {t('difficulties:list.record')}
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
            <Input.Search
              allowClear
              aria-label={t('difficulties:list.search')}
              placeholder={t('difficulties:list.searchPlaceholder')}
              defaultValue={q}
              style={{ width: phone ? '100%' : 260 }}
              onSearch={(value) => params.update({ q: value.trim() })}
            />
            <Select
              allowClear
              aria-label={t('difficulties:fields.status')}
              placeholder={t('difficulties:list.allStatuses')}
              value={status}
              style={{ width: phone ? '100%' : 170 }}
              onChange={(value?: string) => params.update({ status: value })}
              options={statusOptions}
            />
            <Select
              allowClear
              aria-label={t('difficulties:fields.topic')}
              placeholder={t('difficulties:list.allTopics')}
              value={topic}
              style={{ width: phone ? '100%' : 190 }}
              popupMatchSelectWidth={false}
              onChange={(value?: string) => params.update({ topic: value })}
              options={topicOptions}
            />
            <Input.Search
              allowClear
              aria-label={t('difficulties:fields.responsible')}
              placeholder={t('difficulties:fields.responsible')}
              defaultValue={responsible}
              style={{ width: phone ? '100%' : 220 }}
              onSearch={(value) => params.update({ responsible: value.trim() })}
            />
            <Select<number>
              allowClear
              aria-label={t('difficulties:fields.year')}
              placeholder={t('difficulties:list.allYears')}
              value={year}
              style={{ width: phone ? '100%' : 120 }}
              onChange={(y?: number) => params.update({ year: y === undefined ? undefined : String(y) })}
              options={yearOptions()}
            />
            <Checkbox
              checked={stuck === true}
              onChange={(e) => params.update({ stuck: e.target.checked ? 'true' : undefined })}
            >
              {t('difficulties:list.stuckOnly')}
            </Checkbox>
          </FilterBar>
          {list.error ? (
            <Alert type="error" showIcon style={{ marginBottom: 16 }} title={errorMessage(t, list.error)} />
          ) : null}
          <Table<DifficultySummary>
            rowKey="id"
            size="small"
            aria-label={t('difficulties:list.title')}
            loading={list.isFetching}
            dataSource={list.data?.items}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t('difficulties:list.empty') }}
            pagination={{
              current: params.page,
              pageSize: params.pageSize,
              total: list.data?.total,
              simple: phone,
              showTotal: (total) => t('common:list.total', { total }),
              onChange: (page, pageSize) => params.update({ page, pageSize }),
            }}
            columns={[
              {
                title: t('difficulties:fields.title'),
                render: (_, row) => (
                  <Flex vertical gap={2} style={{ minWidth: 200, maxWidth: 420 }}>
                    <Link to={`/difficulties/${row.id}`}>{row.title}</Link>
                    <Typography.Text type="secondary">
                      {row.reference} · {row.enterprise.name}
                    </Typography.Text>
                  </Flex>
                ),
              },
              {
                title: t('difficulties:fields.status'),
                dataIndex: 'status',
                render: (_, row) => (
                  <Flex gap={4} wrap>
                    <StatusTag status={row.status} />
                    {row.stuck ? (
                      <Tag color="red" style={{ marginInlineEnd: 0 }}>
                        {t('difficulties:list.stuck')}
                      </Tag>
                    ) : null}
                  </Flex>
                ),
              },
              {
                title: t('difficulties:fields.age'),
                dataIndex: 'ageDays',
                render: (_, row) => (
                  <AgeTag days={row.ageDays} resolved={row.status === 'resolved'} why={row.why} />
                ),
              },
              {
                title: t('difficulties:fields.topic'),
                dataIndex: 'topic',
                render: (_, row) => t(`difficulties:topics.${row.topic}`),
                responsive: ['md'],
              },
              {
                title: t('difficulties:fields.responsible'),
                dataIndex: 'responsible',
                render: (text: string) => text || '—',
                responsive: ['md'],
              },
              {
                title: t('difficulties:fields.raisedOn'),
                dataIndex: 'raisedOn',
                render: (d: string) => format.date(d),
                responsive: ['lg'],
              },
              {
                title: t('difficulties:fields.answerDueOn'),
                dataIndex: 'answerDueOn',
                render: (d: string | null) => format.date(d),
                responsive: ['lg'],
              },
            ]}
          />
        </>
      )}
      {recording && board.board ? (
        <RecordModal
          board={board.board}
          onClose={(created) => {
            setRecording(false);
            if (created) {
              void message.success(t('difficulties:record.done', { reference: created.reference }));
              void navigate(`/difficulties/${created.id}`);
            }
          }}
        />
      ) : null}
    </>
  );
}
