import { Alert, Card, Col, Empty, Row, Space, Statistic, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../shared/errors.ts';
import { ExcelDownloadButton } from '../../shared/ExcelDownloadButton.tsx';
import { useFormat } from '../../shared/format.ts';
import { useListParams } from '../../shared/list-params.ts';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { BoardPicker, useBoardChoice } from '../../app/board-choice.tsx';
import { useCan } from '../../app/session.tsx';
import { PeriodSelect } from './PeriodSelect.tsx';
import { SendRemindersButton } from './Reminders.tsx';
import {
  useCompleteness,
  useReminders,
  useReportingPeriods,
  type CompletenessRow,
  type Reminder,
} from './statistics.api.ts';
import { ReportStatusTag } from './StatusTag.tsx';

const TILES = ['expected', 'submitted', 'accepted', 'onTime', 'late', 'missing'] as const;

/**
 * Tình hình nộp báo cáo of a period: counts, on-time rate, every enterprise, and whom to remind —
 * both lists a page at a time (a board expects hundreds of enterprises; the API answers them all).
 */
export function Component() {
  const { t } = useTranslation(['statistics', 'common']);
  const format = useFormat();
  const params = useListParams(['period'] as const);
  const board = useBoardChoice();
  const periods = useReportingPeriods({ boardId: board.boardId });
  const latest = [...(periods.data ?? [])]
    .map((p) => p.period)
    .sort()
    .reverse()[0];
  const period = typeof params.values.period === 'string' ? params.values.period : latest;
  const completeness = useCompleteness(period, board.boardId);
  const reminders = useReminders(period, board.boardId);
  const canReview = useCan('statistics.review');
  const data = completeness.data;

  return (
    <>
      <PageTitle
        title={t('completeness.title')}
        subtitle={t('completeness.subtitle')}
        extra={
          <Space wrap>
            <BoardPicker choice={board} />
            <PeriodSelect
              value={period}
              boardId={board.boardId}
              onChange={(p) => params.update({ period: p })}
            />
            <ExcelDownloadButton
              path="/statistics/completeness"
              query={{ period, boardId: board.boardId }}
              disabled={!period || !board.boardId}
            />
          </Space>
        }
      />
      {completeness.error ? (
        <Alert
          type="error"
          showIcon
          title={errorMessage(t, completeness.error)}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      {!board.boardId ? (
        <Empty description={t('common:boardChoice.needed')} />
      ) : !period ? (
        <Empty description={t('completeness.choosePeriod')} />
      ) : !data ? null : (
        <Space orientation="vertical" size="large" style={{ width: '100%' }}>
          <Row gutter={[16, 16]}>
            {TILES.map((key) => (
              <Col xs={12} md={8} xl={3} key={key}>
                <Card size="small">
                  <div data-testid={`completeness-${key}`}>
                    <Statistic title={t(`completeness.${key}`)} value={format.number(data[key])} />
                  </div>
                </Card>
              </Col>
            ))}
            <Col xs={24} md={16} xl={6}>
              <Card size="small">
                <div data-testid="completeness-onTimeRate">
                  <Statistic title={t('completeness.onTimeRate')} value={format.percent(data.onTimePct)} />
                </div>
              </Card>
            </Col>
          </Row>
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={16}>
              <Card title={t('completeness.enterprises')}>
                <Table<CompletenessRow>
                  size="small"
                  rowKey="id"
                  dataSource={data.enterprises}
                  pagination={{
                    defaultPageSize: 20,
                    hideOnSinglePage: true,
                    showSizeChanger: true,
                    showTotal: (n) => t('common:list.total', { total: n }),
                  }}
                  columns={[
                    { title: t('fields.taxCode'), dataIndex: 'taxCode' },
                    { title: t('fields.enterprise'), dataIndex: 'name' },
                    {
                      title: t('fields.status'),
                      render: (_, r) => <ReportStatusTag status={r.status} />,
                    },
                    { title: t('fields.submittedAt'), render: (_, r) => format.dateTime(r.submittedAt) },
                    {
                      title: t('fields.daysLate'),
                      align: 'right',
                      render: (_, r) =>
                        r.daysLate ? (
                          <Typography.Text type="danger">{format.number(r.daysLate)}</Typography.Text>
                        ) : (
                          '—'
                        ),
                    },
                  ]}
                />
              </Card>
            </Col>
            <Col xs={24} xl={8}>
              <Card title={t('completeness.reminders')}>
                {/* In the body, not the header: beside the title the date sent squeezed it to "C…". */}
                {canReview && period ? (
                  <div style={{ marginBottom: 12 }}>
                    <SendRemindersButton
                      period={period}
                      boardId={board.boardId}
                      pending={reminders.data?.length ?? 0}
                    />
                  </div>
                ) : null}
                <Table<Reminder>
                  size="small"
                  rowKey="id"
                  loading={reminders.isPending}
                  dataSource={reminders.data ?? []}
                  pagination={{
                    defaultPageSize: 10,
                    hideOnSinglePage: true,
                    showSizeChanger: false,
                    showLessItems: true,
                    size: 'small',
                    showTotal: (n) => t('common:list.total', { total: n }),
                  }}
                  locale={{ emptyText: t('completeness.remindersEmpty') }}
                  columns={[
                    { title: t('fields.taxCode'), dataIndex: 'taxCode' },
                    {
                      title: t('fields.enterprise'),
                      render: (_, r) => (
                        <>
                          {r.name} <ReportStatusTag status={r.status} />
                          {r.usernames.length > 0 ? (
                            <div>
                              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                                {r.usernames.join(', ')}
                              </Typography.Text>
                            </div>
                          ) : null}
                        </>
                      ),
                    },
                    {
                      title: t('fields.daysLate'),
                      align: 'right',
                      render: (_, r) => (r.daysLate ? format.number(r.daysLate) : '—'),
                    },
                  ]}
                />
              </Card>
            </Col>
          </Row>
        </Space>
      )}
    </>
  );
}
