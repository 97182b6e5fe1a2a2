import {
  DeleteOutlined,
  FileTextOutlined,
  FlagOutlined,
  PaperClipOutlined,
  PlusOutlined,
  UploadOutlined,
} from '@ant-design/icons';
import { Alert, App, Button, Card, Empty, Popconfirm, Space, Tag, Timeline, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { zoneTimeline } from '../../../domain/zone-decisions.ts';
import { errorMessage } from '../../shared/errors.ts';
import { useFormat } from '../../shared/format.ts';
import { DecisionFormModal } from './DecisionForm.tsx';
import {
  DECISION_FILE_ACCEPT,
  DECISION_FILE_MAX_BYTES,
  downloadDecisionFile,
  useDeleteDecision,
  useUploadDecisionFile,
  useZoneTimeline,
  type ZoneDecision,
} from './planning.api.ts';

const STATUS_COLORS: Record<string, string> = {
  planned: 'default',
  established: 'blue',
  under_construction: 'orange',
  operating: 'green',
};

/**
 * Quyết định về khu, on the zone's page: the zone's decisions (number, date, issuer, summary, area
 * before → after, the signed file) and its status changes in one timeline, oldest first — on one
 * day a decision before the status it leads to; for those who write, adding a decision and its
 * signed file.
 */
export default function ZoneDecisionsSection({
  zoneId,
  canWrite,
  statusHistory,
}: {
  zoneId: string;
  canWrite: boolean;
  statusHistory: { status: string; since: string }[];
}) {
  const { t } = useTranslation(['planning', 'common']);
  const format = useFormat();
  const timeline = useZoneTimeline(zoneId);
  const [adding, setAdding] = useState(false);
  const decisions = (timeline.data?.items ?? []).flatMap((i) => (i.type === 'decision' ? [i.decision] : []));
  const items = zoneTimeline(decisions, statusHistory);
  const statusLabel = (status: string) => t(`planning:statuses.${status}`, { defaultValue: status });

  return (
    <Card
      title={t('planning:section.title')}
      style={{ marginTop: 16 }}
      extra={
        canWrite ? (
          <Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            {t('planning:section.add')}
          </Button>
        ) : null
      }
    >
      {timeline.error ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('planning:section.loadFailed', { message: errorMessage(t, timeline.error) })}
        />
      ) : null}
      {items.length === 0 && !timeline.isLoading ? (
        <Empty description={t('planning:section.empty')} />
      ) : (
        <Timeline
          items={items.map((item) =>
            item.type === 'decision'
              ? {
                  key: `d-${item.decision.id}`,
                  color: 'blue',
                  icon: <FileTextOutlined aria-hidden />,
                  content: <DecisionItem decision={item.decision} canWrite={canWrite} />,
                }
              : {
                  key: `s-${item.date}-${item.status}`,
                  color: 'green',
                  icon: <FlagOutlined aria-hidden />,
                  content: (
                    <div>
                      <Typography.Text strong>{format.date(item.date)}</Typography.Text>{' '}
                      <Tag color={STATUS_COLORS[item.status] ?? 'default'}>{statusLabel(item.status)}</Tag>
                      {item.previousStatus ? (
                        <div>
                          <Typography.Text type="secondary">
                            {t('planning:section.statusFrom', {
                              from: statusLabel(item.previousStatus),
                              to: statusLabel(item.status),
                            })}
                          </Typography.Text>
                        </div>
                      ) : null}
                    </div>
                  ),
                },
          )}
        />
      )}
      {adding ? <DecisionFormModal zoneId={zoneId} onClose={() => setAdding(false)} /> : null}
    </Card>
  );
}

/** One decision on the timeline: its kind and number, date and issuer, summary, area, file. */
function DecisionItem({ decision, canWrite }: { decision: ZoneDecision; canWrite: boolean }) {
  const { t } = useTranslation(['planning', 'common']);
  const format = useFormat();
  const { message } = App.useApp();
  return (
    <div style={{ overflowWrap: 'anywhere' }}>
      <Typography.Text strong>
        {t('planning:section.decisionLine', {
          kind: t(`planning:kinds.${decision.kind}`),
          number: decision.number,
        })}
      </Typography.Text>
      <div>
        <Typography.Text type="secondary">
          {t('planning:section.signed', { date: format.date(decision.signedOn), issuer: decision.issuer })}
        </Typography.Text>
      </div>
      <div>{decision.summary}</div>
      {decision.areaBeforeHa !== null && decision.areaAfterHa !== null ? (
        <div>
          {t('planning:section.areaChange', {
            before: format.ha(decision.areaBeforeHa),
            after: format.ha(decision.areaAfterHa),
          })}
        </div>
      ) : decision.areaAfterHa !== null ? (
        <div>{t('planning:section.areaAfter', { after: format.ha(decision.areaAfterHa) })}</div>
      ) : null}
      {decision.file ? (
        <Button
          type="link"
          size="small"
          icon={<PaperClipOutlined />}
          aria-label={t('planning:section.downloadFile', { number: decision.number })}
          style={{ paddingInline: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }}
          onClick={() =>
            void downloadDecisionFile(decision).catch((error: unknown) =>
              message.error(errorMessage(t, error)),
            )
          }
        >
          {t('planning:section.fileLink', {
            name: decision.file.name,
            size: format.number(Math.max(1, Math.ceil(decision.file.size / 1024))),
          })}
        </Button>
      ) : canWrite ? (
        <AttachFile decision={decision} />
      ) : (
        <Typography.Text type="secondary">{t('planning:section.noFile')}</Typography.Text>
      )}
    </div>
  );
}

/**
 * Attaches the signed decision (PDF, JPEG, PNG; ≤ 20 MB) to a decision without one (set once), or
 * deletes a decision entered by mistake while it has no file.
 */
function AttachFile({ decision }: { decision: ZoneDecision }) {
  const { t } = useTranslation(['planning', 'common']);
  const { message } = App.useApp();
  const upload = useUploadDecisionFile();
  const remove = useDeleteDecision();
  return (
    <Space wrap>
      <Upload
        accept={DECISION_FILE_ACCEPT}
        showUploadList={false}
        beforeUpload={(file) => {
          if (file.size > DECISION_FILE_MAX_BYTES) void message.error(t('planning:section.fileTooLarge'));
          else
            upload.mutate(
              { decisionId: decision.id, file },
              {
                onSuccess: () => void message.success(t('planning:section.fileStored', { name: file.name })),
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
          aria-label={t('planning:section.attachFor', { number: decision.number })}
          style={{ paddingInline: 0 }}
        >
          {t('planning:section.attach')}
        </Button>
      </Upload>
      <Popconfirm
        title={t('planning:section.deleteConfirm', { number: decision.number })}
        okText={t('planning:section.delete')}
        okButtonProps={{ danger: true }}
        cancelText={t('common:actions.cancel')}
        onConfirm={() =>
          remove.mutateAsync(decision).then(
            () => void message.success(t('planning:section.deleted', { number: decision.number })),
            (error: unknown) => void message.error(errorMessage(t, error)),
          )
        }
      >
        <Button
          size="small"
          type="link"
          danger
          icon={<DeleteOutlined />}
          loading={remove.isPending}
          aria-label={t('planning:section.deleteFor', { number: decision.number })}
          style={{ paddingInline: 0 }}
        >
          {t('planning:section.delete')}
        </Button>
      </Popconfirm>
    </Space>
  );
}
