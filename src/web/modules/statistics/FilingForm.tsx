import {
  App,
  Alert,
  Button,
  Card,
  Col,
  Form,
  Input,
  Modal,
  Row,
  Space,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { daysOverdue, vietnamToday } from '../../../domain/calendar-date.ts';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../shared/api.ts';
import { applyApiError, errorMessage } from '../../shared/errors.ts';
import { useFormat } from '../../shared/format.ts';
import { CountInput, MoneyInput } from '../../shared/MoneyInput.tsx';
import { FDI_USD_FIELDS, FIELD_KIND, type FdiUsdField } from './figure-fields.ts';
import {
  FIGURE_FIELDS,
  requiredFigures,
  useEnterpriseReport,
  useReportAction,
  useSaveDraft,
  usePreviousYearReport,
  useEnterprise,
  useStatisticsRules,
  useUnlockRequests,
  type CheckedReport,
  type EnterpriseReport,
  type Figures,
  type HistoryEntry,
  type ReportStatus,
  type RuleCheck,
} from './statistics.api.ts';
import { ReportStatusTag } from './StatusTag.tsx';

/** An FDI enterprise's USD revenue and budget paid (blocs-v1), where a report states them. */
type FdiUsdFigures = Partial<Record<FdiUsdField, string | null>>;
type Values = Figures & FdiUsdFigures & { comments?: Record<string, string> };

/** A rule's finding to explain: from the saved report's checks, or a refused submission's details. */
type Warning = Pick<RuleCheck, 'severity' | 'message'> & { rule: string; field?: string | null };

/**
 * The soft warnings to explain, one per rule (a rule may flag several figures): those of the saved
 * report, or those a refused submission lists (STATISTICS_COMMENT_REQUIRED).
 */
function softChecks(report: EnterpriseReport | CheckedReport | undefined | null, error: unknown): Warning[] {
  const checks = report && 'checks' in report ? report.checks : [];
  const fromReport = checks.filter((c) => c.severity === 'soft');
  const fromError =
    error instanceof ApiError && error.code === 'STATISTICS_COMMENT_REQUIRED'
      ? error.details.map((d) => ({
          rule: String(d.rule ?? d.reason ?? d.path.split('.').pop()),
          severity: 'soft' as const,
          field: null,
          message: d.message,
        }))
      : [];
  const byRule = new Map<string, Warning>();
  for (const check of [...fromReport, ...fromError]) {
    const known = byRule.get(check.rule);
    if (!known) byRule.set(check.rule, { ...check });
    else if (!known.message.includes(check.message)) known.message = `${known.message} ${check.message}`;
  }
  return [...byRule.values()];
}

/** What changed between two audited versions of a report (figures and status). */
function changesOf(entry: HistoryEntry): [string, unknown, unknown][] {
  const before = entry.before ?? {};
  const after = entry.after ?? {};
  return [...FIGURE_FIELDS, ...FDI_USD_FIELDS, 'status', 'returnReason']
    .filter((field) => String(before[field] ?? '') !== String(after[field] ?? ''))
    .map((field) => [field, before[field], after[field]]);
}

/** Displays a figure the way it is typed: "230.000.000.000 đồng", "434,34 triệu USD", "72.000 người". */
export function useFigureText() {
  const { t } = useTranslation('statistics');
  const format = useFormat();
  return (field: string, value: unknown) => {
    if (value === null || value === undefined || value === '') return '—';
    const kind = FIELD_KIND[field as keyof typeof FIELD_KIND];
    if (kind === 'usd') return format.millionUsd(String(value));
    if (kind === 'people') return t('fields.people', { value: format.number(String(value)) });
    return format.dong(String(value));
  };
}

/**
 * One period's report as its enterprise fills it: the 8 figures, Save draft, the rules' findings
 * (hard ones on their fields, soft ones each with a required explanation), Submit; the status,
 * the reason when returned, a correction request when accepted, and the figures' history.
 */
export function FilingForm({
  enterpriseId,
  period,
  label,
  dueDate,
  report,
}: {
  enterpriseId: string;
  period: string;
  label: string;
  dueDate: string | null;
  report: EnterpriseReport | undefined;
}) {
  const { t } = useTranslation(['statistics', 'common']);
  const { message } = App.useApp();
  const format = useFormat();
  const figureText = useFigureText();
  const [form] = Form.useForm<Values>();
  const detail = useEnterpriseReport(report?.id);
  const save = useSaveDraft();
  const action = useReportAction();
  const [lastError, setLastError] = useState<unknown>(null);
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const [requesting, setRequesting] = useState(false);
  const [requestReason, setRequestReason] = useState('');
  const current = detail.data ?? report;
  const status = current?.status;
  const locked = status === 'submitted' || status === 'accepted';
  const warnings = softChecks(save.data ?? current, lastError);
  const previousYear = usePreviousYearReport(enterpriseId, period);
  const unlocks = useUnlockRequests(
    { status: 'pending', reportId: current?.id ?? '' },
    status === 'accepted',
  );
  const unlockPending = (unlocks.data ?? []).length > 0;
  const busy = save.isPending || action.isPending;
  const required = requiredFigures(useStatisticsRules().data);
  // FDI enterprises may state revenue and budget paid in USD too (blocs-v1).
  const enterprise = useEnterprise(current ? null : enterpriseId);
  const fdi = (current?.investmentType ?? enterprise.data?.investmentType) === 'FDI';
  const fields: (keyof typeof FIELD_KIND)[] = [...FIGURE_FIELDS, ...(fdi ? FDI_USD_FIELDS : [])];
  const fieldLabel = (field: keyof typeof FIELD_KIND) => t(`fields.${field}`);
  const formKey = `${current?.id ?? 'new'}-${current?.version ?? 0}`;
  // Overdue: the API's judgement of a saved report, else today against the due date.
  const judged = detail.data ?? save.data;
  const late =
    judged && 'daysLate' in judged
      ? judged.daysLate
      : dueDate && status !== 'submitted' && status !== 'accepted'
        ? daysOverdue(dueDate, vietnamToday())
        : 0;
  const filed = status === 'submitted' || status === 'accepted';

  // Saving a draft reloads the report, and the form is drawn again for its new version: the
  // refusal of the submission that followed is put back on the fields.
  useEffect(() => {
    if (lastError) setUnplaced(applyApiError(form, t, lastError));
  }, [formKey]);

  const initial: Values = {
    productionValueVnd: current?.productionValueVnd ?? null,
    revenueVnd: current?.revenueVnd ?? null,
    exportUsd: current?.exportUsd ?? null,
    importUsd: current?.importUsd ?? null,
    budgetPaidVnd: current?.budgetPaidVnd ?? null,
    workers: current?.workers ?? null,
    insuredWorkers: current?.insuredWorkers ?? null,
    averageIncomeVnd: current?.averageIncomeVnd ?? null,
    revenueUsd: current?.revenueUsd ?? null,
    budgetPaidUsd: current?.budgetPaidUsd ?? null,
    comments: current?.comments ?? {},
  };

  function figuresOf(values: Values): Figures & FdiUsdFigures {
    return Object.fromEntries(fields.map((f) => [f, values[f] ?? null])) as unknown as Figures;
  }

  function fail(error: unknown) {
    setLastError(error);
    setUnplaced(applyApiError(form, t, error));
  }

  async function saveDraft(): Promise<EnterpriseReport | null> {
    setUnplaced([]);
    setLastError(null);
    const values = form.getFieldsValue(true) as Values;
    // A figure its input could not read stays as typed: refused there with a message, not sent.
    const unread = fields.filter((field) => {
      const value = values[field] as unknown;
      if (value === null || value === undefined) return false;
      return FIELD_KIND[field] === 'people'
        ? typeof value !== 'number'
        : !/^\d+(\.\d+)?$/.test(String(value));
    });
    if (unread.length > 0) {
      void message.error(t('filing.fixTyped'));
      return null;
    }
    try {
      const body = { ...figuresOf(values), ...(current ? { version: current.version } : {}) };
      const saved = await save.mutateAsync({ enterpriseId, period, body });
      return saved;
    } catch (error) {
      fail(error);
      return null;
    }
  }

  async function onSave() {
    if (await saveDraft()) void message.success(t('filing.saved'));
  }

  async function onSubmit() {
    const saved = await saveDraft();
    if (!saved) return;
    // Soft warnings of the saved figures need an explanation each.
    const needed = softChecks(saved, null);
    const comments = (form.getFieldValue('comments') ?? {}) as Record<string, string>;
    const missing = needed.filter((c) => !comments[c.rule]?.trim());
    if (missing.length > 0) {
      form.setFields(
        missing.map((c) => ({ name: ['comments', c.rule], errors: [t('filing.commentRequired')] })),
      );
      return;
    }
    try {
      await action.mutateAsync({
        id: saved.id,
        action: 'submit',
        body: { version: saved.version, comments },
      });
      void message.success(t('filing.submitted'));
    } catch (error) {
      fail(error);
    }
  }

  async function onRequestCorrection() {
    if (!current || !requestReason.trim()) return;
    try {
      await action.mutateAsync({
        id: current.id,
        action: 'unlock-requests',
        body: { reason: requestReason.trim() },
      });
      void message.success(t('filing.requestSent'));
      setRequesting(false);
      setRequestReason('');
    } catch (error) {
      void message.error(errorMessage(t, error));
    }
  }

  const previous = previousYear.data ?? null;
  const history = detail.data?.history ?? [];

  return (
    <div data-testid={`filing-${period}`}>
      <Card
        title={
          <Space>
            <span>{label}</span>
            <ReportStatusTag status={status ?? 'none'} />
          </Space>
        }
        extra={
          dueDate ? (
            <Space size={4} wrap>
              <Typography.Text type="secondary">
                {t('filing.due', { date: format.date(dueDate) })}
              </Typography.Text>
              {late > 0 ? (
                <Tag color={filed ? 'orange' : 'red'} data-testid="filing-overdue">
                  {t(filed ? 'filing.filedLate' : 'filing.overdue', { count: late })}
                </Tag>
              ) : null}
            </Space>
          ) : null
        }
      >
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          {status === 'returned' ? (
            <Alert
              type="warning"
              showIcon
              title={t('filing.returnedReason', { reason: current?.returnReason ?? '' })}
            />
          ) : null}
          {status === 'submitted' ? <Alert type="info" showIcon title={t('filing.submittedWait')} /> : null}
          {status === 'accepted' ? (
            <Alert
              type="success"
              showIcon
              title={unlockPending ? t('filing.requestPending') : t('filing.acceptedLocked')}
              action={
                unlockPending ? null : (
                  <Button size="small" onClick={() => setRequesting(true)}>
                    {t('filing.requestCorrection')}
                  </Button>
                )
              }
            />
          ) : null}
          {unplaced.length > 0 ? (
            <Alert
              type="error"
              showIcon
              role="alert"
              title={t('filing.errorsTitle')}
              description={unplaced.join(' ')}
            />
          ) : null}
          <Form<Values>
            key={formKey}
            form={form}
            layout="vertical"
            initialValues={initial}
            disabled={locked || busy}
          >
            {locked || required.size === 0 ? null : (
              <Typography.Paragraph type="secondary">{t('filing.requiredHint')}</Typography.Paragraph>
            )}
            <Row gutter={16}>
              {fields.map((field) => {
                const before = previous ? (previous as Record<string, unknown>)[field] : null;
                return (
                  <Col xs={24} md={12} key={field}>
                    <Form.Item
                      name={field}
                      label={fieldLabel(field)}
                      required={required.has(field)}
                      extra={
                        before != null
                          ? t('filing.previousValue', { value: figureText(field, before) })
                          : undefined
                      }
                    >
                      {FIELD_KIND[field] === 'people' ? (
                        <CountInput aria-label={fieldLabel(field)} />
                      ) : (
                        <MoneyInput usd={FIELD_KIND[field] === 'usd'} aria-label={fieldLabel(field)} />
                      )}
                    </Form.Item>
                  </Col>
                );
              })}
            </Row>
            {warnings.length > 0 ? (
              <Card size="small" type="inner" title={t('filing.warningsTitle')} style={{ marginBottom: 16 }}>
                <Typography.Paragraph type="secondary">{t('filing.warningsHint')}</Typography.Paragraph>
                {warnings.map((check) => (
                  <Form.Item
                    key={check.rule}
                    name={['comments', check.rule]}
                    label={<Typography.Text type="warning">{check.message}</Typography.Text>}
                    data-testid={`warning-${check.rule}`}
                  >
                    <Input.TextArea
                      rows={2}
                      placeholder={t('filing.comment')}
                      aria-label={`${t('filing.comment')}: ${check.message}`}
                    />
                  </Form.Item>
                ))}
              </Card>
            ) : null}
            {locked ? null : (
              <Space>
                <Button onClick={() => void onSave()} loading={save.isPending && !action.isPending}>
                  {t('filing.saveDraft')}
                </Button>
                <Button type="primary" onClick={() => void onSubmit()} loading={action.isPending}>
                  {t('filing.submit')}
                </Button>
              </Space>
            )}
          </Form>
          {current ? (
            <div>
              <Typography.Title level={5}>{t('filing.history')}</Typography.Title>
              {history.length === 0 ? (
                <Typography.Text type="secondary">{t('filing.historyEmpty')}</Typography.Text>
              ) : (
                <Timeline
                  items={history.map((entry) => ({
                    key: entry.id,
                    content: (
                      <div>
                        <Typography.Text strong>{format.dateTime(entry.at)}</Typography.Text>
                        {entry.after?.status ? (
                          <>
                            {' '}
                            <ReportStatusTag status={entry.after.status as ReportStatus} />
                          </>
                        ) : null}
                        {entry.actorLabel ? (
                          <Typography.Text type="secondary"> · {entry.actorLabel}</Typography.Text>
                        ) : null}
                        {changesOf(entry)
                          .filter(([field]) => field !== 'status')
                          .map(([field, from, to]) => (
                            <div key={field} style={{ fontSize: 12 }}>
                              {t(`fields.${field}`)}:{' '}
                              {field === 'returnReason'
                                ? String(to ?? '—')
                                : `${figureText(field, from)} → ${figureText(field, to)}`}
                            </div>
                          ))}
                      </div>
                    ),
                  }))}
                />
              )}
            </div>
          ) : null}
        </Space>
        <Modal
          open={requesting}
          title={t('filing.requestCorrection')}
          okText={t('filing.requestCorrection')}
          cancelText={t('common:actions.cancel')}
          okButtonProps={{ disabled: !requestReason.trim(), loading: action.isPending }}
          onOk={() => void onRequestCorrection()}
          onCancel={() => setRequesting(false)}
        >
          <Input.TextArea
            rows={3}
            value={requestReason}
            onChange={(e) => setRequestReason(e.target.value)}
            placeholder={t('filing.requestReason')}
            aria-label={t('filing.requestReason')}
          />
        </Modal>
      </Card>
    </div>
  );
}
