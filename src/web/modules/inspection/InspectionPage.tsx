import {
  CheckOutlined,
  EditOutlined,
  FileDoneOutlined,
  FileWordOutlined,
  PaperClipOutlined,
  PlusOutlined,
  RollbackOutlined,
  UploadOutlined,
} from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Descriptions,
  Form,
  Input,
  Result,
  Select,
  Space,
  Spin,
  Table,
  Timeline,
  Tooltip,
  Typography,
  Upload,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { FINDING_SEVERITIES, type InspectionTopic } from '../../../domain/inspection.ts';
import { useCan, useSession } from '../../app/session.tsx';
import { DateField } from '../../shared/DateField.tsx';
import { errorMessage } from '../../shared/errors.ts';
import { useFormat } from '../../shared/format.ts';
import { FormModal } from '../../shared/FormModal.tsx';
import { MoneyInput } from '../../shared/MoneyInput.tsx';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { usePhone } from '../../shared/screen.ts';
import { enterpriseLabel } from './EnterpriseSelect.tsx';
import {
  downloadFollowUpFile,
  downloadInspectionDocument,
  EVIDENCE_ACCEPT,
  EVIDENCE_MAX_BYTES,
  uploadFollowUpFile,
  useAddFinding,
  useAddFollowUp,
  useAfterWrite,
  useCloseFinding,
  useConclude,
  useEditFinding,
  useInspection,
  useReopenFinding,
  useUploadFollowUpFile,
  type Finding,
  type FollowUp,
  type FindingSeverity,
  type Inspection,
} from './inspection.api.ts';
import { InspectionFormModal } from './InspectionFormModal.tsx';
import { overlapsOfItem } from './inspection-rules.ts';
import { OverlapAlert } from './OverlapAlert.tsx';
import { FindingStateTag, InspectionStatusTag, SeverityTag, TopicTags, useTopicOptions } from './words.tsx';

type Dialog =
  | { kind: 'edit' }
  | { kind: 'conclude' }
  | { kind: 'finding'; finding?: Finding }
  | { kind: 'followUp'; finding: Finding }
  | { kind: 'close'; finding: Finding }
  | { kind: 'reopen'; finding: Finding };

const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : '');

/**
 * Một cuộc kiểm tra: what was inspected, by whom, its record (biên bản) and conclusion (kết luận)
 * as Word documents; its findings with their remedy, deadline and follow-up state; adding a
 * finding, a follow-up with its evidence, closing (or reopening) a finding, concluding.
 */
export function Component() {
  const { id = '' } = useParams();
  const { t } = useTranslation(['inspection', 'common']);
  const format = useFormat();
  const { message } = App.useApp();
  const canManage = useCan('inspection.manage');
  const phone = usePhone();
  const me = useSession();
  const inspection = useInspection(id);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [downloading, setDownloading] = useState<'record' | 'conclusion' | null>(null);

  if (inspection.isPending) return <Spin />;
  if (inspection.error) return <Result status="warning" title={errorMessage(t, inspection.error)} />;
  const i = inspection.data;
  const open = i.status === 'open';
  const boardId = me.visibleBoards.find((b) => b.code === i.board)?.id;
  const reload = () => inspection.refetch();

  async function download(which: 'record' | 'conclusion') {
    setDownloading(which);
    try {
      await downloadInspectionDocument(i.id, which);
    } catch (error) {
      void message.error(t('inspection:downloadFailed', { message: errorMessage(t, error) }));
    } finally {
      setDownloading(null);
    }
  }

  const names = (list: string[]) => (list.length ? list.join('; ') : '—');
  const period = i.endedOn
    ? t('inspection:inspection.period', { from: format.date(i.startedOn), to: format.date(i.endedOn) })
    : format.date(i.startedOn);

  return (
    <>
      <PageTitle
        title={t('inspection:inspection.title', { enterprise: i.enterprise.name })}
        subtitle={
          <Space wrap>
            <InspectionStatusTag status={i.status} />
            <span>{t(`inspection:kinds.${i.kind}`)}</span>
            {i.plan ? (
              <Link to={`/inspection/plans/${i.plan.id}`}>
                {t('inspection:inspection.planOf', { plan: i.plan.name })}
              </Link>
            ) : null}
          </Space>
        }
        extra={
          <Space wrap>
            <Link to="/inspection/inspections">{t('inspection:inspection.back')}</Link>
            <Button
              icon={<FileWordOutlined />}
              loading={downloading === 'record'}
              onClick={() => void download('record')}
            >
              {t('inspection:inspection.recordDoc')}
            </Button>
            {!open ? (
              <Button
                icon={<FileWordOutlined />}
                loading={downloading === 'conclusion'}
                onClick={() => void download('conclusion')}
              >
                {t('inspection:inspection.conclusionDoc')}
              </Button>
            ) : null}
            {canManage ? (
              <Button icon={<EditOutlined />} onClick={() => setDialog({ kind: 'edit' })}>
                {t('common:actions.edit')}
              </Button>
            ) : null}
            {canManage && open ? (
              <Button
                type="primary"
                icon={<FileDoneOutlined />}
                onClick={() => setDialog({ kind: 'conclude' })}
              >
                {t('inspection:inspection.conclude')}
              </Button>
            ) : null}
          </Space>
        }
      />
      <OverlapAlert overlaps={overlapsOfItem(i.overlaps, i)} />
      <Descriptions
        size="small"
        bordered
        layout={phone ? 'vertical' : 'horizontal'}
        column={{ xs: 1, md: 2 }}
        style={{ marginBottom: 16 }}
        styles={phone ? undefined : { label: { width: 180 } }}
      >
        <Descriptions.Item label={t('inspection:fields.enterprise')}>
          {enterpriseLabel(i.enterprise)}
        </Descriptions.Item>
        <Descriptions.Item label={t('inspection:fields.topics')}>
          <TopicTags topics={i.topics} />
        </Descriptions.Item>
        <Descriptions.Item label={t('inspection:fields.basis')}>{i.basis || '—'}</Descriptions.Item>
        <Descriptions.Item label={t('inspection:fields.period')}>{period}</Descriptions.Item>
        <Descriptions.Item label={t('inspection:fields.teamLeader')}>{i.teamLeader}</Descriptions.Item>
        <Descriptions.Item label={t('inspection:fields.teamMembers')}>
          {names(i.teamMembers)}
        </Descriptions.Item>
        <Descriptions.Item label={t('inspection:fields.cooperatingAgencies')}>
          {names(i.cooperatingAgencies)}
        </Descriptions.Item>
        <Descriptions.Item label={t('inspection:fields.enterpriseRepresentative')}>
          {i.enterpriseRepresentative || '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('inspection:fields.record')}>
          {i.recordNumber
            ? t('inspection:inspection.numbered', {
                number: i.recordNumber,
                date: format.date(i.recordedOn),
              })
            : t('inspection:inspection.noRecordNumber')}
        </Descriptions.Item>
        <Descriptions.Item label={t('inspection:fields.conclusionDoc')}>
          {i.conclusionNumber
            ? t('inspection:inspection.numbered', {
                number: i.conclusionNumber,
                date: format.date(i.concludedOn),
              })
            : t('inspection:inspection.notConcluded')}
        </Descriptions.Item>
        <Descriptions.Item label={t('inspection:fields.finesTotal')}>
          {format.dong(i.finesDong)}
        </Descriptions.Item>
        <Descriptions.Item label={t('inspection:fields.findings')}>
          {t('inspection:inspections.findingsOf', { open: i.openFindingCount, count: i.findingCount })}
        </Descriptions.Item>
        {i.summary ? (
          <Descriptions.Item label={t('inspection:fields.summary')} span={2}>
            <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{i.summary}</Typography.Text>
          </Descriptions.Item>
        ) : null}
        {i.conclusion ? (
          <Descriptions.Item label={t('inspection:fields.conclusion')} span={2}>
            <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{i.conclusion}</Typography.Text>
          </Descriptions.Item>
        ) : null}
      </Descriptions>
      <FindingsTable inspection={i} canManage={canManage} onAction={setDialog} />
      {dialog?.kind === 'edit' ? (
        <InspectionFormModal
          board={i.board}
          boardId={boardId}
          inspection={i}
          onClose={() => setDialog(null)}
        />
      ) : null}
      {dialog?.kind === 'conclude' ? (
        <ConcludeModal inspection={i} onClose={() => setDialog(null)} onReload={reload} />
      ) : null}
      {dialog?.kind === 'finding' ? (
        <FindingModal
          inspection={i}
          finding={dialog.finding}
          onClose={() => setDialog(null)}
          onReload={reload}
        />
      ) : null}
      {dialog?.kind === 'followUp' ? (
        <FollowUpModal finding={dialog.finding} onClose={() => setDialog(null)} />
      ) : null}
      {dialog?.kind === 'close' ? (
        <CloseModal finding={dialog.finding} onClose={() => setDialog(null)} onReload={reload} />
      ) : null}
      {dialog?.kind === 'reopen' ? (
        <ReopenModal finding={dialog.finding} onClose={() => setDialog(null)} onReload={reload} />
      ) : null}
    </>
  );
}

/** The findings: what was wrong, its legal basis, severity, fine, the remedy and how it stands. */
function FindingsTable({
  inspection,
  canManage,
  onAction,
}: {
  inspection: Inspection;
  canManage: boolean;
  onAction: (dialog: Dialog) => void;
}) {
  const { t } = useTranslation(['inspection', 'common']);
  const format = useFormat();
  const phone = usePhone();
  return (
    <Table<Finding>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={inspection.findings}
      scroll={{ x: 'max-content' }}
      aria-label={t('inspection:inspection.findings')}
      title={() => (
        <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
          <Typography.Text strong>{t('inspection:inspection.findings')}</Typography.Text>
          {canManage ? (
            <Button size="small" icon={<PlusOutlined />} onClick={() => onAction({ kind: 'finding' })}>
              {t('inspection:inspection.addFinding')}
            </Button>
          ) : null}
        </Space>
      )}
      locale={{ emptyText: t('inspection:inspection.noFindings') }}
      expandable={{
        rowExpandable: (row) => row.followUps.length > 0 || row.status === 'closed',
        expandedRowRender: (row) => <FollowUps finding={row} canManage={canManage} />,
      }}
      columns={[
        {
          title: t('inspection:fields.topic'),
          dataIndex: 'topic',
          render: (topic: InspectionTopic) => t(`inspection:topics.${topic}`),
        },
        {
          title: t('inspection:fields.description'),
          dataIndex: 'description',
          render: (text: string) => <div style={{ minWidth: 200, maxWidth: 360 }}>{text}</div>,
        },
        {
          title: t('inspection:fields.legalBasis'),
          dataIndex: 'legalBasis',
          render: (text: string) => <div style={{ minWidth: 160, maxWidth: 280 }}>{text || '—'}</div>,
        },
        {
          title: t('inspection:fields.severity'),
          dataIndex: 'severity',
          render: (s: FindingSeverity) => <SeverityTag severity={s} />,
        },
        {
          title: t('inspection:fields.fine'),
          dataIndex: 'fineDong',
          align: 'right',
          render: (fine: string | null) => (fine === null ? '—' : format.dong(fine)),
        },
        {
          title: t('inspection:fields.remedy'),
          dataIndex: 'remedy',
          render: (text: string) => <div style={{ minWidth: 180, maxWidth: 320 }}>{text || '—'}</div>,
        },
        {
          title: t('inspection:fields.remedyDueOn'),
          render: (_, row) => (
            <>
              {format.date(row.remedyDueOn)}
              {row.daysOverdue > 0 ? (
                <div>
                  <Typography.Text type="danger">
                    {t('inspection:inspection.overdueDays', { count: row.daysOverdue })}
                  </Typography.Text>
                </div>
              ) : null}
            </>
          ),
        },
        {
          title: t('inspection:fields.state'),
          render: (_, row) => <FindingStateTag state={row.state} />,
        },
        ...(canManage
          ? [
              {
                key: 'actions',
                // Pinned on wide screens: the buttons stay in view (and an opened row's follow-ups
                // stay under it) however far the row is scrolled sideways.
                fixed: phone ? undefined : ('right' as const),
                render: (_: unknown, row: Finding) => <FindingActions finding={row} onAction={onAction} />,
              },
            ]
          : []),
      ]}
    />
  );
}

function FindingActions({ finding, onAction }: { finding: Finding; onAction: (dialog: Dialog) => void }) {
  const { t } = useTranslation('inspection');
  if (finding.status === 'closed')
    return (
      <Button size="small" icon={<RollbackOutlined />} onClick={() => onAction({ kind: 'reopen', finding })}>
        {t('inspection:inspection.reopen')}
      </Button>
    );
  const evidenced = finding.followUps.some((f) => f.evidence.trim() !== '' || f.file !== null);
  return (
    <Space size={4} wrap>
      <Button size="small" icon={<PlusOutlined />} onClick={() => onAction({ kind: 'followUp', finding })}>
        {t('inspection:inspection.followUp')}
      </Button>
      <Tooltip title={evidenced ? undefined : t('inspection:inspection.closeNeedsEvidence')}>
        <Button
          size="small"
          type="primary"
          ghost
          icon={<CheckOutlined />}
          disabled={!evidenced}
          onClick={() => onAction({ kind: 'close', finding })}
        >
          {t('inspection:inspection.close')}
        </Button>
      </Tooltip>
      <Button
        size="small"
        icon={<EditOutlined />}
        aria-label={t('inspection:inspection.editFinding')}
        onClick={() => onAction({ kind: 'finding', finding })}
      />
    </Space>
  );
}

/** A follow-up's evidence file: its name and size, downloaded on a click. */
function EvidenceFileLink({ followUp }: { followUp: FollowUp }) {
  const { t } = useTranslation(['inspection', 'common']);
  const format = useFormat();
  const { message } = App.useApp();
  if (!followUp.file) return null;
  return (
    <Button
      type="link"
      size="small"
      icon={<PaperClipOutlined />}
      style={{ paddingInline: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }}
      onClick={() =>
        void downloadFollowUpFile(followUp).catch((error: unknown) => message.error(errorMessage(t, error)))
      }
    >
      {t('inspection:inspection.fileLine', {
        name: followUp.file.name,
        size: format.number(Math.max(1, Math.ceil(followUp.file.size / 1024))),
      })}
    </Button>
  );
}

/** Attaches the evidence file to a follow-up recorded without one (set once, never replaced). */
function AttachEvidence({ followUp }: { followUp: FollowUp }) {
  const { t } = useTranslation(['inspection', 'common']);
  const { message } = App.useApp();
  const upload = useUploadFollowUpFile();
  return (
    <Upload
      accept={EVIDENCE_ACCEPT}
      showUploadList={false}
      beforeUpload={(file) => {
        if (file.size > EVIDENCE_MAX_BYTES) void message.error(t('inspection:inspection.fileTooLarge'));
        else
          upload.mutate(
            { followUpId: followUp.id, file },
            {
              onSuccess: () =>
                void message.success(t('inspection:inspection.fileStored', { name: file.name })),
              onError: (error) => void message.error(errorMessage(t, error)),
            },
          );
        return false;
      }}
    >
      <Button
        size="small"
        type="link"
        icon={<UploadOutlined />}
        loading={upload.isPending}
        style={{ paddingInline: 0 }}
      >
        {t('inspection:inspection.attachFile')}
      </Button>
    </Upload>
  );
}

/** Quá trình khắc phục: the follow-ups as written (with their evidence files), and the closing. */
function FollowUps({ finding, canManage }: { finding: Finding; canManage: boolean }) {
  const { t } = useTranslation('inspection');
  const format = useFormat();
  const items = finding.followUps.map((f) => ({
    key: f.id,
    content: (
      <>
        <Typography.Text strong>{format.date(f.reportedOn)}</Typography.Text> — {f.note}
        {f.evidence ? (
          <div>
            <Typography.Text type="secondary">
              {t('inspection:inspection.evidenceLine', { evidence: f.evidence })}
            </Typography.Text>
          </div>
        ) : null}
        {f.file ? (
          <div>
            <EvidenceFileLink followUp={f} />
          </div>
        ) : canManage && finding.status !== 'closed' ? (
          <div>
            <AttachEvidence followUp={f} />
          </div>
        ) : null}
        {f.createdBy ? (
          <div>
            <Typography.Text type="secondary">
              {t('inspection:inspection.recordedBy', { name: f.createdBy })}
            </Typography.Text>
          </div>
        ) : null}
      </>
    ),
  }));
  if (finding.status === 'closed')
    items.push({
      key: 'closed',
      content: (
        <Typography.Text type="success">
          {t('inspection:inspection.closedLine', {
            date: format.date(finding.closedOn),
            note: finding.closingNote,
          })}
        </Typography.Text>
      ),
    });
  return (
    <div style={{ maxWidth: 720, paddingTop: 8 }}>
      <Typography.Text strong>{t('inspection:inspection.followUps')}</Typography.Text>
      <Timeline style={{ marginTop: 12 }} items={items} />
    </div>
  );
}

interface FindingValues {
  topic?: InspectionTopic;
  description?: string;
  legalBasis?: string;
  severity?: FindingSeverity;
  fineDong?: string | null;
  remedy?: string;
  remedyDueOn?: Dayjs | null;
}

/** Thêm / sửa vi phạm: topic, description, legal basis, severity, fine, remedy and its deadline. */
function FindingModal({
  inspection,
  finding,
  onClose,
  onReload,
}: {
  inspection: Inspection;
  finding: Finding | undefined;
  onClose: () => void;
  onReload: () => Promise<unknown>;
}) {
  const { t } = useTranslation(['inspection', 'common']);
  const topics = useTopicOptions().filter(
    (o) => inspection.topics.includes(o.value) || o.value === finding?.topic,
  );
  const add = useAddFinding();
  const edit = useEditFinding();
  return (
    <FormModal<FindingValues>
      title={
        finding ? t('inspection:inspection.editFindingTitle') : t('inspection:inspection.addFindingTitle')
      }
      okText={finding ? t('common:actions.save') : t('inspection:inspection.addFinding')}
      width={640}
      initialValues={
        finding
          ? {
              topic: finding.topic,
              description: finding.description,
              legalBasis: finding.legalBasis,
              severity: finding.severity,
              fineDong: finding.fineDong,
              remedy: finding.remedy,
              remedyDueOn: finding.remedyDueOn ? dayjs(finding.remedyDueOn) : null,
            }
          : { topic: inspection.topics.length === 1 ? inspection.topics[0] : undefined, severity: 'minor' }
      }
      onClose={onClose}
      onReload={onReload}
      send={(v) => {
        const body = {
          topic: v.topic!,
          description: v.description?.trim() ?? '',
          legalBasis: v.legalBasis?.trim() ?? '',
          severity: v.severity ?? 'minor',
          remedy: v.remedy?.trim() ?? '',
        };
        if (finding)
          return edit.mutateAsync({
            id: finding.id,
            body: {
              version: finding.version,
              ...body,
              fineDong: v.fineDong || null,
              remedyDueOn: v.remedyDueOn ? day(v.remedyDueOn) : null,
            },
          });
        return add.mutateAsync({
          inspectionId: inspection.id,
          body: {
            ...body,
            fineDong: v.fineDong || undefined,
            remedyDueOn: v.remedyDueOn ? day(v.remedyDueOn) : undefined,
          },
        });
      }}
    >
      <Form.Item
        name="topic"
        label={t('inspection:fields.topic')}
        rules={[{ required: true, message: t('common:fieldErrors.required') }]}
      >
        <Select<InspectionTopic> aria-label={t('inspection:fields.topic')} options={topics} />
      </Form.Item>
      <Form.Item
        name="description"
        label={t('inspection:fields.description')}
        rules={[{ required: true, whitespace: true, message: t('common:fieldErrors.required') }]}
      >
        <Input.TextArea maxLength={4000} autoSize={{ minRows: 2, maxRows: 6 }} />
      </Form.Item>
      <Form.Item
        name="legalBasis"
        label={t('inspection:fields.legalBasis')}
        rules={[{ required: true, whitespace: true, message: t('common:fieldErrors.required') }]}
      >
        <Input.TextArea
          maxLength={2000}
          autoSize={{ minRows: 1, maxRows: 4 }}
          placeholder={t('inspection:inspection.legalBasisPlaceholder')}
        />
      </Form.Item>
      <Space wrap align="start">
        <Form.Item name="severity" label={t('inspection:fields.severity')}>
          <Select<FindingSeverity>
            aria-label={t('inspection:fields.severity')}
            style={{ width: 200 }}
            options={FINDING_SEVERITIES.map((s) => ({ value: s, label: t(`inspection:severities.${s}`) }))}
          />
        </Form.Item>
        <Form.Item name="fineDong" label={t('inspection:fields.fine')} style={{ minWidth: 240 }}>
          <MoneyInput aria-label={t('inspection:fields.fine')} />
        </Form.Item>
      </Space>
      <Form.Item
        name="remedy"
        label={t('inspection:fields.remedy')}
        rules={[{ required: true, whitespace: true, message: t('common:fieldErrors.required') }]}
      >
        <Input.TextArea maxLength={4000} autoSize={{ minRows: 2, maxRows: 6 }} />
      </Form.Item>
      <Form.Item name="remedyDueOn" label={t('inspection:fields.remedyDueOn')} htmlFor="finding-due">
        <DateField id="finding-due" aria-label={t('inspection:fields.remedyDueOn')} />
      </Form.Item>
    </FormModal>
  );
}

/**
 * Ghi kết quả khắc phục: the day, what was done, and the evidence — in words and/or a file (PDF,
 * JPEG, PNG), sent once the follow-up is recorded. Should the file be refused, the follow-up stays
 * recorded and pressing the button again sends only the file.
 */
function FollowUpModal({ finding, onClose }: { finding: Finding; onClose: () => void }) {
  const { t } = useTranslation(['inspection', 'common']);
  const { message } = App.useApp();
  const add = useAddFollowUp();
  const after = useAfterWrite();
  const [file, setFile] = useState<File | null>(null);
  const [recorded, setRecorded] = useState<FollowUp | null>(null);
  return (
    <FormModal<{ reportedOn?: Dayjs | null; note?: string; evidence?: string }>
      title={t('inspection:inspection.followUpTitle')}
      okText={t('inspection:inspection.followUpOk')}
      hint={<Typography.Text type="secondary">{finding.description}</Typography.Text>}
      initialValues={{ reportedOn: dayjs() }}
      onClose={onClose}
      send={async (v) => {
        const followUp =
          recorded ??
          (await add.mutateAsync({
            findingId: finding.id,
            body: {
              reportedOn: day(v.reportedOn),
              note: v.note?.trim() ?? '',
              evidence: v.evidence?.trim() || undefined,
            },
          }));
        if (!file) return followUp;
        try {
          const stored = await uploadFollowUpFile(followUp.id, file);
          await after();
          return stored;
        } catch (error) {
          // Recorded without its file: pressing the button again sends only the file.
          setRecorded(followUp);
          throw error;
        }
      }}
    >
      {recorded ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('inspection:inspection.recordedWithoutFile')}
        />
      ) : null}
      <Form.Item
        name="reportedOn"
        label={t('inspection:fields.reportedOn')}
        htmlFor="follow-up-date"
        rules={[{ required: true, message: t('common:fieldErrors.required') }]}
      >
        <DateField id="follow-up-date" aria-label={t('inspection:fields.reportedOn')} />
      </Form.Item>
      <Form.Item
        name="note"
        label={t('inspection:fields.followUpNote')}
        rules={[{ required: true, whitespace: true, message: t('common:fieldErrors.required') }]}
      >
        <Input.TextArea maxLength={4000} autoSize={{ minRows: 2, maxRows: 6 }} />
      </Form.Item>
      <Form.Item
        name="evidence"
        label={t('inspection:fields.evidence')}
        extra={t('inspection:inspection.evidenceHint')}
      >
        <Input.TextArea maxLength={2000} autoSize={{ minRows: 1, maxRows: 4 }} />
      </Form.Item>
      <Form.Item
        label={t('inspection:fields.evidenceFile')}
        extra={t('inspection:inspection.evidenceFileHint')}
      >
        <Upload
          accept={EVIDENCE_ACCEPT}
          maxCount={1}
          fileList={file ? [{ uid: 'evidence', name: file.name, status: 'done' }] : []}
          beforeUpload={(chosen) => {
            if (chosen.size > EVIDENCE_MAX_BYTES) {
              void message.error(t('inspection:inspection.fileTooLarge'));
              return Upload.LIST_IGNORE;
            }
            setFile(chosen);
            return false;
          }}
          onRemove={() => setFile(null)}
        >
          <Button icon={<UploadOutlined />}>{t('inspection:inspection.chooseFile')}</Button>
        </Upload>
      </Form.Item>
    </FormModal>
  );
}

/** Đóng vi phạm: remedied, on a day, with the board's assessment. */
function CloseModal({
  finding,
  onClose,
  onReload,
}: {
  finding: Finding;
  onClose: () => void;
  onReload: () => Promise<unknown>;
}) {
  const { t } = useTranslation(['inspection', 'common']);
  const close = useCloseFinding();
  return (
    <FormModal<{ closedOn?: Dayjs | null; closingNote?: string }>
      title={t('inspection:inspection.closeTitle')}
      okText={t('inspection:inspection.close')}
      hint={<Typography.Text type="secondary">{finding.description}</Typography.Text>}
      initialValues={{ closedOn: dayjs() }}
      onClose={onClose}
      onReload={onReload}
      send={(v) =>
        close.mutateAsync({
          id: finding.id,
          body: {
            version: finding.version,
            closedOn: day(v.closedOn),
            closingNote: v.closingNote?.trim() ?? '',
          },
        })
      }
    >
      <Form.Item
        name="closedOn"
        label={t('inspection:fields.closedOn')}
        htmlFor="finding-closed"
        rules={[{ required: true, message: t('common:fieldErrors.required') }]}
      >
        <DateField id="finding-closed" aria-label={t('inspection:fields.closedOn')} />
      </Form.Item>
      <Form.Item
        name="closingNote"
        label={t('inspection:fields.closingNote')}
        rules={[{ required: true, whitespace: true, message: t('common:fieldErrors.required') }]}
      >
        <Input.TextArea maxLength={4000} autoSize={{ minRows: 2, maxRows: 6 }} />
      </Form.Item>
    </FormModal>
  );
}

/** Mở lại vi phạm: the reason (the remedy did not hold). */
function ReopenModal({
  finding,
  onClose,
  onReload,
}: {
  finding: Finding;
  onClose: () => void;
  onReload: () => Promise<unknown>;
}) {
  const { t } = useTranslation(['inspection', 'common']);
  const reopen = useReopenFinding();
  return (
    <FormModal<{ reason?: string }>
      title={t('inspection:inspection.reopenTitle')}
      okText={t('inspection:inspection.reopen')}
      danger
      hint={<Typography.Text type="secondary">{finding.description}</Typography.Text>}
      onClose={onClose}
      onReload={onReload}
      send={(v) =>
        reopen.mutateAsync({
          id: finding.id,
          body: { version: finding.version, reason: v.reason?.trim() ?? '' },
        })
      }
    >
      <Form.Item
        name="reason"
        label={t('inspection:fields.reason')}
        rules={[{ required: true, whitespace: true, message: t('common:fieldErrors.required') }]}
      >
        <Input.TextArea maxLength={2000} autoSize={{ minRows: 2, maxRows: 6 }} />
      </Form.Item>
    </FormModal>
  );
}

/** Kết luận kiểm tra: its number, date and text; findings still open go on being followed up. */
function ConcludeModal({
  inspection,
  onClose,
  onReload,
}: {
  inspection: Inspection;
  onClose: () => void;
  onReload: () => Promise<unknown>;
}) {
  const { t } = useTranslation(['inspection', 'common']);
  const conclude = useConclude();
  return (
    <FormModal<{ conclusionNumber?: string; concludedOn?: Dayjs | null; conclusion?: string }>
      title={t('inspection:inspection.concludeTitle')}
      okText={t('inspection:inspection.conclude')}
      width={680}
      hint={
        inspection.openFindingCount > 0 ? (
          <Alert
            type="info"
            showIcon
            title={t('inspection:inspection.openFindingsAtConclusion', {
              count: inspection.openFindingCount,
            })}
          />
        ) : undefined
      }
      initialValues={{ concludedOn: dayjs() }}
      onClose={onClose}
      onReload={onReload}
      send={(v) =>
        conclude.mutateAsync({
          id: inspection.id,
          body: {
            version: inspection.version,
            conclusionNumber: v.conclusionNumber?.trim() ?? '',
            concludedOn: day(v.concludedOn),
            conclusion: v.conclusion?.trim() ?? '',
          },
        })
      }
    >
      <Space wrap align="start">
        <Form.Item
          name="conclusionNumber"
          label={t('inspection:fields.conclusionNumber')}
          rules={[{ required: true, whitespace: true, message: t('common:fieldErrors.required') }]}
        >
          <Input maxLength={100} placeholder="20/KL-BQL" style={{ width: 220 }} />
        </Form.Item>
        <Form.Item
          name="concludedOn"
          label={t('inspection:fields.concludedOn')}
          htmlFor="inspection-concluded"
          rules={[{ required: true, message: t('common:fieldErrors.required') }]}
        >
          <DateField id="inspection-concluded" aria-label={t('inspection:fields.concludedOn')} />
        </Form.Item>
      </Space>
      <Form.Item
        name="conclusion"
        label={t('inspection:fields.conclusion')}
        rules={[{ required: true, whitespace: true, message: t('common:fieldErrors.required') }]}
      >
        <Input.TextArea maxLength={20000} autoSize={{ minRows: 4, maxRows: 12 }} />
      </Form.Item>
    </FormModal>
  );
}
