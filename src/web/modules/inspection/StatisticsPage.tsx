import { FileExcelOutlined, FileWordOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Empty, Row, Space, Table, Typography } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BoardPicker, useBoardChoice } from '../../app/board-choice.tsx';
import { errorMessage } from '../../shared/errors.ts';
import { FilterBar } from '../../shared/FilterBar.tsx';
import { useFormat } from '../../shared/format.ts';
import { useListParams } from '../../shared/list-params.ts';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { usePhone } from '../../shared/screen.ts';
import {
  downloadStatistics,
  useStatistics,
  type InspectionStatistics,
  type InspectionTopic,
  type TopicFigures,
} from './inspection.api.ts';
import { YearSelect } from './words.tsx';

const StatisticsChart = lazy(() => import('./StatisticsChart.tsx'));

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** One line of a figures table: a label and its figure, maybe a link to the list behind it. */
interface Line {
  key: string;
  label: string;
  value: string;
  to?: string;
  strong?: boolean;
}

type TopicRow = TopicFigures & { topic: InspectionTopic | 'total' };

/**
 * Thống kê kiểm tra: a year's inspections against the approved plans, in and out of plan, the
 * findings and fines by topic, a small chart; the Word report and the Excel form.
 */
export function Component() {
  const { t } = useTranslation(['inspection', 'common']);
  const format = useFormat();
  const phone = usePhone();
  const { message } = App.useApp();
  const board = useBoardChoice();
  const params = useListParams(['year'] as const);
  const year = Number(one(params.values.year)) || new Date().getFullYear();
  const query = { board: board.board?.code, year };
  const report = useStatistics(query);
  const data = report.data;
  const [busy, setBusy] = useState<'docx' | 'xlsx' | null>(null);

  async function download(kind: 'docx' | 'xlsx') {
    setBusy(kind);
    try {
      await downloadStatistics(query, kind);
    } catch (error) {
      void message.error(t('inspection:downloadFailed', { message: errorMessage(t, error) }));
    } finally {
      setBusy(null);
    }
  }

  const n = (v: number) => format.number(v);
  const inspections = (extra: string) => `/inspection/inspections?year=${year}${extra}`;
  const planLines = (d: InspectionStatistics): Line[] => [
    {
      key: 'planItems',
      label: t('inspection:statistics.planItems'),
      value: n(d.plan.planItems),
      strong: true,
    },
    { key: 'doneInPlan', label: t('inspection:statistics.doneInPlan'), value: n(d.plan.doneInPlan) },
    { key: 'notYetDone', label: t('inspection:statistics.notYetDone'), value: n(d.plan.notYetDone) },
    {
      key: 'donePct',
      label: t('inspection:statistics.donePct'),
      value: format.percent(d.plan.planItems ? (d.plan.doneInPlan / d.plan.planItems) * 100 : null),
    },
  ];
  const inspectionLines = (d: InspectionStatistics): Line[] => [
    {
      key: 'inspections',
      label: t('inspection:statistics.inspections'),
      value: n(d.plan.inspections),
      to: inspections(''),
      strong: true,
    },
    {
      key: 'planned',
      label: t('inspection:statistics.planned'),
      value: n(d.plan.inspections - d.plan.doneOutOfPlan),
      to: inspections('&kind=planned'),
    },
    {
      key: 'doneOutOfPlan',
      label: t('inspection:statistics.doneOutOfPlan'),
      value: n(d.plan.doneOutOfPlan),
      to: inspections('&kind=unplanned'),
    },
    {
      key: 'concluded',
      label: t('inspection:statistics.concluded'),
      value: n(d.plan.concluded),
      to: inspections('&status=concluded'),
    },
    {
      key: 'enterprisesInspected',
      label: t('inspection:statistics.enterprisesInspected'),
      value: n(d.enterprisesInspected),
    },
  ];
  const findingLines = (d: InspectionStatistics): Line[] => [
    { key: 'findings', label: t('inspection:statistics.findings'), value: n(d.total.findings), strong: true },
    { key: 'closed', label: t('inspection:statistics.findingsClosed'), value: n(d.total.findingsClosed) },
    { key: 'open', label: t('inspection:statistics.findingsOpen'), value: n(d.total.findingsOpen) },
    {
      key: 'overdue',
      label: t('inspection:statistics.findingsOverdue'),
      value: n(d.total.findingsOverdue),
      to: '/inspection/findings?state=overdue',
    },
    { key: 'fines', label: t('inspection:statistics.fines'), value: format.dong(d.total.finesDong) },
  ];
  const groups = (d: InspectionStatistics) =>
    [
      ['plan', planLines(d)],
      ['inspections', inspectionLines(d)],
      ['findings', findingLines(d)],
    ] as const;

  return (
    <>
      <PageTitle
        title={t('inspection:statistics.title', { year })}
        subtitle={
          data
            ? t('inspection:statistics.asOf', { date: format.date(data.asOf) })
            : t('inspection:statistics.subtitle')
        }
        extra={
          <Space wrap className="kcn-no-print">
            <BoardPicker choice={board} />
            <Button
              icon={<FileWordOutlined />}
              loading={busy === 'docx'}
              disabled={!board.boardId}
              onClick={() => void download('docx')}
            >
              {t('inspection:statistics.word')}
            </Button>
            <Button
              icon={<FileExcelOutlined />}
              loading={busy === 'xlsx'}
              disabled={!board.boardId}
              onClick={() => void download('xlsx')}
            >
              {t('inspection:excel')}
            </Button>
          </Space>
        }
      />
      {!board.boardId ? (
        <Empty description={t('common:boardChoice.needed')} />
      ) : (
        <>
          <FilterBar phone={phone}>
            <YearSelect
              label={t('inspection:fields.year')}
              value={year}
              onChange={(y) => params.update({ year: y === undefined ? undefined : String(y) })}
            />
          </FilterBar>
          {report.error ? (
            <Alert type="error" showIcon style={{ marginBottom: 16 }} title={errorMessage(t, report.error)} />
          ) : null}
          {!data ? (
            report.isPending ? (
              <Card loading />
            ) : null
          ) : (
            <Space orientation="vertical" size={16} style={{ width: '100%' }}>
              <Row gutter={[16, 16]}>
                {groups(data).map(([key, lines]) => (
                  <Col xs={24} md={8} key={key}>
                    <Table<Line>
                      rowKey="key"
                      size="small"
                      pagination={false}
                      showHeader={false}
                      dataSource={[...lines]}
                      aria-label={t(`inspection:statistics.groups.${key}`)}
                      title={() => (
                        <Typography.Text strong>{t(`inspection:statistics.groups.${key}`)}</Typography.Text>
                      )}
                      columns={[
                        {
                          dataIndex: 'label',
                          render: (label: string, line) => (line.strong ? <strong>{label}</strong> : label),
                        },
                        {
                          dataIndex: 'value',
                          align: 'right',
                          render: (value: string, line) => {
                            const shown = line.strong ? <strong>{value}</strong> : value;
                            return line.to ? <Link to={line.to}>{shown}</Link> : shown;
                          },
                        },
                      ]}
                    />
                  </Col>
                ))}
              </Row>
              {data.plan.inspections === 0 && data.total.findings === 0 ? (
                <Empty description={t('inspection:statistics.empty', { year })} />
              ) : (
                <>
                  <Suspense fallback={<Card loading title={t('inspection:statistics.chartLoading')} />}>
                    <StatisticsChart report={data} />
                  </Suspense>
                  <ByTopic report={data} />
                </>
              )}
            </Space>
          )}
        </>
      )}
    </>
  );
}

/** The figures of each topic and the total (an inspection on two topics counts once there). */
function ByTopic({ report }: { report: InspectionStatistics }) {
  const { t } = useTranslation(['inspection', 'common']);
  const format = useFormat();
  const n = (v: number) => format.number(v);
  const rows: TopicRow[] = [...report.byTopic, { ...report.total, topic: 'total' }];
  return (
    <Table<TopicRow>
      rowKey="topic"
      size="small"
      bordered
      pagination={false}
      dataSource={rows}
      scroll={{ x: 'max-content' }}
      aria-label={t('inspection:statistics.byTopic')}
      title={() => <Typography.Text strong>{t('inspection:statistics.byTopic')}</Typography.Text>}
      columns={[
        {
          title: t('inspection:fields.topic'),
          render: (_, row) =>
            row.topic === 'total' ? (
              <strong>{t('inspection:statistics.total')}</strong>
            ) : (
              t(`inspection:topics.${row.topic}`)
            ),
        },
        { title: t('inspection:statistics.inspections'), align: 'right', render: (_, r) => n(r.inspections) },
        { title: t('inspection:statistics.findings'), align: 'right', render: (_, r) => n(r.findings) },
        {
          title: t('inspection:statistics.findingsClosed'),
          align: 'right',
          render: (_, r) => n(r.findingsClosed),
        },
        {
          title: t('inspection:statistics.findingsOpen'),
          align: 'right',
          render: (_, r) => n(r.findingsOpen),
        },
        {
          title: t('inspection:statistics.findingsOverdue'),
          align: 'right',
          render: (_, r) => n(r.findingsOverdue),
        },
        {
          title: t('inspection:statistics.fines'),
          align: 'right',
          render: (_, r) => format.dong(r.finesDong),
        },
      ]}
    />
  );
}
