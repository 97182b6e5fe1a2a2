import { FileExcelOutlined, FileWordOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Empty, Row, Select, Space, Table, Typography } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { vietnamToday } from '../../../domain/calendar-date.ts';
import { BoardPicker, useBoardChoice } from '../../app/board-choice.tsx';
import { errorMessage } from '../../shared/errors.ts';
import { useFormat } from '../../shared/format.ts';
import { useListParams } from '../../shared/list-params.ts';
import { PageTitle } from '../../shared/PageTitle.tsx';
import {
  downloadStatistics,
  useDifficultyStatistics,
  type DifficultyStatistics,
} from './difficulties.api.ts';
import { yearOf, yearOptions } from './words.tsx';

const StatisticsChart = lazy(() => import('./StatisticsChart.tsx'));

interface Line {
  key: string;
  label: string;
  value: string;
  strong?: boolean;
}

/**
 * Thống kê khó khăn, vướng mắc of a year: raised (by topic, by channel), routed, answered on time
 * and late with the average working days, confirmed by the enterprise, reopened, open at the
 * year's end; a chart; the report as Word (Decree 30 layout) and as the Excel form.
 */
export function Component() {
  const { t } = useTranslation(['difficulties', 'common']);
  const format = useFormat();
  const { message } = App.useApp();
  const board = useBoardChoice();
  const params = useListParams(['year'] as const);
  const year = yearOf(params.values.year) ?? Number(vietnamToday().slice(0, 4));
  const query = { year, board: board.board?.code };
  const report = useDifficultyStatistics(query, board.boardId !== undefined);
  const data = report.data;
  const [busy, setBusy] = useState<'docx' | 'xlsx' | null>(null);

  async function download(kind: 'docx' | 'xlsx') {
    setBusy(kind);
    try {
      await downloadStatistics(query, kind);
    } catch (error) {
      void message.error(t('difficulties:statistics.failed', { message: errorMessage(t, error) }));
    } finally {
      setBusy(null);
    }
  }

  const n = (v: number) => format.number(v);
  const lines = (s: DifficultyStatistics): Line[] => [
    { key: 'raised', label: t('difficulties:statistics.raised'), value: n(s.raised), strong: true },
    { key: 'routed', label: t('difficulties:statistics.routed'), value: n(s.routed) },
    { key: 'answered', label: t('difficulties:statistics.answered'), value: n(s.answered), strong: true },
    { key: 'onTime', label: t('difficulties:statistics.answeredOnTime'), value: n(s.answeredOnTime) },
    { key: 'late', label: t('difficulties:statistics.answeredLate'), value: n(s.answeredLate) },
    {
      key: 'average',
      label: t('difficulties:statistics.average'),
      value: s.averageAnswerWorkingDays === null ? '—' : format.number(s.averageAnswerWorkingDays, 1),
    },
    {
      key: 'longest',
      label: t('difficulties:statistics.longest'),
      value: s.longestAnswerWorkingDays === null ? '—' : n(s.longestAnswerWorkingDays),
    },
    { key: 'confirmed', label: t('difficulties:statistics.confirmed'), value: n(s.confirmed), strong: true },
    { key: 'reopened', label: t('difficulties:statistics.reopened'), value: n(s.reopened) },
    { key: 'openAtYearEnd', label: t('difficulties:statistics.openAtYearEnd'), value: n(s.openAtYearEnd) },
  ];

  return (
    <>
      <PageTitle
        title={t('difficulties:statistics.title', { year })}
        subtitle={data?.boardName}
        extra={
          <Space wrap className="kcn-no-print">
            <BoardPicker choice={board} />
            <Select<number>
              aria-label={t('difficulties:fields.year')}
              value={year}
              style={{ width: 110 }}
              onChange={(y: number) => params.update({ year: String(y) })}
              options={yearOptions()}
            />
            <Button
              icon={<FileWordOutlined />}
              loading={busy === 'docx'}
              disabled={!data}
              onClick={() => void download('docx')}
            >
              {t('difficulties:statistics.word')}
            </Button>
            <Button
              icon={<FileExcelOutlined />}
              loading={busy === 'xlsx'}
              disabled={!data}
              onClick={() => void download('xlsx')}
            >
              {t('difficulties:statistics.excel')}
            </Button>
          </Space>
        }
      />
      {!board.boardId ? (
        <Empty description={t('common:boardChoice.needed')} />
      ) : report.error ? (
        <Alert type="error" showIcon title={errorMessage(t, report.error)} />
      ) : !data ? (
        <Card loading />
      ) : (
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          <Row gutter={[16, 16]}>
            <Col xs={24} md={12}>
              <Table<Line>
                rowKey="key"
                size="small"
                pagination={false}
                showHeader={false}
                dataSource={lines(data)}
                aria-label={t('difficulties:statistics.figures')}
                title={() => <Typography.Text strong>{t('difficulties:statistics.figures')}</Typography.Text>}
                columns={[
                  {
                    dataIndex: 'label',
                    render: (label: string, line) => (line.strong ? <strong>{label}</strong> : label),
                  },
                  {
                    dataIndex: 'value',
                    align: 'right',
                    render: (value: string, line) => (line.strong ? <strong>{value}</strong> : value),
                  },
                ]}
              />
            </Col>
            <Col xs={24} md={12}>
              <Space orientation="vertical" size={16} style={{ width: '100%' }}>
                <Table<{ topic: string; count: number }>
                  rowKey="topic"
                  size="small"
                  pagination={false}
                  dataSource={data.byTopic}
                  aria-label={t('difficulties:statistics.byTopic')}
                  title={() => (
                    <Typography.Text strong>{t('difficulties:statistics.byTopic')}</Typography.Text>
                  )}
                  columns={[
                    {
                      title: t('difficulties:fields.topic'),
                      dataIndex: 'topic',
                      render: (topic: string) => t(`difficulties:topics.${topic}`),
                    },
                    {
                      title: t('difficulties:statistics.count'),
                      dataIndex: 'count',
                      align: 'right',
                      render: (v: number) => n(v),
                    },
                  ]}
                />
                <Table<{ channel: string; count: number }>
                  rowKey="channel"
                  size="small"
                  pagination={false}
                  dataSource={data.byChannel}
                  aria-label={t('difficulties:statistics.byChannel')}
                  title={() => (
                    <Typography.Text strong>{t('difficulties:statistics.byChannel')}</Typography.Text>
                  )}
                  columns={[
                    {
                      title: t('difficulties:fields.channel'),
                      dataIndex: 'channel',
                      render: (channel: string) => t(`difficulties:channels.${channel}`),
                    },
                    {
                      title: t('difficulties:statistics.count'),
                      dataIndex: 'count',
                      align: 'right',
                      render: (v: number) => n(v),
                    },
                  ]}
                />
              </Space>
            </Col>
          </Row>
          {data.raised === 0 ? (
            <Empty description={t('difficulties:statistics.empty', { year })} />
          ) : (
            <Suspense fallback={<Card loading title={t('difficulties:statistics.chartsLoading')} />}>
              <StatisticsChart report={data} />
            </Suspense>
          )}
        </Space>
      )}
    </>
  );
}
