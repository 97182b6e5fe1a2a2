import { FileExcelOutlined, LockOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Divider, Empty, Form, Input, Select, Space, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import {
  COMPLAINT_CHANNELS,
  COMPLAINT_FIELDS,
  COMPLAINT_KINDS,
  COMPLAINT_STATES,
  COMPLAINT_STATUSES,
  type ComplaintChannel,
  type ComplaintField,
  type ComplaintKind,
} from '../../../domain/complaints.ts';
import { BoardPicker, useBoardChoice } from '../../app/board-choice.tsx';
import { DateField } from '../../shared/DateField.tsx';
import { errorMessage } from '../../shared/errors.ts';
import { FilterBar } from '../../shared/FilterBar.tsx';
import { FormModal } from '../../shared/FormModal.tsx';
import { useFormat } from '../../shared/format.ts';
import { useListParams } from '../../shared/list-params.ts';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { usePhone } from '../../shared/screen.ts';
import {
  downloadComplaints,
  useComplaints,
  useHandlers,
  useReceiveComplaint,
  type Complaint,
  type ComplaintsQuery,
} from './complaints.api.ts';
import { StateTag, useDaysLeftWords, yearOptions } from './words.tsx';

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
const pick = <T extends string>(values: readonly T[], value: string | undefined): T | undefined =>
  values.find((v) => v === value);

/**
 * Sổ tiếp nhận đơn: the board's complaints, denunciations and petitions, newest first, filtered by
 * the address (year, kind, status, field, deadline state, handler, words); each with its deadline
 * state (overdue red). Staff receive a new one here, the sender's identity kept apart.
 */
export function Component() {
  const { t } = useTranslation(['complaints', 'common']);
  const format = useFormat();
  const phone = usePhone();
  const daysLeft = useDaysLeftWords();
  const { message } = App.useApp();
  const board = useBoardChoice();
  const params = useListParams(['year', 'kind', 'status', 'field', 'state', 'handler', 'q'] as const);
  const year = Number(one(params.values.year)) || undefined;
  const query: ComplaintsQuery = {
    board: board.board?.code,
    year,
    kind: pick(COMPLAINT_KINDS, one(params.values.kind)),
    status: pick(COMPLAINT_STATUSES, one(params.values.status)),
    field: pick(COMPLAINT_FIELDS, one(params.values.field)),
    state: pick(COMPLAINT_STATES, one(params.values.state)),
    handler: one(params.values.handler),
    q: one(params.values.q),
  };
  const complaints = useComplaints({ ...query, page: params.page, pageSize: params.pageSize });
  const handlers = useHandlers(board.board?.code);
  const [receiving, setReceiving] = useState(false);
  const [downloading, setDownloading] = useState(false);
  const width = (desk: number) => (phone ? '100%' : desk);

  return (
    <>
      <PageTitle
        title={t('complaints:list.title')}
        subtitle={t('complaints:list.subtitle')}
        extra={
          <Space wrap>
            <BoardPicker choice={board} />
            <Button
              icon={<FileExcelOutlined />}
              loading={downloading}
              disabled={!board.boardId}
              onClick={() => {
                setDownloading(true);
                downloadComplaints(query)
                  .catch((error: unknown) => void message.error(errorMessage(t, error)))
                  .finally(() => setDownloading(false));
              }}
            >
              {t('complaints:list.excel')}
            </Button>
            <Button
              type="primary"
              icon={<PlusOutlined />}
              disabled={!board.boardId}
              onClick={() => setReceiving(true)}
            >
              {t('complaints:list.receive')}
            </Button>
          </Space>
        }
      />
      {!board.boardId ? (
        <Empty description={t('common:boardChoice.needed')} />
      ) : (
        <>
          <FilterBar phone={phone}>
            <Select
              allowClear
              aria-label={t('complaints:list.year')}
              placeholder={t('complaints:list.year')}
              value={year}
              style={{ width: width(110) }}
              options={yearOptions()}
              onChange={(y?: number) => params.update({ year: y === undefined ? undefined : String(y) })}
            />
            <Select
              allowClear
              aria-label={t('complaints:form.kind')}
              placeholder={t('complaints:list.allKinds')}
              value={query.kind}
              style={{ width: width(170) }}
              options={COMPLAINT_KINDS.map((k) => ({ value: k, label: t(`complaints:kinds.${k}`) }))}
              onChange={(value?: string) => params.update({ kind: value })}
            />
            <Select
              allowClear
              aria-label={t('complaints:columns.state')}
              placeholder={t('complaints:list.allStates')}
              value={query.state}
              style={{ width: width(200) }}
              options={COMPLAINT_STATES.map((s) => ({ value: s, label: t(`complaints:states.${s}`) }))}
              onChange={(value?: string) => params.update({ state: value })}
            />
            <Select
              allowClear
              aria-label={t('complaints:list.allStatuses')}
              placeholder={t('complaints:list.allStatuses')}
              value={query.status}
              style={{ width: width(150) }}
              options={COMPLAINT_STATUSES.map((s) => ({ value: s, label: t(`complaints:statuses.${s}`) }))}
              onChange={(value?: string) => params.update({ status: value })}
            />
            <Select
              allowClear
              aria-label={t('complaints:form.field')}
              placeholder={t('complaints:list.allFields')}
              value={query.field}
              style={{ width: width(140) }}
              options={COMPLAINT_FIELDS.map((f) => ({ value: f, label: t(`complaints:fields.${f}`) }))}
              onChange={(value?: string) => params.update({ field: value })}
            />
            <Select
              allowClear
              aria-label={t('complaints:columns.handler')}
              placeholder={t('complaints:list.allHandlers')}
              value={query.handler}
              style={{ width: width(200) }}
              options={(handlers.data ?? []).map((h) => ({ value: h.id, label: h.fullName }))}
              onChange={(value?: string) => params.update({ handler: value })}
            />
            <Input.Search
              allowClear
              aria-label={t('complaints:list.search')}
              placeholder={t('complaints:list.search')}
              defaultValue={query.q}
              style={{ width: width(260) }}
              onSearch={(value) => params.update({ q: value.trim() || undefined })}
            />
          </FilterBar>
          {complaints.error ? (
            <Alert
              type="error"
              showIcon
              style={{ marginBottom: 16 }}
              title={errorMessage(t, complaints.error)}
            />
          ) : null}
          <Table<Complaint>
            rowKey="id"
            size="small"
            loading={complaints.isFetching}
            dataSource={complaints.data?.items}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t('complaints:list.empty') }}
            pagination={{
              current: params.page,
              pageSize: params.pageSize,
              total: complaints.data?.total,
              simple: phone,
              showTotal: (total) => t('common:list.total', { total }),
              onChange: (page, pageSize) => params.update({ page, pageSize }),
            }}
            columns={[
              {
                title: t('complaints:columns.reference'),
                render: (_, c) => <Link to={`/complaints/${c.id}`}>{c.reference}</Link>,
              },
              { title: t('complaints:columns.kind'), render: (_, c) => t(`complaints:kinds.${c.kind}`) },
              { title: t('complaints:columns.receivedOn'), render: (_, c) => format.date(c.receivedOn) },
              {
                title: t('complaints:columns.subject'),
                render: (_, c) => <div style={{ minWidth: 180, maxWidth: 360 }}>{c.subject}</div>,
              },
              {
                title: t('complaints:columns.respondent'),
                responsive: ['md'],
                render: (_, c) => [c.respondentEnterprise?.name, c.respondent].filter(Boolean).join('; '),
              },
              {
                title: t('complaints:columns.handler'),
                responsive: ['md'],
                render: (_, c) => c.handler?.fullName ?? '—',
              },
              {
                title: t('complaints:columns.state'),
                render: (_, c) => (
                  <Space orientation="vertical" size={0}>
                    <StateTag state={c.timing.state} />
                    {c.timing.dueOn ? (
                      <Typography.Text type="secondary">
                        {format.date(c.timing.dueOn)} · {daysLeft(c.timing.workingDaysLeft)}
                      </Typography.Text>
                    ) : null}
                  </Space>
                ),
              },
            ]}
          />
        </>
      )}
      {receiving && board.board ? (
        <ReceiveModal board={board.board.code} onClose={() => setReceiving(false)} />
      ) : null}
    </>
  );
}

interface ReceiveValues {
  kind: ComplaintKind;
  channel: ComplaintChannel;
  receivedOn: Dayjs | null;
  subject: string;
  content: string;
  field: ComplaintField;
  respondent?: string;
  reporter: { fullName: string; address?: string; phone?: string; email?: string; identityNumber?: string };
}

/** Tiếp nhận đơn: what it is, against whom, and who sent it (protected). */
function ReceiveModal({ board, onClose }: { board: string; onClose: () => void }) {
  const { t } = useTranslation(['complaints', 'common']);
  const { message } = App.useApp();
  const navigate = useNavigate();
  const receive = useReceiveComplaint();
  const required = [{ required: true, whitespace: true, message: t('common:fieldErrors.required') }];
  const trimmed = (v: string | undefined) => (v?.trim() ? v.trim() : undefined);
  return (
    <FormModal<ReceiveValues, Complaint>
      title={t('complaints:list.receive')}
      okText={t('common:actions.save')}
      width={640}
      initialValues={{ kind: 'complaint', channel: 'direct', field: 'other', receivedOn: dayjs() }}
      onClose={(answer) => {
        onClose();
        if (answer) {
          void message.success(t('complaints:form.received', { reference: answer.reference }));
          void navigate(`/complaints/${answer.id}`);
        }
      }}
      send={(v) =>
        receive.mutateAsync({
          board,
          kind: v.kind,
          channel: v.channel,
          receivedOn: (v.receivedOn ?? dayjs()).format('YYYY-MM-DD'),
          subject: v.subject.trim(),
          content: v.content.trim(),
          field: v.field,
          respondent: trimmed(v.respondent),
          reporter: {
            fullName: v.reporter.fullName.trim(),
            ...Object.fromEntries(
              (['address', 'phone', 'email', 'identityNumber'] as const)
                .map((k) => [k, trimmed(v.reporter[k])])
                .filter(([, value]) => value !== undefined),
            ),
          },
        })
      }
    >
      <Space wrap style={{ width: '100%' }}>
        <Form.Item name="kind" label={t('complaints:form.kind')} rules={required.slice(0, 1)}>
          <Select
            style={{ width: 190 }}
            options={COMPLAINT_KINDS.map((k) => ({ value: k, label: t(`complaints:kinds.${k}`) }))}
          />
        </Form.Item>
        <Form.Item name="channel" label={t('complaints:form.channel')} rules={required.slice(0, 1)}>
          <Select
            style={{ width: 210 }}
            options={COMPLAINT_CHANNELS.map((c) => ({ value: c, label: t(`complaints:channels.${c}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="receivedOn"
          label={t('complaints:form.receivedOn')}
          rules={[{ required: true, message: t('common:fieldErrors.required') }]}
        >
          <DateField />
        </Form.Item>
        <Form.Item name="field" label={t('complaints:form.field')} rules={required.slice(0, 1)}>
          <Select
            style={{ width: 160 }}
            options={COMPLAINT_FIELDS.map((f) => ({ value: f, label: t(`complaints:fields.${f}`) }))}
          />
        </Form.Item>
      </Space>
      <Form.Item name="subject" label={t('complaints:form.subject')} rules={required}>
        <Input maxLength={500} />
      </Form.Item>
      <Form.Item name="content" label={t('complaints:form.content')} rules={required}>
        <Input.TextArea maxLength={20000} autoSize={{ minRows: 3, maxRows: 8 }} />
      </Form.Item>
      <Form.Item name="respondent" label={t('complaints:form.respondent')}>
        <Input maxLength={500} />
      </Form.Item>
      <Divider titlePlacement="start">
        <LockOutlined /> {t('complaints:form.reporterHeading')}
      </Divider>
      <Typography.Paragraph type="secondary">{t('complaints:form.reporterHint')}</Typography.Paragraph>
      <Form.Item name={['reporter', 'fullName']} label={t('complaints:form.fullName')} rules={required}>
        <Input maxLength={200} autoComplete="off" />
      </Form.Item>
      <Form.Item name={['reporter', 'address']} label={t('complaints:form.address')}>
        <Input maxLength={500} autoComplete="off" />
      </Form.Item>
      <Space wrap style={{ width: '100%' }}>
        <Form.Item name={['reporter', 'phone']} label={t('complaints:form.phone')}>
          <Input maxLength={30} autoComplete="off" />
        </Form.Item>
        <Form.Item name={['reporter', 'email']} label={t('complaints:form.email')}>
          <Input maxLength={200} autoComplete="off" />
        </Form.Item>
        <Form.Item name={['reporter', 'identityNumber']} label={t('complaints:form.identityNumber')}>
          <Input maxLength={30} autoComplete="off" />
        </Form.Item>
      </Space>
    </FormModal>
  );
}
