import { FileExcelOutlined, PlusOutlined, StopOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Empty,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Switch,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AWARD_CODES, type AwardCode } from '../../../domain/commendation.ts';
import { BoardPicker, useBoardChoice } from '../../app/board-choice.tsx';
import { useCan } from '../../app/session.tsx';
import { DateField } from '../../shared/DateField.tsx';
import { errorMessage } from '../../shared/errors.ts';
import { useFormat } from '../../shared/format.ts';
import { useListParams } from '../../shared/list-params.ts';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { usePhone } from '../../shared/screen.ts';
import { FilterBar } from '../../shared/FilterBar.tsx';
import { FormModal } from '../../shared/FormModal.tsx';
import {
  downloadAwards,
  useAwards,
  useRecordAward,
  useRevokeAward,
  type AwardEntry,
} from './register.api.ts';
import { SubjectSelect } from './SubjectSelect.tsx';
import type { SubjectKind } from './subjects.api.ts';
import { AwardSelect, useAwardOptions, useAwardWords, yearOf, YearSelect } from './words.tsx';

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
const KINDS: SubjectKind[] = ['person', 'collective'];

/**
 * Sổ khen thưởng: every title and award of the board's persons and collectives across the years,
 * by the decision that gave it; filtered by years, award, kind and subject; a revoked award stays,
 * marked. Staff revoke an award or record one given by another authority's decision.
 */
export function Component() {
  const { t } = useTranslation(['commendation', 'common']);
  const format = useFormat();
  const phone = usePhone();
  const word = useAwardWords();
  const { message } = App.useApp();
  const canManage = useCan('commendation.manage');
  const board = useBoardChoice();
  const params = useListParams(['from', 'to', 'award', 'kind', 'subject', 'revoked'] as const);
  const fromYear = params.values.from ? yearOf(params.values.from, 0) || undefined : undefined;
  const toYear = params.values.to ? yearOf(params.values.to, 0) || undefined : undefined;
  const award = AWARD_CODES.find((a) => a === one(params.values.award));
  const kind = KINDS.find((k) => k === one(params.values.kind));
  const subjectId = one(params.values.subject);
  const includeRevoked = one(params.values.revoked) !== '0';
  const query = {
    board: board.board?.code,
    fromYear,
    toYear,
    award,
    kind,
    subjectId,
    includeRevoked,
  };
  const awards = useAwards({ ...query, page: params.page, pageSize: params.pageSize });
  const [revoking, setRevoking] = useState<AwardEntry | null>(null);
  const [recording, setRecording] = useState(false);
  const [downloading, setDownloading] = useState(false);

  return (
    <>
      <PageTitle
        title={t('commendation:register.title')}
        subtitle={t('commendation:register.subtitle')}
        extra={
          <Space wrap>
            <BoardPicker choice={board} />
            <Button
              icon={<FileExcelOutlined />}
              loading={downloading}
              disabled={!board.boardId}
              onClick={() => {
                setDownloading(true);
                downloadAwards(query)
                  .catch((error: unknown) => void message.error(errorMessage(t, error)))
                  .finally(() => setDownloading(false));
              }}
            >
              {t('commendation:register.excel')}
            </Button>
            {canManage ? (
              <Button icon={<PlusOutlined />} disabled={!board.boardId} onClick={() => setRecording(true)}>
                {t('commendation:register.record')}
              </Button>
            ) : null}
          </Space>
        }
      />
      {!board.boardId ? (
        <Empty description={t('common:boardChoice.needed')} />
      ) : (
        <>
          <FilterBar phone={phone}>
            <Space>
              <YearSelect
                allowClear
                label={t('commendation:register.fromYear')}
                placeholder={t('commendation:register.fromYear')}
                value={fromYear}
                onChange={(y) => params.update({ from: y === undefined ? undefined : String(y) })}
              />
              <YearSelect
                allowClear
                label={t('commendation:register.toYear')}
                placeholder={t('commendation:register.toYear')}
                value={toYear}
                onChange={(y) => params.update({ to: y === undefined ? undefined : String(y) })}
              />
            </Space>
            <AwardSelect
              allowClear
              aria-label={t('commendation:fields.award')}
              placeholder={t('commendation:registrations.allAwards')}
              value={award}
              style={{ width: phone ? '100%' : 260 }}
              onChange={(value) => params.update({ award: value })}
            />
            <Select
              allowClear
              aria-label={t('commendation:subjects.kind')}
              placeholder={t('commendation:subjects.allKinds')}
              value={kind}
              style={{ width: phone ? '100%' : 150 }}
              onChange={(value?: string) => params.update({ kind: value })}
              options={KINDS.map((k) => ({ value: k, label: t(`commendation:kinds.${k}`) }))}
            />
            <SubjectSelect
              board={board.board?.code}
              allowClear
              aria-label={t('commendation:fields.subject')}
              placeholder={t('commendation:register.allSubjects')}
              value={subjectId}
              style={{ width: phone ? '100%' : 240 }}
              onChange={(value) => params.update({ subject: typeof value === 'string' ? value : undefined })}
            />
            <Space>
              <Switch
                checked={includeRevoked}
                aria-label={t('commendation:register.includeRevoked')}
                onChange={(on) => params.update({ revoked: on ? undefined : '0' })}
              />
              {t('commendation:register.includeRevoked')}
            </Space>
          </FilterBar>
          {awards.error ? (
            <Alert type="error" showIcon style={{ marginBottom: 16 }} title={errorMessage(t, awards.error)} />
          ) : null}
          <Table<AwardEntry>
            rowKey="id"
            size="small"
            loading={awards.isFetching}
            dataSource={awards.data?.items}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t('commendation:register.empty') }}
            pagination={{
              current: params.page,
              pageSize: params.pageSize,
              total: awards.data?.total,
              simple: phone,
              showTotal: (total) => t('common:list.total', { total }),
              onChange: (page, pageSize) => params.update({ page, pageSize }),
            }}
            columns={[
              { title: t('commendation:fields.year'), dataIndex: 'year' },
              {
                title: t('commendation:fields.subject'),
                render: (_, row) => (
                  <>
                    <Link to={`/commendation/subjects/${row.subject.id}`}>{row.subject.name}</Link>
                    {row.subject.position ? (
                      <div>
                        <Typography.Text type="secondary">{row.subject.position}</Typography.Text>
                      </div>
                    ) : null}
                  </>
                ),
              },
              {
                title: t('commendation:fields.award'),
                render: (_, row) =>
                  row.revokedOn ? (
                    <Space orientation="vertical" size={0}>
                      <Typography.Text delete>{word(row.award)}</Typography.Text>
                      <Tag color="red">
                        {t('commendation:register.revokedOn', { date: format.date(row.revokedOn) })}
                      </Tag>
                      {row.revokedReason ? (
                        <Typography.Text type="secondary">{row.revokedReason}</Typography.Text>
                      ) : null}
                    </Space>
                  ) : (
                    word(row.award)
                  ),
              },
              {
                title: t('commendation:fields.decision'),
                dataIndex: 'decisionWords',
                render: (w: string) => <div style={{ minWidth: 200, maxWidth: 380 }}>{w}</div>,
                responsive: ['md'],
              },
              ...(canManage
                ? [
                    {
                      title: '',
                      render: (_: unknown, row: AwardEntry) =>
                        row.revokedOn ? null : (
                          <Button
                            size="small"
                            type="text"
                            danger
                            icon={<StopOutlined />}
                            aria-label={t('commendation:register.revokeOf', {
                              name: row.subject.name,
                              award: word(row.award),
                              year: row.year,
                            })}
                            onClick={() => setRevoking(row)}
                          >
                            {phone ? null : t('commendation:register.revoke')}
                          </Button>
                        ),
                    },
                  ]
                : []),
            ]}
          />
        </>
      )}
      {revoking ? <RevokeModal award={revoking} onClose={() => setRevoking(null)} /> : null}
      {recording && board.board ? (
        <RecordAwardModal board={board.board.code} onClose={() => setRecording(false)} />
      ) : null}
    </>
  );
}

/** Thu hồi: the day and the reason; the award stays on the register, marked. */
function RevokeModal({ award, onClose }: { award: AwardEntry; onClose: () => void }) {
  const { t } = useTranslation(['commendation', 'common']);
  const word = useAwardWords();
  const { message } = App.useApp();
  const revoke = useRevokeAward();
  return (
    <FormModal<{ revokedOn: Dayjs | null; reason: string }>
      title={t('commendation:register.revokeTitle')}
      okText={t('commendation:register.revoke')}
      danger
      hint={
        <Typography.Text>
          {t('commendation:register.revokeHint', {
            name: award.subject.name,
            award: word(award.award),
            year: award.year,
          })}
        </Typography.Text>
      }
      initialValues={{ revokedOn: dayjs() }}
      onClose={(answer) => {
        if (answer) void message.success(t('commendation:register.revoked'));
        onClose();
      }}
      send={(v) =>
        revoke.mutateAsync({
          award,
          revokedOn: (v.revokedOn ?? dayjs()).format('YYYY-MM-DD'),
          reason: v.reason.trim(),
        })
      }
    >
      <Form.Item
        name="revokedOn"
        label={t('commendation:register.revokedOnLabel')}
        rules={[{ required: true, message: t('common:fieldErrors.required') }]}
      >
        <DateField />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('commendation:register.reason')}
        rules={[{ required: true, whitespace: true, message: t('common:fieldErrors.required') }]}
      >
        <Input.TextArea maxLength={2000} autoSize={{ minRows: 2, maxRows: 6 }} />
      </Form.Item>
    </FormModal>
  );
}

interface RecordValues {
  subjectId: string;
  year: number;
  award: AwardCode;
  decisionText: string;
}

/** An award given by another authority's decision not kept here, with that decision in words. */
function RecordAwardModal({ board, onClose }: { board: string; onClose: () => void }) {
  const { t } = useTranslation(['commendation', 'common']);
  const { message } = App.useApp();
  const record = useRecordAward();
  const [kind, setKind] = useState<SubjectKind | undefined>(undefined);
  const options = useAwardOptions(kind);
  return (
    <FormModal<RecordValues>
      title={t('commendation:register.recordTitle')}
      okText={t('common:actions.save')}
      hint={<Typography.Text type="secondary">{t('commendation:register.recordHint')}</Typography.Text>}
      initialValues={{ year: new Date().getFullYear() - 1 }}
      onClose={(answer) => {
        if (answer) void message.success(t('commendation:register.recorded'));
        onClose();
      }}
      send={(v) =>
        record.mutateAsync({
          board,
          subjectId: v.subjectId,
          year: v.year,
          award: v.award,
          decisionText: v.decisionText.trim(),
        })
      }
    >
      <Form.Item
        name="subjectId"
        label={t('commendation:fields.subject')}
        rules={[{ required: true, message: t('common:fieldErrors.required') }]}
      >
        <SubjectSelect board={board} onKind={setKind} />
      </Form.Item>
      <Space wrap>
        <Form.Item name="year" label={t('commendation:fields.year')} rules={[{ required: true }]}>
          <InputNumber min={2000} max={2100} style={{ width: 120 }} />
        </Form.Item>
        <Form.Item
          name="award"
          label={t('commendation:fields.award')}
          rules={[{ required: true, message: t('common:fieldErrors.required') }]}
        >
          <Select options={options} popupMatchSelectWidth={false} style={{ minWidth: 260 }} />
        </Form.Item>
      </Space>
      <Form.Item
        name="decisionText"
        label={t('commendation:register.decisionText')}
        extra={t('commendation:register.decisionTextHint')}
        rules={[{ required: true, whitespace: true, message: t('common:fieldErrors.required') }]}
      >
        <Input maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}
