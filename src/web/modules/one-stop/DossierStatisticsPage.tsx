import { FileExcelOutlined, FileWordOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Empty,
  Form,
  Progress,
  Row,
  Select,
  Space,
  Table,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isCalendarDate, vietnamToday } from '../../../domain/calendar-date.ts';
import { useSession } from '../../app/session.tsx';
import { DateField } from '../../shared/DateField.tsx';
import { errorMessage } from '../../shared/errors.ts';
import { useFormat } from '../../shared/format.ts';
import { useListParams } from '../../shared/list-params.ts';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { SEARCH_BY_LABEL } from '../../shared/search-select.ts';
import {
  downloadReport,
  useDossiersReport,
  type DossiersReport,
  type Indicator766,
  type ProcedureFigures,
} from './report.api.ts';

const DossierCharts = lazy(() => import('./DossierCharts.tsx'));

type Figures = Pick<DossiersReport, 'received' | 'resolved' | 'pending'>;

/** One line of the summary table: a label and its figure. */
interface Line {
  key: string;
  label: string;
  value: string;
  strong?: boolean;
}

/**
 * Thống kê hồ sơ: the contract's figures for a period (received, resolved early / on time / late
 * with the on-time rate, pending not due / overdue, by procedure), the charts, the Decision 766
 * points (2.1 progress out of 20, online share out of 12), and the Word and Excel documents.
 */
export function Component() {
  const { t } = useTranslation(['oneStop', 'common']);
  const format = useFormat();
  const { message } = App.useApp();
  const me = useSession();
  const params = useListParams(['from', 'to', 'board'] as const);
  const today = vietnamToday();
  const fromParam = typeof params.values.from === 'string' ? params.values.from : undefined;
  const toParam = typeof params.values.to === 'string' ? params.values.to : undefined;
  const from = fromParam && isCalendarDate(fromParam) ? fromParam : `${today.slice(0, 4)}-01-01`;
  const to = toParam && isCalendarDate(toParam) ? toParam : today;
  const board = params.list('board');
  const query = { board, from, to };
  const report = useDossiersReport(query, from <= to);
  const data = report.data;
  const [busy, setBusy] = useState<'docx' | 'xlsx' | null>(null);

  async function download(kind: 'docx' | 'xlsx') {
    setBusy(kind);
    try {
      await downloadReport(query, kind);
    } catch (error) {
      void message.error(t('oneStop:statistics.failed', { message: errorMessage(t, error) }));
    } finally {
      setBusy(null);
    }
  }

  const count = (n: number) => format.number(n);
  const lines = (f: Figures): Line[][] => [
    [
      {
        key: 'received',
        label: t('oneStop:statistics.receivedTotal'),
        value: count(f.received.total),
        strong: true,
      },
      {
        key: 'carriedOver',
        label: t('oneStop:statistics.carriedOver'),
        value: count(f.received.carriedOver),
      },
      { key: 'new', label: t('oneStop:statistics.new'), value: count(f.received.new) },
      { key: 'online', label: t('oneStop:statistics.online'), value: count(f.received.online) },
      {
        key: 'onlinePct',
        label: t('oneStop:statistics.onlinePct'),
        value: format.percent(f.received.onlinePct),
      },
    ],
    [
      {
        key: 'resolved',
        label: t('oneStop:statistics.resolvedTotal'),
        value: count(f.resolved.total),
        strong: true,
      },
      { key: 'early', label: t('oneStop:statistics.early'), value: count(f.resolved.early) },
      { key: 'onTime', label: t('oneStop:statistics.onTime'), value: count(f.resolved.onTime) },
      { key: 'late', label: t('oneStop:statistics.late'), value: count(f.resolved.late) },
      {
        key: 'onTimePct',
        label: t('oneStop:statistics.onTimePct'),
        value: format.percent(f.resolved.onTimePct),
      },
    ],
    [
      {
        key: 'pending',
        label: t('oneStop:statistics.pendingTotal'),
        value: count(f.pending.total),
        strong: true,
      },
      { key: 'notDue', label: t('oneStop:statistics.notDue'), value: count(f.pending.notDue) },
      { key: 'overdue', label: t('oneStop:statistics.overdue'), value: count(f.pending.overdue) },
    ],
  ];
  const groups = ['received', 'resolved', 'pending'] as const;

  return (
    <>
      <PageTitle
        title={t('oneStop:statistics.title')}
        subtitle={t('oneStop:statistics.subtitle')}
        extra={
          <Space wrap className="kcn-no-print">
            <Button
              icon={<FileWordOutlined />}
              loading={busy === 'docx'}
              onClick={() => void download('docx')}
            >
              {t('oneStop:statistics.word')}
            </Button>
            <Button
              icon={<FileExcelOutlined />}
              loading={busy === 'xlsx'}
              onClick={() => void download('xlsx')}
            >
              {t('oneStop:statistics.excel')}
            </Button>
          </Space>
        }
      />
      <Form layout="inline" style={{ marginBottom: 16, rowGap: 8 }} className="kcn-no-print">
        <Form.Item label={t('oneStop:statistics.from')} htmlFor="dossiers-from" style={{ marginBottom: 8 }}>
          <DateField
            id="dossiers-from"
            value={dayjs(from)}
            onChange={(d) => {
              if (d) params.update({ from: d.format('YYYY-MM-DD') });
            }}
          />
        </Form.Item>
        <Form.Item label={t('oneStop:statistics.to')} htmlFor="dossiers-to" style={{ marginBottom: 8 }}>
          <DateField
            id="dossiers-to"
            value={dayjs(to)}
            onChange={(d) => {
              if (d) params.update({ to: d.format('YYYY-MM-DD') });
            }}
          />
        </Form.Item>
        {me.visibleBoards.length > 1 ? (
          <Form.Item label={t('common:boardChoice.label')} style={{ marginBottom: 8, minWidth: 260 }}>
            <Select
              mode="multiple"
              allowClear
              showSearch={SEARCH_BY_LABEL}
              aria-label={t('common:boardChoice.label')}
              placeholder={t('common:boardChoice.placeholder')}
              value={board}
              style={{ minWidth: 260, maxWidth: '100%' }}
              onChange={(codes: string[]) => params.update({ board: codes })}
              options={me.visibleBoards.map((b) => ({ value: b.code, label: `${b.code} — ${b.name}` }))}
            />
          </Form.Item>
        ) : null}
      </Form>
      {from > to ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('oneStop:statistics.badPeriod')}
        />
      ) : null}
      {report.error ? (
        <Alert type="error" showIcon style={{ marginBottom: 16 }} title={errorMessage(t, report.error)} />
      ) : null}
      {!data ? (
        report.isPending && from <= to ? (
          <Card loading />
        ) : null
      ) : (
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          <Row gutter={[16, 16]}>
            {lines(data).map((group, i) => (
              <Col xs={24} md={8} key={groups[i]}>
                <Table<Line>
                  rowKey="key"
                  size="small"
                  pagination={false}
                  showHeader={false}
                  dataSource={group}
                  title={() => (
                    <Typography.Text strong>{t(`oneStop:statistics.${groups[i]}`)}</Typography.Text>
                  )}
                  aria-label={t(`oneStop:statistics.${groups[i]}`)}
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
            ))}
          </Row>
          <Card size="small" title={t('oneStop:statistics.points766')}>
            <Row gutter={[16, 16]}>
              <Col xs={24} md={12}>
                <Points
                  label={t('oneStop:statistics.progressPoints')}
                  indicator={data.indicators766.onTime}
                />
              </Col>
              <Col xs={24} md={12}>
                <Points
                  label={t('oneStop:statistics.onlinePoints')}
                  indicator={data.indicators766.onlineShare}
                />
              </Col>
            </Row>
          </Card>
          {data.byProcedure.length === 0 ? (
            <Empty description={t('oneStop:statistics.empty')} />
          ) : (
            <>
              <Suspense fallback={<Card loading title={t('oneStop:statistics.chartsLoading')} />}>
                <DossierCharts report={data} />
              </Suspense>
              <ByProcedure report={data} />
            </>
          )}
        </Space>
      )}
    </>
  );
}

/** A Decision 766 indicator: its points out of the maximum, and the count behind it. */
function Points({ label, indicator }: { label: string; indicator: Indicator766 }) {
  const { t } = useTranslation('oneStop');
  const format = useFormat();
  const points = indicator.points;
  const share = points === null ? 0 : Math.round((Number(points) / indicator.maxPoints) * 100);
  return (
    <Space orientation="vertical" size={4} style={{ width: '100%' }}>
      <Typography.Text strong>{label}</Typography.Text>
      {points === null ? (
        <Typography.Text type="secondary">{t('statistics.notApplicable')}</Typography.Text>
      ) : (
        <>
          <Typography.Text style={{ fontSize: 22 }}>
            {t('statistics.pointsOf', {
              value: format.number(points, 2),
              max: format.number(indicator.maxPoints),
            })}
          </Typography.Text>
          <Progress percent={share} showInfo={false} aria-label={label} />
          <Typography.Text type="secondary">
            {format.number(indicator.count)} / {format.number(indicator.dossiers)} (
            {format.percent(indicator.pct)})
          </Typography.Text>
        </>
      )}
    </Space>
  );
}

/** The figures of each procedure, with the board when the report covers several. */
function ByProcedure({ report }: { report: DossiersReport }) {
  const { t } = useTranslation(['oneStop', 'common']);
  const format = useFormat();
  const several = report.boards.length > 1;
  const n = (v: number) => format.number(v);
  return (
    <Table<ProcedureFigures>
      rowKey={(row) => `${row.board}/${row.procedure}`}
      size="small"
      pagination={false}
      bordered
      dataSource={report.byProcedure}
      scroll={{ x: 'max-content' }}
      title={() => <Typography.Text strong>{t('oneStop:statistics.byProcedure')}</Typography.Text>}
      aria-label={t('oneStop:statistics.byProcedure')}
      columns={[
        ...(several ? [{ title: t('oneStop:statistics.board'), dataIndex: 'board' }] : []),
        {
          title: t('oneStop:statistics.procedure'),
          render: (_, row) => (
            <div style={{ minWidth: 200, maxWidth: 380 }}>
              <Typography.Text strong>{row.procedure}</Typography.Text> {row.name}
            </div>
          ),
        },
        {
          title: t('oneStop:statistics.received'),
          children: [
            {
              title: t('oneStop:statistics.receivedTotal'),
              align: 'right',
              render: (_, r) => n(r.received.total),
            },
            { title: t('oneStop:statistics.online'), align: 'right', render: (_, r) => n(r.received.online) },
          ],
        },
        {
          title: t('oneStop:statistics.resolved'),
          children: [
            {
              title: t('oneStop:statistics.resolvedTotal'),
              align: 'right',
              render: (_, r) => n(r.resolved.total),
            },
            { title: t('oneStop:statistics.early'), align: 'right', render: (_, r) => n(r.resolved.early) },
            { title: t('oneStop:statistics.onTime'), align: 'right', render: (_, r) => n(r.resolved.onTime) },
            { title: t('oneStop:statistics.late'), align: 'right', render: (_, r) => n(r.resolved.late) },
            {
              title: t('oneStop:statistics.onTimePct'),
              align: 'right',
              render: (_, r) => format.percent(r.resolved.onTimePct),
            },
          ],
        },
        {
          title: t('oneStop:statistics.pending'),
          children: [
            { title: t('oneStop:statistics.notDue'), align: 'right', render: (_, r) => n(r.pending.notDue) },
            {
              title: t('oneStop:statistics.overdue'),
              align: 'right',
              render: (_, r) => n(r.pending.overdue),
            },
          ],
        },
      ]}
    />
  );
}
