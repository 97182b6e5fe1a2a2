import { ArrowLeftOutlined, EyeOutlined, LockOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Flex,
  Form,
  Input,
  InputNumber,
  Result,
  Select,
  Skeleton,
  Space,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { COMPLAINT_RESULTS } from '../../../domain/complaints.ts';
import { ApiError } from '../../shared/api.ts';
import { DateField } from '../../shared/DateField.tsx';
import { errorMessage } from '../../shared/errors.ts';
import { FormModal } from '../../shared/FormModal.tsx';
import { useFormat } from '../../shared/format.ts';
import { PageTitle } from '../../shared/PageTitle.tsx';
import {
  useComplaint,
  useComplaintStep,
  useHandlers,
  useReporter,
  type Complaint,
  type ComplaintStep,
  type DeadlinePeriod,
} from './complaints.api.ts';
import { StateTag, useDaysLeftWords } from './words.tsx';

/** Which steps a complaint's status allows. */
const STEPS: Record<Complaint['status'], ComplaintStep[]> = {
  received: ['assign', 'accept', 'refuse', 'withdraw'],
  accepted: ['assign', 'extend', 'settle', 'withdraw'],
  settled: ['publish'],
  refused: [],
  withdrawn: [],
};

/** A complaint: what it is, its deadlines and their basis, the steps its status allows, the protected sender. */
export function Component() {
  const { id = '' } = useParams();
  const { t } = useTranslation(['complaints', 'common']);
  const complaint = useComplaint(id);
  if (complaint.isPending) return <Skeleton active />;
  if (complaint.error)
    return (
      <Result
        status={complaint.error instanceof ApiError && complaint.error.status === 404 ? '404' : 'error'}
        title={errorMessage(t, complaint.error)}
        extra={<Link to="/complaints">{t('complaints:detail.back')}</Link>}
      />
    );
  return <ComplaintView complaint={complaint.data} />;
}

function ComplaintView({ complaint: c }: { complaint: Complaint }) {
  const { t } = useTranslation(['complaints', 'common']);
  const format = useFormat();
  const daysLeft = useDaysLeftWords();
  const [step, setStep] = useState<ComplaintStep | null>(null);
  const steps = STEPS[c.status].filter((s) => s !== 'publish' || c.publishedOn === null);
  const respondent = [c.respondentEnterprise?.name, c.respondent].filter(Boolean).join('; ');
  const left = (due: string | null, active: boolean) =>
    due ? (
      <>
        {format.date(due)}
        {active && c.timing.workingDaysLeft !== null ? (
          <Typography.Text type={c.timing.workingDaysLeft < 0 ? 'danger' : 'secondary'}>
            {' '}
            · {daysLeft(c.timing.workingDaysLeft)}
          </Typography.Text>
        ) : null}
      </>
    ) : (
      '—'
    );
  return (
    <>
      <Link to="/complaints">
        <ArrowLeftOutlined /> {t('complaints:detail.back')}
      </Link>
      <PageTitle
        title={`${c.reference} — ${t(`complaints:kinds.${c.kind}`)}`}
        subtitle={c.subject}
        extra={
          <Space wrap>
            <Tag>{t(`complaints:statuses.${c.status}`)}</Tag>
            <StateTag state={c.timing.state} />
          </Space>
        }
      />
      <Flex vertical gap={16}>
        <Card size="small">
          <Descriptions size="small" column={{ xs: 1, md: 2 }}>
            <Descriptions.Item label={t('complaints:columns.receivedOn')}>
              {format.date(c.receivedOn)}
            </Descriptions.Item>
            <Descriptions.Item label={t('complaints:detail.channel')}>
              {t(`complaints:channels.${c.channel}`)}
            </Descriptions.Item>
            <Descriptions.Item label={t('complaints:detail.field')}>
              {t(`complaints:fields.${c.field}`)}
            </Descriptions.Item>
            <Descriptions.Item label={t('complaints:detail.respondent')}>
              {respondent || '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('complaints:detail.handler')}>
              {c.handler?.fullName ?? t('complaints:detail.notAssigned')}
            </Descriptions.Item>
            <Descriptions.Item label={t('complaints:detail.department')}>
              {c.department || '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('complaints:detail.content')} span={{ xs: 1, md: 2 }}>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
                {c.content}
              </Typography.Paragraph>
            </Descriptions.Item>
          </Descriptions>
        </Card>
        <Card size="small" title={t('complaints:detail.deadlines')}>
          <Descriptions size="small" column={{ xs: 1, md: 2 }}>
            <Descriptions.Item label={t('complaints:detail.acceptBy')}>
              {left(c.acceptDueOn, c.status === 'received')}
            </Descriptions.Item>
            <Descriptions.Item label={t('complaints:detail.acceptedOn')}>
              {format.date(c.acceptedOn)}
            </Descriptions.Item>
            <Descriptions.Item label={t('complaints:detail.settleBy')}>
              {left(c.settleDueOn, c.status === 'accepted')}
            </Descriptions.Item>
            <Descriptions.Item
              label={
                c.status === 'settled' ? t('complaints:detail.settledOn') : t('complaints:detail.closedOn')
              }
            >
              {format.date(c.closedOn)}
            </Descriptions.Item>
            {c.extensions > 0 ? (
              <Descriptions.Item label={t('complaints:detail.extensions')} span={{ xs: 1, md: 2 }}>
                <div>
                  {t('complaints:detail.extended', { count: c.extensions, days: c.extendedWorkingDays })}
                </div>
                <Typography.Text type="secondary" style={{ whiteSpace: 'pre-wrap' }}>
                  {c.extensionReason}
                </Typography.Text>
              </Descriptions.Item>
            ) : null}
          </Descriptions>
          <Basis period={c.rule.accept} />
          <Basis period={c.rule.settle} />
        </Card>
        {c.status === 'settled' || c.status === 'refused' || c.status === 'withdrawn' ? (
          <Card size="small" title={t('complaints:detail.result')}>
            <Descriptions size="small" column={1}>
              {c.result ? (
                <Descriptions.Item label={t('complaints:detail.result')}>
                  {t(`complaints:results.${c.result}`)}
                </Descriptions.Item>
              ) : null}
              {c.decisionNumber ? (
                <Descriptions.Item label={t('complaints:detail.decisionNumber')}>
                  {c.decisionNumber}
                </Descriptions.Item>
              ) : null}
              {c.resultSummary ? (
                <Descriptions.Item label={t('complaints:actions.resultSummary')}>
                  {c.resultSummary}
                </Descriptions.Item>
              ) : null}
              {c.refusalReason ? (
                <Descriptions.Item label={t('complaints:detail.refusalReason')}>
                  {c.refusalReason}
                </Descriptions.Item>
              ) : null}
              {c.publishedOn ? (
                <Descriptions.Item label={t('complaints:detail.publication')}>
                  {t('complaints:detail.publishedOn', {
                    date: format.date(c.publishedOn),
                    how: c.publication,
                  })}
                </Descriptions.Item>
              ) : null}
            </Descriptions>
          </Card>
        ) : null}
        {steps.length > 0 ? (
          <Card size="small" title={t('complaints:actions.title')}>
            <Space wrap>
              {steps.map((s) => (
                <Button key={s} danger={s === 'refuse' || s === 'withdraw'} onClick={() => setStep(s)}>
                  {t(`complaints:actions.${s}`)}
                </Button>
              ))}
            </Space>
          </Card>
        ) : null}
        <ReporterPanel id={c.id} />
      </Flex>
      {step ? <StepModal complaint={c} step={step} onClose={() => setStep(null)} /> : null}
    </>
  );
}

function Basis({ period }: { period: DeadlinePeriod }) {
  const { t } = useTranslation('complaints');
  return (
    <Typography.Paragraph type="secondary" style={{ marginBottom: 4, fontSize: 13 }}>
      {t('detail.basis')}: {period.basis}
      {period.verified ? null : (
        <Tag color="gold" style={{ marginLeft: 8 }} title={period.note ?? undefined}>
          {t('detail.unverified')}
        </Tag>
      )}
    </Typography.Paragraph>
  );
}

/** The sender: protected; revealed on request, if the server allows it (each read audited). */
function ReporterPanel({ id }: { id: string }) {
  const { t } = useTranslation(['complaints', 'common']);
  const [asked, setAsked] = useState(false);
  const reporter = useReporter(id, asked);
  return (
    <Card
      size="small"
      title={
        <>
          <LockOutlined /> {t('complaints:reporter.title')}
        </>
      }
    >
      <Typography.Paragraph strong>{t('complaints:reporter.protected')}</Typography.Paragraph>
      <Typography.Paragraph type="secondary">{t('complaints:reporter.hint')}</Typography.Paragraph>
      {!asked ? (
        <Button icon={<EyeOutlined />} onClick={() => setAsked(true)}>
          {t('complaints:reporter.reveal')}
        </Button>
      ) : reporter.isFetching ? (
        <Skeleton active paragraph={{ rows: 2 }} />
      ) : reporter.error ? (
        <Alert type="warning" showIcon title={errorMessage(t, reporter.error)} />
      ) : reporter.data ? (
        <>
          <Descriptions size="small" column={1}>
            <Descriptions.Item label={t('complaints:form.fullName')}>
              {reporter.data.fullName}
            </Descriptions.Item>
            <Descriptions.Item label={t('complaints:form.address')}>
              {reporter.data.address || '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('complaints:form.phone')}>
              {reporter.data.phone || '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('complaints:form.email')}>
              {reporter.data.email || '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('complaints:form.identityNumber')}>
              {reporter.data.identityNumber || '—'}
            </Descriptions.Item>
          </Descriptions>
          <Button onClick={() => setAsked(false)}>{t('complaints:reporter.hide')}</Button>
        </>
      ) : null}
    </Card>
  );
}

type StepValues = Record<string, string | number | Dayjs | null | undefined>;

/** One step of a complaint, in a small form. */
function StepModal({
  complaint,
  step,
  onClose,
}: {
  complaint: Complaint;
  step: ComplaintStep;
  onClose: () => void;
}) {
  const { t } = useTranslation(['complaints', 'common']);
  const { message } = App.useApp();
  const send = useComplaintStep();
  const handlers = useHandlers(step === 'assign' ? complaint.board : undefined);
  const required = [{ required: true, message: t('common:fieldErrors.required') }];
  const date = (name: string) => (
    <Form.Item key={name} name={name} label={t(`complaints:actions.${name}`)} rules={required}>
      <DateField />
    </Form.Item>
  );
  const text = (name: string, max: number, long = false) => (
    <Form.Item
      key={name}
      name={name}
      label={t(`complaints:actions.${name}`)}
      rules={[{ required: true, whitespace: true, message: t('common:fieldErrors.required') }]}
    >
      {long ? (
        <Input.TextArea maxLength={max} autoSize={{ minRows: 2, maxRows: 6 }} />
      ) : (
        <Input maxLength={max} />
      )}
    </Form.Item>
  );
  const fields: Record<ComplaintStep, ReactNode[]> = {
    assign: [
      <Form.Item
        key="handlerUserId"
        name="handlerUserId"
        label={t('complaints:actions.handlerUserId')}
        rules={required}
      >
        <Select
          loading={handlers.isPending}
          options={(handlers.data ?? []).map((h) => ({
            value: h.id,
            label: `${h.fullName} (${h.username})`,
          }))}
        />
      </Form.Item>,
      text('department', 200),
    ],
    accept: [date('acceptedOn')],
    refuse: [date('refusedOn'), text('reason', 2000, true)],
    extend: [
      <Form.Item
        key="workingDays"
        name="workingDays"
        label={t('complaints:actions.workingDays')}
        rules={required}
      >
        <InputNumber min={1} max={60} precision={0} />
      </Form.Item>,
      text('reason', 2000, true),
    ],
    settle: [
      <Form.Item key="result" name="result" label={t('complaints:actions.result')} rules={required}>
        <Select options={COMPLAINT_RESULTS.map((r) => ({ value: r, label: t(`complaints:results.${r}`) }))} />
      </Form.Item>,
      text('resultSummary', 5000, true),
      text('decisionNumber', 100),
      date('settledOn'),
    ],
    publish: [date('publishedOn'), text('publication', 1000)],
    withdraw: [date('on'), text('reason', 2000, true)],
  };
  const today = dayjs();
  const initial: Record<ComplaintStep, StepValues> = {
    assign: { handlerUserId: complaint.handler?.id, department: complaint.department || undefined },
    accept: { acceptedOn: today },
    refuse: { refusedOn: today },
    extend: {},
    settle: { settledOn: today },
    publish: { publishedOn: today },
    withdraw: { on: today },
  };
  const limit = complaint.rule.extension;
  return (
    <FormModal<StepValues, Complaint>
      title={t(`complaints:actions.${step}`)}
      okText={t('common:actions.save')}
      danger={step === 'refuse' || step === 'withdraw'}
      hint={
        step === 'extend' ? (
          <Typography.Text type="secondary">
            {t('complaints:actions.extendHint', {
              maxCount: limit.maxCount,
              maxEach: limit.maxEach,
              maxTotal: limit.maxTotal,
              extended: complaint.extendedWorkingDays,
            })}
          </Typography.Text>
        ) : undefined
      }
      initialValues={initial[step]}
      onClose={(answer) => {
        if (answer) void message.success(t('complaints:actions.done'));
        onClose();
      }}
      send={(values) =>
        send.mutateAsync({
          complaint,
          step,
          body: Object.fromEntries(
            Object.entries(values).map(([k, v]) => [
              k,
              dayjs.isDayjs(v) ? v.format('YYYY-MM-DD') : typeof v === 'string' ? v.trim() : v,
            ]),
          ),
        })
      }
    >
      {fields[step]}
    </FormModal>
  );
}
