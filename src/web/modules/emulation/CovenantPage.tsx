import { DownloadOutlined, EditOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Empty,
  Form,
  Input,
  Select,
  Space,
  Spin,
  Tag,
  Typography,
  Upload,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/session.tsx';
import { errorMessage } from '../../shared/errors.ts';
import { useFormat } from '../../shared/format.ts';
import { DateField } from '../../shared/DateField.tsx';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { BlocYearPicker, useBlocChoice } from './bloc-choice.tsx';
import {
  downloadCovenantFile,
  useBlocYear,
  useCovenant,
  useSetCovenant,
  useUploadCovenantFile,
  type Covenant,
} from './emulation.api.ts';
import { FormModal } from '../../shared/FormModal.tsx';

/** The most a signed covenant may weigh here (the server has its own limit and says so). */
const MAX_FILE_BYTES = 10 * 1024 * 1024;

/**
 * Giao ước thi đua: what the bloc's members signed for a year — title, date, place, content, the
 * boards that signed — and the signed document itself, uploaded once scanned and downloadable.
 */
export function Component() {
  const { t } = useTranslation(['emulation', 'common']);
  const format = useFormat();
  const { message } = App.useApp();
  const canManage = useCan('emulation.manage');
  const choice = useBlocChoice();
  const covenant = useCovenant(choice.bloc, choice.year);
  const blocYear = useBlocYear(choice.bloc, choice.year);
  const [editing, setEditing] = useState(false);
  const [uploading, setUploading] = useState(false);
  const upload = useUploadCovenantFile(choice.bloc ?? '', choice.year);
  const c = covenant.data;

  async function send(file: File) {
    if (!c) return;
    if (file.size > MAX_FILE_BYTES) {
      void message.error(t('emulation:covenant.tooLarge'));
      return;
    }
    setUploading(true);
    try {
      await upload.mutateAsync({ file, version: c.version });
      void message.success(t('emulation:covenant.uploaded', { name: file.name }));
    } catch (error) {
      void message.error(errorMessage(t, error));
    } finally {
      setUploading(false);
    }
  }

  return (
    <>
      <PageTitle
        title={t('emulation:covenant.title', { year: choice.year })}
        subtitle={choice.blocRef?.name}
        extra={
          <Space wrap>
            <BlocYearPicker choice={choice} />
            {canManage && choice.bloc && covenant.data !== undefined ? (
              <Button
                type={c ? 'default' : 'primary'}
                icon={c ? <EditOutlined /> : <PlusOutlined />}
                onClick={() => setEditing(true)}
              >
                {c ? t('emulation:covenant.edit') : t('emulation:covenant.add')}
              </Button>
            ) : null}
          </Space>
        }
      />
      {!choice.bloc ? (
        choice.loading ? (
          <Spin />
        ) : (
          <Empty
            description={choice.blocs.length === 0 ? t('emulation:bloc.none') : t('emulation:bloc.needed')}
          />
        )
      ) : covenant.error ? (
        <Alert type="error" showIcon title={errorMessage(t, covenant.error)} />
      ) : covenant.isPending ? (
        <Spin />
      ) : !c ? (
        <Empty description={t('emulation:covenant.none', { year: choice.year })} />
      ) : (
        <Card size="small">
          <Typography.Title level={4} style={{ marginTop: 0 }}>
            {c.title}
          </Typography.Title>
          <Descriptions size="small" column={{ xs: 1, md: 2 }} style={{ marginBottom: 12 }}>
            <Descriptions.Item label={t('emulation:fields.signedOn')}>
              {format.date(c.signedOn)}
            </Descriptions.Item>
            <Descriptions.Item label={t('emulation:fields.place')}>{c.place || '—'}</Descriptions.Item>
            <Descriptions.Item label={t('emulation:covenant.signatories')} span={2}>
              <Space wrap size={4}>
                {c.signatories.map((s) => (
                  <Tag key={s.code}>{s.name}</Tag>
                ))}
              </Space>
            </Descriptions.Item>
            <Descriptions.Item label={t('emulation:covenant.file')} span={2}>
              <Space wrap>
                {c.file ? (
                  <Button
                    icon={<DownloadOutlined />}
                    onClick={() =>
                      void downloadCovenantFile(c).catch((error: unknown) =>
                        message.error(errorMessage(t, error)),
                      )
                    }
                  >
                    {t('emulation:covenant.download', {
                      name: c.file.fileName,
                      size: format.number(Math.ceil(c.file.sizeBytes / 1024)),
                    })}
                  </Button>
                ) : (
                  <Typography.Text type="secondary">{t('emulation:covenant.noFile')}</Typography.Text>
                )}
                {canManage ? (
                  <Upload
                    accept=".pdf,.jpg,.jpeg,.png,.docx"
                    showUploadList={false}
                    beforeUpload={(file) => {
                      void send(file);
                      return false;
                    }}
                  >
                    <Button icon={<UploadOutlined />} loading={uploading}>
                      {c.file ? t('emulation:covenant.replaceFile') : t('emulation:covenant.uploadFile')}
                    </Button>
                  </Upload>
                ) : null}
              </Space>
            </Descriptions.Item>
          </Descriptions>
          {c.content ? (
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', maxWidth: 900 }}>
              {c.content}
            </Typography.Paragraph>
          ) : null}
        </Card>
      )}
      {editing && choice.bloc ? (
        <CovenantModal
          bloc={choice.bloc}
          year={choice.year}
          covenant={c ?? undefined}
          members={
            blocYear.data?.boards.map((b) => ({ code: b.code, name: b.name })) ??
            choice.blocRef?.boards.map((b) => ({ code: b.code, name: b.name })) ??
            []
          }
          onReload={() => covenant.refetch()}
          onClose={(saved) => {
            setEditing(false);
            if (saved) void message.success(t('emulation:covenant.saved'));
          }}
        />
      ) : null}
    </>
  );
}

interface CovenantValues {
  title: string;
  signedOn: Dayjs | null;
  place?: string;
  content?: string;
  signatories: string[];
}

function CovenantModal({
  bloc,
  year,
  covenant,
  members,
  onClose,
  onReload,
}: {
  bloc: string;
  year: number;
  covenant: Covenant | undefined;
  members: { code: string; name: string }[];
  onClose: (saved?: Covenant) => void;
  onReload: () => Promise<unknown>;
}) {
  const { t } = useTranslation(['emulation', 'common']);
  const save = useSetCovenant(bloc, year);
  const known = [
    ...members,
    ...(covenant?.signatories ?? []).filter((s) => !members.some((m) => m.code === s.code)),
  ];
  return (
    <FormModal<CovenantValues, Covenant>
      title={
        covenant ? t('emulation:covenant.editTitle', { year }) : t('emulation:covenant.addTitle', { year })
      }
      okText={t('common:actions.save')}
      width={680}
      onReload={onReload}
      initialValues={
        covenant
          ? {
              title: covenant.title,
              signedOn: dayjs(covenant.signedOn),
              place: covenant.place,
              content: covenant.content,
              signatories: covenant.signatories.map((s) => s.code),
            }
          : {
              title: t('emulation:covenant.defaultTitle', { year }),
              signedOn: null,
              signatories: members.map((m) => m.code),
            }
      }
      onClose={onClose}
      send={(v) =>
        save.mutateAsync({
          version: covenant?.version,
          title: v.title.trim(),
          signedOn: v.signedOn?.format('YYYY-MM-DD') ?? '',
          place: v.place?.trim() ?? '',
          content: v.content?.trim() ?? '',
          signatories: v.signatories,
        })
      }
    >
      <Form.Item
        name="title"
        label={t('emulation:fields.title')}
        rules={[{ required: true, whitespace: true, message: t('common:fieldErrors.required') }]}
      >
        <Input.TextArea maxLength={500} autoSize={{ minRows: 1, maxRows: 3 }} />
      </Form.Item>
      <Space wrap>
        <Form.Item
          name="signedOn"
          label={t('emulation:fields.signedOn')}
          rules={[{ required: true, message: t('common:fieldErrors.required') }]}
        >
          <DateField />
        </Form.Item>
        <Form.Item name="place" label={t('emulation:fields.place')}>
          <Input maxLength={300} style={{ width: 280 }} />
        </Form.Item>
      </Space>
      <Form.Item
        name="signatories"
        label={t('emulation:covenant.signatories')}
        rules={[{ required: true, message: t('common:fieldErrors.required') }]}
      >
        <Select mode="multiple" options={known.map((m) => ({ value: m.code, label: m.name }))} />
      </Form.Item>
      <Form.Item name="content" label={t('emulation:fields.content')}>
        <Input.TextArea maxLength={50000} autoSize={{ minRows: 4, maxRows: 14 }} />
      </Form.Item>
    </FormModal>
  );
}
