import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Form,
  Select,
  Skeleton,
  Space,
  Table,
  Tag,
  Timeline,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { isFinalStage, LEAD_PATH } from '../../../domain/promotion.ts';
import { useCan } from '../../app/session.tsx';
import { errorMessage } from '../../shared/errors.ts';
import { FormModal } from '../../shared/FormModal.tsx';
import { useFormat } from '../../shared/format.ts';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { MeetingFormModal } from './MeetingForm.tsx';
import { useLead, useProjectChoices, useWrite, type LeadDetail, type Meeting } from './promotion.api.ts';
import { DateItem, day, StageTag, TextItem, today } from './shared.tsx';
import type { FormValues } from './shared.tsx';

/** One lead: details, its stage timeline, its working sessions, and "Chuyển giai đoạn". */
export function Component() {
  const { id = '' } = useParams();
  const { t } = useTranslation(['promotion', 'common']);
  const format = useFormat();
  const { message } = App.useApp();
  const canWrite = useCan('records.write');
  const lead = useLead(id);
  const [moving, setMoving] = useState(false);
  const [meeting, setMeeting] = useState(false);

  if (lead.error) return <Alert type="error" showIcon title={errorMessage(t, lead.error)} />;
  if (!lead.data) return <Skeleton active />;
  const l = lead.data;
  return (
    <>
      <PageTitle
        title={l.name}
        subtitle={<StageTag stage={l.stage} />}
        extra={
          canWrite ? (
            <Space wrap>
              <Button onClick={() => setMeeting(true)}>{t('promotion:lead.addMeeting')}</Button>
              <Button type="primary" disabled={isFinalStage(l.stage)} onClick={() => setMoving(true)}>
                {t('promotion:lead.move')}
              </Button>
            </Space>
          ) : null
        }
      />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Descriptions size="small" column={{ xs: 1, sm: 1, md: 2 }}>
          <Descriptions.Item label={t('promotion:fields.source')}>
            {t(`promotion:sources.${l.source}`)}
            {l.enquiryId ? ` — ${t('promotion:lead.fromEnquiry')}` : ''}
          </Descriptions.Item>
          <Descriptions.Item label={t('promotion:fields.openedOn')}>
            {format.date(l.openedOn)}
          </Descriptions.Item>
          <Descriptions.Item label={t('promotion:fields.organisation')}>
            {l.organisation?.name ?? '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('promotion:fields.contact')}>
            {l.contact?.name ?? '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('promotion:fields.country')}>{l.countryCode ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('promotion:fields.sector')}>{l.sector ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('promotion:fields.expectedCapitalUsd')}>
            {l.expectedCapitalUsd ? format.number(l.expectedCapitalUsd) : '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('promotion:fields.landNeedHa')}>
            {format.ha(l.landNeedHa)}
          </Descriptions.Item>
          <Descriptions.Item label={t('promotion:fields.project')}>
            {l.project ? `${l.project.code} — ${l.project.name}` : '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('promotion:fields.capital')}>
            {l.project ? format.ty(l.project.registeredCapitalVnd) : '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('promotion:fields.note')}>{l.note ?? '—'}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card size="small" title={t('promotion:lead.timeline')} style={{ marginBottom: 16 }}>
        <Timeline
          items={l.stages.map((s) => ({
            color: s.stage === 'lost' ? 'gray' : s.stage === 'certificate' ? 'green' : 'blue',
            content: (
              <Space wrap>
                {format.date(s.since)}
                <StageTag stage={s.stage} />
                {s.note}
              </Space>
            ),
          }))}
        />
      </Card>
      <Card size="small" title={t('promotion:lead.meetings')}>
        <Table<Meeting>
          rowKey="id"
          size="small"
          dataSource={l.meetings}
          scroll={{ x: 'max-content' }}
          pagination={false}
          locale={{ emptyText: t('promotion:lead.noMeetings') }}
          columns={[
            { title: t('promotion:fields.heldOn'), render: (_, m) => format.date(m.heldOn) },
            { title: t('promotion:fields.subject'), dataIndex: 'subject' },
            { title: t('promotion:fields.notes'), dataIndex: 'notes' },
            {
              title: t('promotion:fields.followUp'),
              render: (_, m) =>
                m.followUp ? (
                  <Space wrap>
                    {m.followUp}
                    {m.followUpDoneOn ? (
                      <Tag color="green">{t('promotion:meetings.done')}</Tag>
                    ) : m.followUpOverdue ? (
                      <Tag color="red">{t('promotion:meetings.overdueTag')}</Tag>
                    ) : (
                      format.date(m.followUpDueOn)
                    )}
                  </Space>
                ) : (
                  '—'
                ),
            },
          ]}
        />
      </Card>
      {moving ? (
        <StageModal
          lead={l}
          onClose={(saved) => {
            setMoving(false);
            if (saved) void message.success(t('promotion:saved'));
          }}
        />
      ) : null}
      {meeting ? (
        <MeetingFormModal board={undefined} leadId={l.id} onClose={() => setMeeting(false)} />
      ) : null}
    </>
  );
}

/** Chuyển giai đoạn: forward, or to 'lost'; 'certificate' with the licensed project picked. */
function StageModal({ lead, onClose }: { lead: LeadDetail; onClose: (saved?: LeadDetail) => void }) {
  const { t } = useTranslation(['promotion', 'common']);
  const write = useWrite<LeadDetail>();
  const [search, setSearch] = useState('');
  const projects = useProjectChoices(lead.boardId, search);
  const at = LEAD_PATH.indexOf(lead.stage as (typeof LEAD_PATH)[number]);
  const next = [...LEAD_PATH.slice(at + 1), 'lost' as const];
  return (
    <FormModal<FormValues, LeadDetail>
      title={t('promotion:lead.move')}
      okText={t('common:actions.save')}
      initialValues={{ stage: next[0], since: today() }}
      send={(v) =>
        write.mutateAsync({
          method: 'POST',
          path: `leads/${lead.id}/stages`,
          body: {
            version: lead.version,
            stage: v.stage,
            since: day(v.since),
            note: v.note ?? '',
            ...(v.stage === 'certificate' && v.projectId ? { projectId: v.projectId } : {}),
          },
        })
      }
      onClose={onClose}
    >
      {(form) => (
        <>
          <Form.Item name="stage" label={t('promotion:fields.stage')} rules={[{ required: true }]}>
            <Select
              aria-label={t('promotion:fields.stage')}
              options={next.map((s) => ({ value: s, label: t(`promotion:stages.${s}`) }))}
            />
          </Form.Item>
          <DateItem name="since" label={t('promotion:fields.since')} required />
          <Form.Item noStyle shouldUpdate>
            {() =>
              form.getFieldValue('stage') === 'certificate' ? (
                <Form.Item
                  name="projectId"
                  label={t('promotion:fields.project')}
                  extra={t('promotion:lead.projectHint')}
                  rules={[{ required: true }]}
                >
                  <Select
                    aria-label={t('promotion:fields.project')}
                    showSearch={{ filterOption: false, onSearch: setSearch }}
                    loading={projects.isFetching}
                    options={(projects.data ?? []).map((p) => ({
                      value: p.id,
                      label: `${p.code} — ${p.name}`,
                    }))}
                  />
                </Form.Item>
              ) : null
            }
          </Form.Item>
          <TextItem name="note" label={t('promotion:fields.note')} area max={2000} />
        </>
      )}
    </FormModal>
  );
}
