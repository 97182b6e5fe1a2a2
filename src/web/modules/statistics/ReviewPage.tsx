import { Alert, App, Button, Card, Drawer, Input, Modal, Result, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/session.tsx';
import { ApiError } from '../../shared/api.ts';
import { errorMessage } from '../../shared/errors.ts';
import { useFormat } from '../../shared/format.ts';
import { useListParams } from '../../shared/list-params.ts';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { useFigureText } from './FilingForm.tsx';
import { PeriodSelect } from './PeriodSelect.tsx';
import {
  FIGURE_FIELDS,
  useDecideUnlock,
  useEnterpriseReport,
  useEnterpriseReports,
  useReportAction,
  usePreviousYearReport,
  useUnlockRequests,
  type EnterpriseReport,
  type UnlockRequest,
} from './statistics.api.ts';
import { ReportStatusTag, usePeriodLabel } from './StatusTag.tsx';

/** One submitted report: figures beside last year's, the rules' findings and comments; accept or return. */
function ReviewDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t } = useTranslation(['statistics', 'common']);
  const { message } = App.useApp();
  const figureText = useFigureText();
  const label = usePeriodLabel();
  const detail = useEnterpriseReport(id);
  const action = useReportAction();
  const [returning, setReturning] = useState(false);
  const [reason, setReason] = useState('');
  const report = detail.data;
  const checks = report?.checks ?? [];
  const previous = usePreviousYearReport(report?.enterpriseId, report?.period).data ?? null;
  const comments = Object.entries(report?.comments ?? {});

  async function decide(kind: 'accept' | 'return') {
    if (!report) return;
    try {
      await action.mutateAsync(
        kind === 'accept'
          ? { id: report.id, action: 'accept', body: { version: report.version } }
          : { id: report.id, action: 'return', body: { version: report.version, reason: reason.trim() } },
      );
      void message.success(t(kind === 'accept' ? 'review.accepted' : 'review.returned'));
      setReturning(false);
      setReason('');
      onClose();
    } catch (error) {
      // A refused acceptance names what is missing (the board's required figures).
      const details = error instanceof ApiError ? error.details.map((d) => d.message) : [];
      void message.error([errorMessage(t, error), ...details].join(' '));
    }
  }

  return (
    <Drawer
      open={!!id}
      onClose={onClose}
      size={640}
      title={report ? `${report.enterpriseName} — ${label(report.period)}` : ''}
      loading={detail.isPending}
      extra={
        report?.status === 'submitted' ? (
          <Space>
            <Button onClick={() => setReturning(true)} danger>
              {t('review.return')}
            </Button>
            <Button type="primary" loading={action.isPending} onClick={() => void decide('accept')}>
              {t('review.accept')}
            </Button>
          </Space>
        ) : null
      }
    >
      {report ? (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Space>
            <ReportStatusTag status={report.status} />
            <Typography.Text type="secondary">{report.taxCode}</Typography.Text>
          </Space>
          <Table
            size="small"
            pagination={false}
            rowKey="field"
            dataSource={FIGURE_FIELDS.map((field) => ({ field }))}
            columns={[
              { title: t('production.indicator'), render: (_, row) => t(`fields.${row.field}`) },
              {
                title: t('fields.value'),
                align: 'right',
                render: (_, row) => figureText(row.field, report[row.field]),
              },
              {
                title: t('fields.previous'),
                align: 'right',
                render: (_, row) => figureText(row.field, previous?.[row.field]),
              },
            ]}
          />
          <Card size="small" title={t('review.checks')}>
            {checks.length === 0 ? (
              <Typography.Text type="secondary">{t('review.noChecks')}</Typography.Text>
            ) : (
              checks.map((check) => (
                <Alert
                  key={check.rule}
                  type={check.severity === 'hard' ? 'error' : 'warning'}
                  showIcon
                  style={{ marginBottom: 8 }}
                  title={check.message}
                  description={
                    report.comments[check.rule]
                      ? `${t('filing.comment')}: ${report.comments[check.rule]}`
                      : undefined
                  }
                />
              ))
            )}
          </Card>
          {comments.length > 0 && checks.length === 0 ? (
            <Card size="small" title={t('review.comments')}>
              {comments.map(([code, text]) => (
                <div key={code}>
                  <Typography.Text type="secondary">{code}: </Typography.Text>
                  {text}
                </div>
              ))}
            </Card>
          ) : null}
        </Space>
      ) : null}
      <Modal
        open={returning}
        title={t('review.return')}
        okText={t('review.return')}
        okButtonProps={{ danger: true, disabled: !reason.trim(), loading: action.isPending }}
        cancelText={t('common:actions.cancel')}
        onOk={() => void decide('return')}
        onCancel={() => setReturning(false)}
      >
        <Input.TextArea
          rows={3}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          placeholder={t('review.returnReason')}
          aria-label={t('review.returnReason')}
        />
      </Modal>
    </Drawer>
  );
}

function UnlockRequests() {
  const { t } = useTranslation(['statistics', 'common']);
  const { message } = App.useApp();
  const format = useFormat();
  const label = usePeriodLabel();
  const requests = useUnlockRequests({ status: 'pending' });
  const decide = useDecideUnlock();
  const [refusing, setRefusing] = useState<UnlockRequest | null>(null);
  const [note, setNote] = useState('');

  async function run(request: UnlockRequest, decision: 'grant' | 'refuse') {
    try {
      await decide.mutateAsync(
        decision === 'refuse'
          ? { id: request.id, decision, body: { note: note.trim() } }
          : { id: request.id, decision, body: {} },
      );
      setRefusing(null);
      setNote('');
      void message.success(t(decision === 'grant' ? 'review.granted' : 'review.refused'));
    } catch (error) {
      void message.error(errorMessage(t, error));
    }
  }

  return (
    <Card title={t('review.unlocks')}>
      <Table<UnlockRequest>
        size="small"
        rowKey="id"
        loading={requests.isPending}
        dataSource={requests.data ?? []}
        pagination={false}
        columns={[
          {
            title: t('fields.enterprise'),
            render: (_, r) => `${r.enterpriseName} (${r.taxCode})`,
          },
          {
            title: t('fields.period'),
            render: (_, r) => label(r.period),
          },
          { title: t('review.unlockReason'), dataIndex: 'reason' },
          { title: t('review.requestedAt'), render: (_, r) => format.dateTime(r.requestedAt) },
          {
            title: '',
            render: (_, r) => (
              <Space>
                <Button size="small" type="primary" onClick={() => void run(r, 'grant')}>
                  {t('review.grant')}
                </Button>
                <Button size="small" onClick={() => setRefusing(r)}>
                  {t('review.refuse')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      <Modal
        open={!!refusing}
        title={t('review.refuse')}
        okText={t('review.refuse')}
        okButtonProps={{ danger: true, disabled: !note.trim(), loading: decide.isPending }}
        cancelText={t('common:actions.cancel')}
        onOk={() => refusing && void run(refusing, 'refuse')}
        onCancel={() => setRefusing(null)}
      >
        <Input.TextArea
          rows={3}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          placeholder={t('review.decisionNote')}
          aria-label={t('review.decisionNote')}
        />
      </Modal>
    </Card>
  );
}

/** Duyệt báo cáo: the submitted reports of a period, each opened beside last year's; unlock requests. */
export function Component() {
  const { t } = useTranslation(['statistics', 'common']);
  const canReview = useCan('statistics.review');
  const format = useFormat();
  const label = usePeriodLabel();
  const params = useListParams(['period', 'open'] as const);
  const period = typeof params.values.period === 'string' ? params.values.period : undefined;
  const open = typeof params.values.open === 'string' ? params.values.open : null;
  const reports = useEnterpriseReports({ status: 'submitted', period });

  if (!canReview) return <Result status="403" title={t('common:errors.FORBIDDEN')} />;

  return (
    <>
      <PageTitle title={t('review.title')} subtitle={t('review.subtitle')} />
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        <Card
          title={t('review.queue')}
          extra={
            <PeriodSelect
              value={period}
              allowClear
              placeholder={t('review.allPeriods')}
              onChange={(p) => params.update({ period: p })}
            />
          }
        >
          {reports.error ? <Alert type="error" showIcon title={errorMessage(t, reports.error)} /> : null}
          <Table<EnterpriseReport>
            size="small"
            rowKey="id"
            loading={reports.isPending}
            dataSource={reports.data?.items ?? []}
            pagination={false}
            onRow={(r) => ({ onClick: () => params.update({ open: r.id }), style: { cursor: 'pointer' } })}
            columns={[
              { title: t('fields.taxCode'), render: (_, r) => r.taxCode },
              { title: t('fields.enterprise'), render: (_, r) => r.enterpriseName },
              { title: t('fields.period'), render: (_, r) => label(r.period) },
              { title: t('fields.submittedAt'), render: (_, r) => format.dateTime(r.submittedAt) },
              { title: t('fields.status'), render: (_, r) => <ReportStatusTag status={r.status} /> },
              {
                title: '',
                render: (_, r) => (
                  <Button size="small" onClick={() => params.update({ open: r.id })}>
                    {t('review.open')}
                  </Button>
                ),
              },
            ]}
          />
        </Card>
        <UnlockRequests />
      </Space>
      <ReviewDrawer id={open} onClose={() => params.update({ open: undefined })} />
    </>
  );
}
