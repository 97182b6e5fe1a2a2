import { DeleteOutlined, EditOutlined, UploadOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Empty,
  Form,
  Input,
  Modal,
  Popconfirm,
  Space,
  Spin,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../shared/errors.ts';
import { useFormat } from '../../shared/format.ts';
import { usePhone } from '../../shared/screen.ts';
import {
  PHOTO_LIMIT,
  PHOTO_LIMIT_BYTES,
  staffPhotoUrl,
  useDeletePhoto,
  usePublish,
  useUploadPhoto,
  useZonePublicPage,
  type ZonePublicPage,
} from './investor-portal.api.ts';
import { PageForm } from './PageForm.tsx';

/** A photo to add, with its captions in both languages. */
function PhotoModal({ zoneId, onClose }: { zoneId: string; onClose: () => void }) {
  const { t } = useTranslation(['investorPortal', 'common']);
  const upload = useUploadPhoto(zoneId);
  const [file, setFile] = useState<File | null>(null);
  const [captionVi, setCaptionVi] = useState('');
  const [captionEn, setCaptionEn] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  async function send() {
    if (!file) return setProblem(t('investorPortal:photos.chooseFile'));
    if (file.size > PHOTO_LIMIT_BYTES) return setProblem(t('investorPortal:photos.tooLarge'));
    setProblem(null);
    try {
      await upload.mutateAsync({ file, captionVi, captionEn });
      onClose();
    } catch (error) {
      setProblem(errorMessage(t, error));
    }
  }

  return (
    <Modal
      open
      title={t('investorPortal:photos.add')}
      okText={t('investorPortal:photos.upload')}
      cancelText={t('common:actions.cancel')}
      okButtonProps={{ loading: upload.isPending }}
      onOk={() => void send()}
      onCancel={onClose}
      destroyOnHidden
    >
      {problem ? <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} /> : null}
      <Form layout="vertical">
        <Form.Item label={t('investorPortal:photos.file')} extra={t('investorPortal:photos.fileHint')}>
          <input
            type="file"
            accept="image/jpeg,image/png"
            aria-label={t('investorPortal:photos.file')}
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
        </Form.Item>
        <Form.Item label={t('investorPortal:photos.captionVi')}>
          <Input value={captionVi} maxLength={300} onChange={(e) => setCaptionVi(e.target.value)} />
        </Form.Item>
        <Form.Item label={t('investorPortal:photos.captionEn')}>
          <Input value={captionEn} maxLength={300} onChange={(e) => setCaptionEn(e.target.value)} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function StateTag({ page }: { page: ZonePublicPage }) {
  const { t } = useTranslation('investorPortal');
  const format = useFormat();
  if (!page.published) return <Tag>{t('state.unpublished')}</Tag>;
  return (
    <Space size={4} wrap>
      <Tag color="green">{t('state.published', { date: format.dateTime(page.published.publishedAt) })}</Tag>
      {page.draftChanged ? <Tag color="orange">{t('state.draftChanged')}</Tag> : null}
    </Space>
  );
}

/**
 * Trang giới thiệu cho nhà đầu tư, on the zone's page: whether it is published and whether the
 * draft differs, the draft's main facts, its photos; for those who write, editing the draft,
 * publishing or withdrawing it, and adding or removing photos.
 */
export default function ZonePublicPageSection({ zoneId, canWrite }: { zoneId: string; canWrite: boolean }) {
  const { t } = useTranslation(['investorPortal', 'common']);
  const { message } = App.useApp();
  const format = useFormat();
  const query = useZonePublicPage(zoneId);
  const publish = usePublish(zoneId);
  const deletePhoto = useDeletePhoto(zoneId);
  const phone = usePhone();
  const [editing, setEditing] = useState(false);
  const [adding, setAdding] = useState(false);
  const page = query.data;

  async function run(action: () => Promise<unknown>, done: string) {
    try {
      await action();
      void message.success(done);
    } catch (error) {
      void message.error(errorMessage(t, error));
    }
  }

  if (query.isPending)
    return (
      <Card title={t('investorPortal:title')} style={{ marginTop: 16 }}>
        <Spin />
      </Card>
    );
  if (query.error || !page)
    return (
      <Card title={t('investorPortal:title')} style={{ marginTop: 16 }}>
        <Alert
          type="warning"
          showIcon
          title={t('investorPortal:loadError')}
          description={errorMessage(t, query.error)}
        />
      </Card>
    );

  const content = page.content;
  return (
    <Card title={t('investorPortal:title')} style={{ marginTop: 16 }}>
      <div style={{ marginBottom: 12 }}>
        <StateTag page={page} />
      </div>
      {canWrite ? (
        <Space wrap style={{ marginBottom: 12 }}>
          <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
            {t('investorPortal:edit')}
          </Button>
          {page.pageId ? (
            <Button
              type="primary"
              loading={publish.isPending}
              disabled={page.published !== null && !page.draftChanged}
              onClick={() =>
                void run(
                  () => publish.mutateAsync({ version: page.version, publish: true }),
                  t('investorPortal:publishedMessage'),
                )
              }
            >
              {t('investorPortal:publish')}
            </Button>
          ) : null}
          {page.published ? (
            <Popconfirm
              title={t('investorPortal:unpublishConfirm')}
              okText={t('common:actions.confirm')}
              cancelText={t('common:actions.cancel')}
              onConfirm={() =>
                run(
                  () => publish.mutateAsync({ version: page.version, publish: false }),
                  t('investorPortal:unpublishedMessage'),
                )
              }
            >
              <Button danger>{t('investorPortal:unpublish')}</Button>
            </Popconfirm>
          ) : null}
        </Space>
      ) : null}
      {!page.pageId ? (
        <Empty description={t('investorPortal:empty')} />
      ) : (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Descriptions size="small" column={1} bordered layout={phone ? 'vertical' : 'horizontal'}>
            <Descriptions.Item label={t('investorPortal:summaryVi')}>
              {content.vi.summary || '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('investorPortal:summaryEn')}>
              {content.en.summary || '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('investorPortal:form.prices')}>
              {content.prices.length === 0
                ? '—'
                : content.prices.map((p, i) => (
                    <div key={i}>
                      {t(`investorPortal:priceKinds.${p.kind}`)}: {format.number(p.value)}{' '}
                      {t(`investorPortal:units.${p.unit}`)}{' '}
                      <Typography.Text type="secondary">
                        (
                        {t('investorPortal:priceNote', {
                          date: format.date(p.asOf),
                          source: p.source,
                        })}
                        )
                      </Typography.Text>
                    </div>
                  ))}
            </Descriptions.Item>
            <Descriptions.Item label={t('investorPortal:form.leaseTermEnd')}>
              {content.leaseTermEnd ?? '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('investorPortal:form.wastewaterStandard')}>
              {content.wastewaterStandard ?? '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('investorPortal:form.sectors')}>
              {content.sectors.length ? content.sectors.join(', ') : '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('investorPortal:form.developerName')}>
              {content.developer?.name ?? '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('investorPortal:form.contacts')}>
              {content.contacts.length
                ? content.contacts.map((c, i) => (
                    <div key={i}>{[c.name, c.position, c.phone, c.email].filter(Boolean).join(' · ')}</div>
                  ))
                : '—'}
            </Descriptions.Item>
          </Descriptions>
          <div>
            <Space wrap style={{ marginBottom: 8 }}>
              <Typography.Text strong>
                {t('investorPortal:photos.title', { count: page.photos.length, limit: PHOTO_LIMIT })}
              </Typography.Text>
              {canWrite && page.photos.length < PHOTO_LIMIT ? (
                <Button size="small" icon={<UploadOutlined />} onClick={() => setAdding(true)}>
                  {t('investorPortal:photos.add')}
                </Button>
              ) : null}
            </Space>
            <Space wrap size="middle">
              {page.photos.map((photo) => (
                <figure key={photo.id} style={{ margin: 0, width: 160 }}>
                  <img
                    src={staffPhotoUrl(zoneId, photo.id)}
                    alt={photo.captionVi || t('investorPortal:photos.untitled')}
                    loading="lazy"
                    style={{ width: 160, height: 110, objectFit: 'cover', borderRadius: 4 }}
                  />
                  <figcaption style={{ fontSize: 12 }}>
                    {photo.captionVi || '—'}
                    {canWrite ? (
                      <Popconfirm
                        title={t('investorPortal:photos.deleteConfirm')}
                        okText={t('common:actions.delete')}
                        cancelText={t('common:actions.cancel')}
                        onConfirm={() =>
                          run(() => deletePhoto.mutateAsync(photo.id), t('investorPortal:photos.deleted'))
                        }
                      >
                        <Button
                          type="link"
                          size="small"
                          danger
                          icon={<DeleteOutlined />}
                          aria-label={t('investorPortal:photos.delete', { caption: photo.captionVi })}
                        />
                      </Popconfirm>
                    ) : null}
                  </figcaption>
                </figure>
              ))}
            </Space>
          </div>
        </Space>
      )}
      {editing ? <PageForm page={page} onClose={() => setEditing(false)} /> : null}
      {adding ? <PhotoModal zoneId={zoneId} onClose={() => setAdding(false)} /> : null}
    </Card>
  );
}
