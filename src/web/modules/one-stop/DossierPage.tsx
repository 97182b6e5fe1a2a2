import { DownloadOutlined, FileWordOutlined, UploadOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Flex,
  Result,
  Row,
  Select,
  Space,
  Spin,
  Table,
  Tag,
  Timeline,
  Typography,
  Upload,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import type { AttachmentPurpose, DossierStatus } from '../../../domain/one-stop.ts';
import { ATTACHMENT_PURPOSES } from '../../../domain/one-stop.ts';
import { useCan, useSession } from '../../app/session.tsx';
import { errorMessage } from '../../shared/errors.ts';
import { useFormat } from '../../shared/format.ts';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { DossierDialog, isApologyRequired, isVersionConflict, type Dialog } from './DossierActions.tsx';
import {
  downloadAttachment,
  downloadForm,
  formsOf,
  useDossier,
  useDossierAction,
  useUploadAttachment,
  type DossierAttachment,
  type DossierDetail,
  type DossierForm,
  type DossierStep,
} from './dossiers.api.ts';
import { DossierStatusTag, RiskTag, useDeadlineText, useRemainingText } from './words.tsx';

/** What may be done from each status (the server's table; it refuses anything else anyway). */
const ACTIONS_FROM = {
  accept: ['submitted'],
  notAccept: ['submitted'],
  supplement: ['processing'],
  supplied: ['awaiting_supplement'],
  step: ['processing'],
  assign: ['processing', 'awaiting_supplement'],
  result: ['processing', 'awaiting_supplement'],
  apology: ['processing', 'awaiting_supplement', 'resolved'],
  return: ['resolved'],
  attach: ['submitted', 'processing', 'awaiting_supplement', 'resolved', 'returned'],
} as const satisfies Record<string, readonly DossierStatus[]>;

const may = (action: keyof typeof ACTIONS_FROM, status: DossierStatus) =>
  (ACTIONS_FROM[action] as readonly DossierStatus[]).includes(status);

/** Whether a late dossier still lacks its apology letter: closing it needs form 04 first. */
const needsApology = (d: DossierDetail) => d.flags.late && d.apology === null;

/**
 * Một hồ sơ: status, code, procedure and the version applied, applicant, receipt, due date with the
 * working days left (and the apology's new date next to it), the steps, supplements, history, files,
 * the forms, and the actions the status allows.
 */
export function Component() {
  const { id = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const { t } = useTranslation(['oneStop', 'common']);
  const { message, modal } = App.useApp();
  const format = useFormat();
  const deadline = useDeadlineText();
  const remaining = useRemainingText();
  const canProcess = useCan('onestop.process');
  const me = useSession();
  const dossier = useDossier(id);
  const act = useDossierAction(id);
  const [opened, setOpened] = useState<{ dialog: Dialog; id: string } | null>(null);
  const dialog = opened?.id === id ? opened.dialog : null;
  const open = (next: Dialog) => setOpened({ dialog: next, id });
  const [downloading, setDownloading] = useState<DossierForm | null>(null);

  if (dossier.isPending) return <Spin />;
  if (dossier.error) return <Result status="warning" title={errorMessage(t, dossier.error)} />;
  const d = dossier.data;
  const justReceived = search.get('received') === '1';
  const openSupplement = d.supplements.find((s) => s.suppliedAt === null);

  /** The apology is required first: say so, and offer to write it. */
  function apologyFirst() {
    modal.confirm({
      title: t('oneStop:actions.apologyFirst'),
      content: t('oneStop:dossier.apologyNeeded'),
      okText: t('oneStop:actions.writeApology'),
      cancelText: t('common:actions.cancel'),
      onOk: () => open({ kind: 'apology' }),
    });
  }

  async function simple(
    kind: 'accept' | 'return' | 'assign-step',
    step?: DossierStep,
    assignee?: string | null,
  ) {
    try {
      if (kind === 'accept') await act.mutateAsync({ kind, body: { version: d.version } });
      else if (kind === 'return') await act.mutateAsync({ kind, body: { version: d.version } });
      else
        await act.mutateAsync({
          kind,
          stepId: step!.id,
          body: { version: d.version, assigneeUserId: assignee },
        });
      void message.success(t('oneStop:actions.done'));
    } catch (error) {
      if (isApologyRequired(error)) apologyFirst();
      else if (isVersionConflict(error)) {
        void message.warning(t('common:errors.VERSION_CONFLICT'));
        await dossier.refetch();
      } else void message.error(t('oneStop:actions.failed', { message: errorMessage(t, error) }));
    }
  }

  function confirm(title: string, onOk: () => Promise<void>) {
    modal.confirm({
      title,
      okText: t('common:actions.confirm'),
      cancelText: t('common:actions.cancel'),
      onOk,
    });
  }

  async function form(which: DossierForm) {
    setDownloading(which);
    try {
      await downloadForm(d, which);
    } catch (error) {
      void message.error(t('oneStop:forms.failed', { message: errorMessage(t, error) }));
    } finally {
      setDownloading(null);
    }
  }

  const actions = canProcess ? (
    <Space wrap>
      {may('accept', d.status) ? (
        <Button
          type="primary"
          onClick={() =>
            confirm(t('oneStop:actions.acceptConfirm', { code: d.code }), () => simple('accept'))
          }
        >
          {t('oneStop:actions.accept')}
        </Button>
      ) : null}
      {may('notAccept', d.status) ? (
        <Button danger onClick={() => open({ kind: 'not-accept' })}>
          {t('oneStop:actions.notAccept')}
        </Button>
      ) : null}
      {may('supplement', d.status) ? (
        <Button onClick={() => open({ kind: 'supplement-request' })}>
          {t('oneStop:actions.supplement')}
        </Button>
      ) : null}
      {may('supplied', d.status) && openSupplement ? (
        <Button type="primary" onClick={() => open({ kind: 'supplied', supplement: openSupplement })}>
          {t('oneStop:actions.supplied')}
        </Button>
      ) : null}
      {may('result', d.status) ? (
        <Button
          type={d.status === 'processing' ? 'primary' : 'default'}
          onClick={() => (needsApology(d) ? apologyFirst() : open({ kind: 'result' }))}
        >
          {t('oneStop:actions.result')}
        </Button>
      ) : null}
      {may('apology', d.status) && d.flags.late && !d.apology ? (
        <Button danger onClick={() => open({ kind: 'apology' })}>
          {t('oneStop:actions.apology')}
        </Button>
      ) : null}
      {may('return', d.status) ? (
        <Button
          type="primary"
          onClick={() =>
            needsApology(d)
              ? apologyFirst()
              : confirm(t('oneStop:actions.returnConfirm', { code: d.code }), () => simple('return'))
          }
        >
          {t('oneStop:actions.return')}
        </Button>
      ) : null}
    </Space>
  ) : null;

  const dueLine = d.dueDate
    ? [format.date(d.dueDate), remaining(d.remainingWorkingDays, d.risk)].filter(Boolean).join(' — ')
    : '—';

  return (
    <>
      <PageTitle
        title={t('oneStop:dossier.codeLine', { code: d.code })}
        subtitle={
          <Space size={8} wrap>
            <span>{d.procedure.name}</span>
            <DossierStatusTag status={d.status} />
            <RiskTag risk={d.risk} />
            {d.flags.lateBy766 ? <Tag color="volcano">{t('oneStop:dossier.late766')}</Tag> : null}
          </Space>
        }
        extra={actions}
      />
      {justReceived && d.receivedAt ? (
        <Alert
          type="success"
          showIcon
          closable={{ onClose: () => setSearch({}, { replace: true }) }}
          style={{ marginBottom: 16 }}
          title={t('oneStop:receive.receiptOffer', { code: d.code, date: format.date(d.dueDate) })}
          description={
            <Button
              icon={<FileWordOutlined />}
              loading={downloading === '01'}
              onClick={() => void form('01')}
              style={{ marginTop: 8, maxWidth: '100%', whiteSpace: 'normal', height: 'auto' }}
            >
              {t('oneStop:forms.01')}
            </Button>
          }
        />
      ) : null}
      {needsApology(d) && (may('result', d.status) || may('return', d.status)) ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          style={{ marginBottom: 16 }}
          title={t('oneStop:dossier.apologyNeeded')}
          description={
            canProcess ? (
              <Button danger style={{ marginTop: 8 }} onClick={() => open({ kind: 'apology' })}>
                {t('oneStop:actions.writeApology')}
              </Button>
            ) : undefined
          }
        />
      ) : null}
      {d.apology ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('oneStop:dossier.apology', {
            at: format.date(d.apology.at.slice(0, 10)),
            date: format.date(d.apology.newDate),
            due: format.date(d.dueDate),
          })}
          description={d.apology.reason}
        />
      ) : null}
      {d.notAcceptedReason ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('oneStop:dossier.notAccepted', { reason: d.notAcceptedReason })}
        />
      ) : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('oneStop:dossier.info')} style={{ height: '100%' }}>
            <Descriptions
              column={1}
              size="small"
              items={[
                {
                  key: 'code',
                  label: t('oneStop:fields.code'),
                  children: <Typography.Text copyable>{d.code}</Typography.Text>,
                },
                {
                  key: 'procedure',
                  label: t('oneStop:fields.procedure'),
                  children: (
                    <Flex vertical>
                      <Link to={`/one-stop/procedures/${d.procedure.id}`}>
                        {d.procedure.code} — {d.procedureVersion.name}
                      </Link>
                      <Typography.Text type="secondary">
                        {t('oneStop:dossier.effectiveFrom', {
                          date: format.date(d.procedureVersion.effectiveFrom),
                        })}
                      </Typography.Text>
                    </Flex>
                  ),
                },
                {
                  key: 'channel',
                  label: t('oneStop:fields.channel'),
                  children: t(`oneStop:channels.${d.channel}`),
                },
                {
                  key: 'applicant',
                  label: t('oneStop:fields.applicant'),
                  children: (
                    <Flex vertical>
                      <span>{d.applicant.name}</span>
                      {[d.applicant.taxCode, d.applicant.address, d.applicant.phone, d.applicant.email]
                        .filter(Boolean)
                        .map((line) => (
                          <Typography.Text type="secondary" key={line}>
                            {line}
                          </Typography.Text>
                        ))}
                    </Flex>
                  ),
                },
                ...(d.summary
                  ? [{ key: 'summary', label: t('oneStop:fields.summary'), children: d.summary }]
                  : []),
                ...(d.submittedAt
                  ? [
                      {
                        key: 'submitted',
                        label: t('oneStop:fields.submittedAt'),
                        children: format.dateTime(d.submittedAt),
                      },
                    ]
                  : []),
                {
                  key: 'received',
                  label: t('oneStop:fields.receivedAt'),
                  children: d.receivedAt
                    ? `${format.dateTime(d.receivedAt)}${d.receivedBy ? ` — ${d.receivedBy}` : ''}`
                    : '—',
                },
                ...(d.result
                  ? [
                      {
                        key: 'result',
                        label: t('oneStop:fields.result'),
                        children: (
                          <>
                            {t(`oneStop:resultKinds.${d.result.kind}`)}
                            {d.result.number ? ` — ${d.result.number}` : ''} ({format.dateTime(d.result.at)})
                            {d.result.note ? (
                              <div>
                                <Typography.Text type="secondary">{d.result.note}</Typography.Text>
                              </div>
                            ) : null}
                          </>
                        ),
                      },
                    ]
                  : []),
                ...(d.returnedAt
                  ? [
                      {
                        key: 'returned',
                        label: t('oneStop:fields.returnedAt'),
                        children: format.dateTime(d.returnedAt),
                      },
                    ]
                  : []),
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('oneStop:dossier.timing')} style={{ height: '100%' }}>
            <Descriptions
              column={1}
              size="small"
              items={[
                { key: 'deadline', label: t('oneStop:dossier.deadline'), children: deadline(d.deadline) },
                {
                  key: 'due',
                  label: t('oneStop:fields.dueDate'),
                  children: (
                    <Typography.Text strong type={d.risk === 'overdue' ? 'danger' : undefined}>
                      {dueLine}
                    </Typography.Text>
                  ),
                },
                ...(d.apology
                  ? [
                      {
                        key: 'newDate',
                        label: t('oneStop:fields.apologyNewDate'),
                        children: <Typography.Text strong>{format.date(d.apology.newDate)}</Typography.Text>,
                      },
                    ]
                  : []),
                { key: 'dayZero', label: t('oneStop:dossier.dayZero'), children: format.date(d.dayZero) },
                ...(d.pausedWorkingDays > 0
                  ? [
                      {
                        key: 'base',
                        label: t('oneStop:dossier.baseDueDate'),
                        children: format.date(d.baseDueDate),
                      },
                      { key: 'paused', label: t('oneStop:dossier.paused'), children: d.pausedWorkingDays },
                    ]
                  : []),
              ]}
            />
            <Typography.Text strong style={{ display: 'block', margin: '12px 0 8px' }}>
              {t('oneStop:dossier.forms')}
            </Typography.Text>
            <Space wrap>
              {formsOf(d).map((which) => (
                <Button
                  key={which}
                  size="small"
                  icon={<FileWordOutlined />}
                  loading={downloading === which}
                  onClick={() => void form(which)}
                >
                  {t(`oneStop:forms.${which}`)}
                </Button>
              ))}
            </Space>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('oneStop:dossier.steps')}>
            {d.steps.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('oneStop:dossier.noSteps')} />
            ) : (
              <Timeline
                items={d.steps.map((step) => ({
                  key: step.id,
                  color: step.completedAt
                    ? 'green'
                    : step.remainingWorkingDays !== null && step.remainingWorkingDays < 0
                      ? 'red'
                      : 'blue',
                  content: (
                    <Flex vertical gap={2}>
                      <Typography.Text strong>
                        {step.position}. {step.name}
                      </Typography.Text>
                      <Typography.Text type="secondary">
                        {step.department} · {t('oneStop:dossier.stepDays', { count: step.workingDays })}
                      </Typography.Text>
                      <span>
                        {step.assigneeUserId === null
                          ? t('oneStop:dossier.unassigned')
                          : step.assigneeUserId === me.id
                            ? t('oneStop:dossier.assignedToMe')
                            : t('oneStop:dossier.assigned')}
                      </span>
                      {step.completedAt ? (
                        <Typography.Text type="success">
                          {t('oneStop:dossier.stepDone', {
                            at: format.dateTime(step.completedAt),
                            by: step.completedBy ?? '—',
                          })}
                        </Typography.Text>
                      ) : step.dueDate ? (
                        <span>
                          {t('oneStop:dossier.stepDue', { date: format.date(step.dueDate) })}
                          {step.remainingWorkingDays !== null ? (
                            <Typography.Text type={step.remainingWorkingDays < 0 ? 'danger' : 'secondary'}>
                              {' '}
                              ({remaining(step.remainingWorkingDays)})
                            </Typography.Text>
                          ) : null}
                        </span>
                      ) : null}
                      {step.note ? <Typography.Text type="secondary">{step.note}</Typography.Text> : null}
                      {canProcess && !step.completedAt ? (
                        <Space wrap size={4}>
                          {may('step', d.status) ? (
                            <Button size="small" onClick={() => open({ kind: 'complete-step', step })}>
                              {t('oneStop:actions.completeStep')}
                            </Button>
                          ) : null}
                          {may('assign', d.status) &&
                          me.board?.id === d.boardId &&
                          step.assigneeUserId !== me.id ? (
                            <Button
                              size="small"
                              type="link"
                              onClick={() => void simple('assign-step', step, me.id)}
                            >
                              {t('oneStop:dossier.assignMe')}
                            </Button>
                          ) : null}
                          {may('assign', d.status) && step.assigneeUserId !== null ? (
                            <Button
                              size="small"
                              type="link"
                              onClick={() => void simple('assign-step', step, null)}
                            >
                              {t('oneStop:dossier.unassign')}
                            </Button>
                          ) : null}
                        </Space>
                      ) : null}
                    </Flex>
                  ),
                }))}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('oneStop:dossier.supplements')}>
            {d.supplements.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('oneStop:dossier.noSupplements')} />
            ) : (
              <Flex vertical gap={12}>
                {d.supplements.length > 1 ? (
                  <Alert type="warning" showIcon title={t('oneStop:dossier.secondRequest')} />
                ) : null}
                {d.supplements.map((s, i) => (
                  <Card
                    size="small"
                    key={s.id}
                    type="inner"
                    title={`${i + 1}. ${t('oneStop:dossier.requestedAt', { at: format.dateTime(s.requestedAt) })}`}
                  >
                    <Flex vertical gap={4}>
                      <span>{s.reason}</span>
                      <Typography.Text type="secondary">{s.requestedBy}</Typography.Text>
                      {s.suppliedAt ? (
                        <Typography.Text type="success">
                          {t('oneStop:dossier.suppliedAt', { at: format.dateTime(s.suppliedAt) })}
                          {s.suppliedNote ? ` — ${s.suppliedNote}` : ''}
                        </Typography.Text>
                      ) : (
                        <Typography.Text type="warning">{t('oneStop:dossier.waiting')}</Typography.Text>
                      )}
                    </Flex>
                  </Card>
                ))}
              </Flex>
            )}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Attachments dossier={d} canUpload={canProcess && may('attach', d.status)} />
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('oneStop:dossier.events')}>
            {d.events.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('oneStop:dossier.noEvents')} />
            ) : (
              <Timeline
                items={d.events.map((e, i) => ({
                  key: `${e.at}-${i}`,
                  content: (
                    <Flex vertical gap={2}>
                      <span>
                        <Typography.Text strong>
                          {t(`oneStop:events.${e.action}`, { defaultValue: e.action })}
                        </Typography.Text>{' '}
                        <DossierStatusTag status={e.status} />
                      </span>
                      <Typography.Text type="secondary">
                        {format.dateTime(e.at)} — {e.actor}
                      </Typography.Text>
                      {e.note ? <span>{e.note}</span> : null}
                    </Flex>
                  ),
                }))}
              />
            )}
          </Card>
        </Col>
      </Row>
      {dialog ? (
        <DossierDialog
          dossier={d}
          dialog={dialog}
          onClose={() => setOpened(null)}
          onApologyRequired={apologyFirst}
          onReload={() => dossier.refetch()}
        />
      ) : null}
    </>
  );
}

/** The dossier's files: a table with downloads, and an upload with a file picker and its kind. */
function Attachments({ dossier, canUpload }: { dossier: DossierDetail; canUpload: boolean }) {
  const { t } = useTranslation(['oneStop', 'common']);
  const { message } = App.useApp();
  const format = useFormat();
  const upload = useUploadAttachment(dossier.id);
  const [purpose, setPurpose] = useState<AttachmentPurpose>('application');

  async function download(attachment: DossierAttachment) {
    try {
      await downloadAttachment(dossier.id, attachment);
    } catch (error) {
      void message.error(t('oneStop:actions.failed', { message: errorMessage(t, error) }));
    }
  }

  return (
    <Card
      size="small"
      title={t('oneStop:dossier.attachments')}
      extra={
        canUpload ? (
          <Space wrap size={4}>
            <Select<AttachmentPurpose>
              size="small"
              value={purpose}
              aria-label={t('oneStop:actions.purpose')}
              style={{ width: 170 }}
              onChange={setPurpose}
              options={ATTACHMENT_PURPOSES.map((p) => ({
                value: p,
                label: t(`oneStop:attachmentPurposes.${p}`),
              }))}
            />
            <Upload
              showUploadList={false}
              accept=".pdf,.jpg,.jpeg,.png,.docx,.xlsx"
              customRequest={({ file, onSuccess, onError }) => {
                upload.mutate(
                  { file: file as File, purpose },
                  {
                    onSuccess: (answer) => {
                      onSuccess?.(answer);
                      void message.success(t('oneStop:actions.done'));
                    },
                    onError: (error) => {
                      onError?.(error);
                      void message.error(t('oneStop:actions.failed', { message: errorMessage(t, error) }));
                    },
                  },
                );
              }}
            >
              <Button size="small" icon={<UploadOutlined />} loading={upload.isPending}>
                {t('oneStop:actions.upload')}
              </Button>
            </Upload>
          </Space>
        ) : null
      }
    >
      <Table<DossierAttachment>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={dossier.attachments}
        scroll={{ x: 'max-content' }}
        aria-label={t('oneStop:dossier.attachments')}
        locale={{ emptyText: t('oneStop:dossier.noAttachments') }}
        columns={[
          {
            title: t('oneStop:dossier.fileName'),
            dataIndex: 'fileName',
            render: (name: string, row) => (
              <Button type="link" size="small" icon={<DownloadOutlined />} onClick={() => void download(row)}>
                {name}
              </Button>
            ),
          },
          {
            title: t('oneStop:actions.purpose'),
            dataIndex: 'purpose',
            render: (p: AttachmentPurpose) => t(`oneStop:attachmentPurposes.${p}`),
          },
          {
            title: 'KB',
            dataIndex: 'sizeBytes',
            align: 'right',
            render: (n: number) => format.number(Math.ceil(n / 1024)),
          },
          {
            title: t('oneStop:dossier.uploaded'),
            render: (_, row) =>
              t('oneStop:dossier.uploadedBy', { by: row.uploadedBy, at: format.dateTime(row.createdAt) }),
          },
        ]}
      />
    </Card>
  );
}
