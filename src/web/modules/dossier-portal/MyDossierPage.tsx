import { ArrowLeftOutlined, CheckOutlined, FileWordOutlined, UploadOutlined } from '@ant-design/icons';
import {
  Alert,
  App as AntApp,
  Button,
  Card,
  Descriptions,
  Flex,
  Form,
  Input,
  List,
  Modal,
  Result,
  Space,
  Spin,
  Tag,
  Typography,
  Upload,
} from 'antd';
import type { UploadFile } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../shared/api.ts';
import { downloadFile } from '../../shared/download.ts';
import { applyApiError, errorMessage } from '../../shared/errors.ts';
import { useFormat } from '../../shared/format.ts';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { WriteProblems } from '../../shared/WriteProblems.tsx';
import {
  attachmentUrl,
  markSupplied,
  receiptUrl,
  uploadAttachment,
  useMyDossier,
  useRefreshMyDossiers,
  type DossierSupplement,
  type OwnDossier,
} from './portal.api.ts';
import { ATTACHMENT_ACCEPT, DossierStatusTag } from './words.tsx';

/**
 * An enterprise's dossier (`/my-dossiers/:id`): its status and due date, the board's requests to
 * supplement with their reasons ("Đã bổ sung" with a note and a file), its files, and the receipt
 * slip (form 01) as Word.
 */
export function Component() {
  const { t } = useTranslation(['dossierPortal', 'common']);
  const { id } = useParams();
  const format = useFormat();
  const { message } = AntApp.useApp();
  const dossier = useMyDossier(id);
  const refresh = useRefreshMyDossiers();
  const [supplying, setSupplying] = useState<DossierSupplement | null>(null);
  const [uploading, setUploading] = useState(false);
  const [downloading, setDownloading] = useState(false);

  if (dossier.isPending) return <Spin />;
  if (dossier.error || !dossier.data)
    return (
      <Result
        status={dossier.error instanceof ApiError && dossier.error.status === 404 ? '404' : 'warning'}
        title={
          dossier.error instanceof ApiError && dossier.error.status === 404
            ? t('dossier.notFound')
            : errorMessage(t, dossier.error)
        }
        extra={<Link to="/my-dossiers">{t('dossier.back')}</Link>}
      />
    );
  const d: OwnDossier = dossier.data;
  const supplements = d.supplements ?? [];
  const attachments = d.attachments ?? [];
  const closed = d.status === 'resolved' || d.status === 'returned' || d.status === 'not_accepted';

  async function download() {
    setDownloading(true);
    try {
      await downloadFile(receiptUrl(d.id), `phieu-tiep-nhan-${d.code}.docx`);
    } catch (caught) {
      void message.error(`${t('dossier.receiptFailed')} ${errorMessage(t, caught)}`);
    } finally {
      setDownloading(false);
    }
  }

  async function upload(file: File) {
    setUploading(true);
    try {
      await uploadAttachment(d.id, file, 'application');
      void message.success(t('dossier.uploaded', { file: file.name }));
      await refresh();
    } catch (caught) {
      void message.error(errorMessage(t, caught));
    } finally {
      setUploading(false);
    }
  }

  return (
    <>
      <Link to="/my-dossiers">
        <ArrowLeftOutlined /> {t('dossier.back')}
      </Link>
      <PageTitle
        title={t('dossier.title', { code: d.code })}
        subtitle={d.procedure.name}
        extra={
          d.receivedAt ? (
            <Button icon={<FileWordOutlined />} loading={downloading} onClick={() => void download()}>
              {t('dossier.receipt')}
            </Button>
          ) : null
        }
      />
      <Flex vertical gap={16}>
        <Card>
          <Descriptions
            size="small"
            column={{ xs: 1, sm: 1, md: 2 }}
            items={[
              { key: 'status', label: t('dossier.status'), children: <DossierStatusTag status={d.status} /> },
              {
                key: 'procedure',
                label: t('dossier.procedure'),
                children: `${d.procedure.code} — ${d.procedure.name}`,
              },
              { key: 'submitted', label: t('dossier.submittedAt'), children: format.dateTime(d.submittedAt) },
              { key: 'received', label: t('dossier.receivedAt'), children: format.dateTime(d.receivedAt) },
              {
                key: 'due',
                label: t('dossier.dueDate'),
                children: <strong style={{ whiteSpace: 'nowrap' }}>{format.date(d.dueDate)}</strong>,
              },
              ...(d.apology
                ? [
                    {
                      key: 'apology',
                      label: t('dossier.newDate'),
                      children: `${format.date(d.apology.newDate)} — ${d.apology.reason}`,
                    },
                  ]
                : []),
              {
                key: 'result',
                label: t('dossier.result'),
                children: d.result
                  ? `${t(`resultKind.${d.result.kind}`)} · ${format.date(d.result.at.slice(0, 10))}`
                  : '—',
              },
              { key: 'summary', label: t('dossier.summary'), children: d.summary ?? '—', span: 'filled' },
            ]}
          />
        </Card>
        <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('dossier.supplements')}</h2>}>
          <List<DossierSupplement>
            dataSource={supplements}
            locale={{ emptyText: t('dossier.noSupplements') }}
            renderItem={(supplement) => (
              <List.Item
                actions={
                  supplement.suppliedAt || closed
                    ? []
                    : [
                        <Button
                          key="supplied"
                          type="primary"
                          icon={<CheckOutlined />}
                          onClick={() => setSupplying(supplement)}
                        >
                          {t('dossier.markSupplied')}
                        </Button>,
                      ]
                }
              >
                <List.Item.Meta
                  title={
                    <Space wrap>
                      {`${t('dossier.requestedAt')}: ${format.date(supplement.requestedAt.slice(0, 10))}`}
                      {supplement.suppliedAt ? (
                        <Tag color="green">
                          {t('dossier.suppliedAt', { date: format.date(supplement.suppliedAt.slice(0, 10)) })}
                        </Tag>
                      ) : (
                        <Tag color="orange">{t('dossier.awaiting')}</Tag>
                      )}
                    </Space>
                  }
                  description={
                    <>
                      <Typography.Text strong>{t('dossier.reason')}: </Typography.Text>
                      <span style={{ whiteSpace: 'pre-wrap' }}>{supplement.reason}</span>
                      {supplement.suppliedNote ? (
                        <div>
                          <Typography.Text strong>{t('dossier.note')}: </Typography.Text>
                          {supplement.suppliedNote}
                        </div>
                      ) : null}
                    </>
                  }
                />
              </List.Item>
            )}
          />
        </Card>
        <Card
          title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('dossier.attachments')}</h2>}
          extra={
            closed ? null : (
              <Upload
                accept={ATTACHMENT_ACCEPT}
                showUploadList={false}
                beforeUpload={(file) => {
                  void upload(file);
                  return false;
                }}
              >
                <Button icon={<UploadOutlined />} loading={uploading}>
                  {t('dossier.addFile')}
                </Button>
              </Upload>
            )
          }
        >
          <List
            size="small"
            dataSource={attachments}
            locale={{ emptyText: t('dossier.noAttachments') }}
            renderItem={(file) => (
              <List.Item>
                <Button
                  type="link"
                  style={{
                    padding: 0,
                    height: 'auto',
                    whiteSpace: 'normal',
                    textAlign: 'start',
                    wordBreak: 'break-all',
                  }}
                  onClick={() =>
                    void downloadFile(attachmentUrl(d.id, file.id), file.fileName).catch((caught: unknown) =>
                      message.error(errorMessage(t, caught)),
                    )
                  }
                >
                  {file.fileName}
                </Button>
                <Typography.Text type="secondary">{format.dateTime(file.createdAt)}</Typography.Text>
              </List.Item>
            )}
          />
        </Card>
      </Flex>
      {supplying ? (
        <SuppliedModal
          dossier={d}
          supplement={supplying}
          onClose={() => setSupplying(null)}
          onDone={async () => {
            setSupplying(null);
            void message.success(t('dossier.suppliedDone'));
            await refresh();
          }}
          onReload={() => void refresh()}
        />
      ) : null}
    </>
  );
}

/** "Đã bổ sung": a note and a file (uploaded first, as a supplement), then the request marked supplied. */
function SuppliedModal({
  dossier,
  supplement,
  onClose,
  onDone,
  onReload,
}: {
  dossier: OwnDossier;
  supplement: DossierSupplement;
  onClose: () => void;
  onDone: () => Promise<void>;
  onReload: () => void;
}) {
  const { t } = useTranslation(['dossierPortal', 'common']);
  const [form] = Form.useForm<{ note?: string }>();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [problems, setProblems] = useState<string[]>([]);
  const [conflict, setConflict] = useState(false);
  const [saving, setSaving] = useState(false);

  async function save(values: { note?: string }) {
    setSaving(true);
    setProblems([]);
    setConflict(false);
    try {
      for (const file of files)
        if (file.originFileObj) await uploadAttachment(dossier.id, file.originFileObj, 'supplement');
      setFiles([]);
      await markSupplied(dossier.id, supplement.id, dossier.version, values.note?.trim() || undefined);
      await onDone();
    } catch (caught) {
      if (caught instanceof ApiError && caught.code === 'VERSION_CONFLICT') setConflict(true);
      else setProblems(applyApiError(form, t, caught));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal
      open
      title={t('dossier.suppliedTitle')}
      onCancel={onClose}
      okText={t('dossier.markSupplied')}
      cancelText={t('common:actions.cancel')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <WriteProblems conflict={conflict} onReload={onReload} problems={problems} />
      <Alert type="info" style={{ marginBottom: 16 }} title={supplement.reason} />
      <Form form={form} layout="vertical" onFinish={(values) => void save(values)}>
        <Form.Item label={t('dossier.note')} name="note">
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        <Form.Item label={t('dossier.file')} extra={t('dossier.fileHelp')}>
          <Upload
            multiple
            accept={ATTACHMENT_ACCEPT}
            fileList={files}
            beforeUpload={() => false}
            onChange={({ fileList }) => setFiles(fileList)}
          >
            <Button icon={<UploadOutlined />}>{t('new.choose')}</Button>
          </Upload>
        </Form.Item>
      </Form>
    </Modal>
  );
}
