import {
  DeleteOutlined,
  DownloadOutlined,
  EditOutlined,
  PlusOutlined,
  UploadOutlined,
} from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Empty,
  Form,
  Popconfirm,
  Progress,
  Select,
  Space,
  Table,
  Tag,
  Typography,
  Upload,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { vietnamToday } from '../../../domain/calendar-date.ts';
import { useCan, useSession } from '../../app/session.tsx';
import { ApiError } from '../../shared/api.ts';
import { errorMessage } from '../../shared/errors.ts';
import { useFormat } from '../../shared/format.ts';
import { useListParams } from '../../shared/list-params.ts';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { SEARCH_BY_LABEL } from '../../shared/search-select.ts';
import { ApiErrorAlert } from './ApiErrorAlert.tsx';
import { blocPeriodOf, memberRole, problemsByMember } from './bloc-figures.ts';
import { BlocPeriodPicker, usePeriodLabel } from './BlocPeriodPicker.tsx';
import {
  downloadReturnsTemplate,
  importReturns,
  useAfterReturnsImport,
  useBlocReturns,
  useBlocs,
  useDeleteReturn,
  type BlocReturnMember,
  type ReturnImportProblem,
  type ReturnImportSummary,
} from './blocs.api.ts';
import { MemberMarks } from './MemberMarks.tsx';
import { ReturnFormModal } from './ReturnFormModal.tsx';

type Outcome =
  | { kind: 'done'; summary: ReturnImportSummary }
  | { kind: 'invalid'; problems: ReturnImportProblem[] }
  | { kind: 'error'; message: string };

type Row = BlocReturnMember & { key: string; index: number };

/**
 * Số liệu thành viên: for the bloc leader's staff, the members of the period's year, each with the
 * return entered for it or "dùng số liệu trong hệ thống"; a return entered or changed in a form,
 * deleted, or all of them imported from the period's Excel template — a refused import shows each
 * problem on its member's row, and nothing is written.
 */
export function Component() {
  const { t } = useTranslation(['blocs', 'common']);
  const { message } = App.useApp();
  const me = useSession();
  const canWrite = useCan('records.write');
  const manages = useCan('blocs.manage');
  const params = useListParams(['bloc', 'period'] as const);
  const blocs = useBlocs();
  const label = usePeriodLabel();
  const period = blocPeriodOf(params.values.period, vietnamToday());
  const items = blocs.data?.items ?? [];
  const blocParam = typeof params.values.bloc === 'string' ? params.values.bloc : undefined;
  const bloc = items.find((b) => b.code === blocParam)?.code ?? items[0]?.code;
  const returns = useBlocReturns(bloc, period);
  const data = returns.data;
  const remove = useDeleteReturn(bloc ?? '');
  const afterImport = useAfterReturnsImport();
  const [editing, setEditing] = useState<string | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [uploading, setUploading] = useState<number | 'processing' | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [downloading, setDownloading] = useState(false);
  // The leader board's staff write the returns, and so does a bloc's administrator; the API
  // refuses anyone else anyway.
  const leads = !!data && ((canWrite && !!data.leader && me.board?.code === data.leader) || manages);
  const writable = leads && !!data?.leader;
  const members = data?.members ?? [];
  const problems =
    outcome?.kind === 'invalid'
      ? problemsByMember(outcome.problems, members)
      : new Map<string, ReturnImportProblem[]>();
  const unplaced = problems.get('') ?? [];
  const editingMember = members.find((m) => m.code === editing);

  async function template() {
    if (!bloc) return;
    setDownloading(true);
    try {
      await downloadReturnsTemplate(bloc, period);
    } catch (error) {
      void message.error(errorMessage(t, error));
    } finally {
      setDownloading(false);
    }
  }

  async function send() {
    if (!bloc || !file) return;
    setOutcome(null);
    setUploading(0);
    let next: Outcome;
    try {
      const summary = await importReturns(bloc, period, file, {
        onProgress: (percent) => setUploading(percent),
        onUploaded: () => setUploading('processing'),
      });
      next = { kind: 'done', summary };
      setFile(null);
      await afterImport();
    } catch (error) {
      next =
        error instanceof ApiError && error.details.length > 0 && error.status < 500
          ? { kind: 'invalid', problems: error.details as ReturnImportProblem[] }
          : { kind: 'error', message: errorMessage(t, error) };
    }
    setUploading(null);
    setOutcome(next);
  }

  async function deleteReturn(member: BlocReturnMember) {
    try {
      await remove.mutateAsync({ board: member.code, period });
      void message.success(t('blocs:returns.deleted', { member: member.code }));
    } catch (error) {
      void message.error(errorMessage(t, error));
    }
  }

  const rows: Row[] = members.map((m, i) => ({ ...m, key: m.code, index: i + 1 }));
  return (
    <>
      <PageTitle title={t('blocs:returns.title')} subtitle={t('blocs:returns.subtitle')} />
      <Form layout="inline" style={{ marginBottom: 16, rowGap: 8 }}>
        <Form.Item label={t('blocs:report.bloc')} htmlFor="bloc-returns-bloc" style={{ marginBottom: 8 }}>
          <Select
            id="bloc-returns-bloc"
            showSearch={SEARCH_BY_LABEL}
            loading={blocs.isPending}
            value={bloc}
            placeholder={t('blocs:report.chooseBloc')}
            style={{ minWidth: 240, maxWidth: '100%' }}
            popupMatchSelectWidth={false}
            options={items.map((b) => ({ value: b.code, label: `${b.code} — ${b.name}` }))}
            onChange={(code: string) => {
              setOutcome(null);
              params.update({ bloc: code });
            }}
          />
        </Form.Item>
        <BlocPeriodPicker
          id="bloc-returns"
          period={period}
          onChange={(p) => {
            setOutcome(null);
            params.update({ period: p });
          }}
        />
      </Form>
      {blocs.error ? (
        <Alert type="error" showIcon style={{ marginBottom: 16 }} title={errorMessage(t, blocs.error)} />
      ) : null}
      {blocs.data && items.length === 0 ? <Empty description={t('blocs:report.noBloc')} /> : null}
      {returns.error ? <ApiErrorAlert error={returns.error} /> : null}
      {data && data.leader === null ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('blocs:returns.noYear', { year: data.year })}
        />
      ) : data && !leads ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('blocs:returns.leaderOnly', { leader: data.leader })}
        />
      ) : null}
      {data && writable ? (
        <Card size="small" title={t('blocs:returns.importTitle')} style={{ marginBottom: 16 }}>
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Typography.Text type="secondary">
              {t('blocs:returns.importHint', { period: label(period) })}
            </Typography.Text>
            <Space wrap>
              <Button icon={<DownloadOutlined />} loading={downloading} onClick={() => void template()}>
                {t('blocs:returns.template')}
              </Button>
              <Upload
                accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                maxCount={1}
                disabled={uploading !== null}
                fileList={file ? [{ uid: file.name, name: file.name, status: 'done' }] : []}
                beforeUpload={(chosen) => {
                  setFile(chosen);
                  setOutcome(null);
                  return false;
                }}
                onRemove={() => {
                  setFile(null);
                  setOutcome(null);
                }}
              >
                <Button icon={<UploadOutlined />}>{t('blocs:returns.chooseFile')}</Button>
              </Upload>
              <Button
                type="primary"
                disabled={!file || uploading !== null}
                loading={uploading !== null}
                onClick={() => void send()}
              >
                {t('blocs:returns.import')}
              </Button>
            </Space>
            {typeof uploading === 'number' ? (
              <Progress percent={uploading} status="active" aria-label={t('blocs:returns.uploading')} />
            ) : null}
            {uploading === 'processing' ? (
              <Typography.Text role="status">{t('blocs:returns.processing')}</Typography.Text>
            ) : null}
          </Space>
        </Card>
      ) : null}
      {outcome?.kind === 'done' ? (
        <Alert
          type="success"
          showIcon
          closable
          style={{ marginBottom: 16 }}
          title={t('blocs:returns.imported')}
          description={<ImportCounts summary={outcome.summary} />}
          onClose={() => setOutcome(null)}
        />
      ) : null}
      {outcome?.kind === 'invalid' ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          style={{ marginBottom: 16 }}
          title={t('blocs:returns.refused', { count: outcome.problems.length })}
          description={
            unplaced.length > 0 ? (
              <ul style={{ margin: 0, paddingLeft: 20 }}>
                {unplaced.map((p, i) => (
                  <li key={i}>
                    <ProblemText problem={p} />
                  </li>
                ))}
              </ul>
            ) : (
              t('blocs:returns.refusedOnRows')
            )
          }
        />
      ) : null}
      {outcome?.kind === 'error' ? (
        <Alert type="error" showIcon role="alert" style={{ marginBottom: 16 }} title={outcome.message} />
      ) : null}
      {data ? (
        <Table<Row>
          rowKey="key"
          size="small"
          bordered
          pagination={false}
          loading={returns.isFetching && returns.isPlaceholderData}
          dataSource={rows}
          scroll={{ x: 'max-content' }}
          aria-label={t('blocs:returns.table')}
          title={() => (
            <Typography.Text strong>
              {t('blocs:returns.tableTitle', { year: data.year, period: label(data.period) })}
            </Typography.Text>
          )}
          locale={{ emptyText: t('blocs:returns.noMembers', { year: data.year }) }}
          columns={[
            { key: 'index', title: t('blocs:report.index'), dataIndex: 'index', width: 48, align: 'center' },
            {
              key: 'member',
              title: t('blocs:report.member'),
              render: (_: unknown, row: Row) => (
                <div style={{ minWidth: 160, maxWidth: 280 }}>
                  <Typography.Text strong>{row.code}</Typography.Text> {row.name}
                  <MemberMarks role={memberRole(data, row.code)} />
                </div>
              ),
            },
            {
              key: 'figures',
              title: t('blocs:returns.figures'),
              render: (_: unknown, row: Row) => (
                <ReturnState member={row} problems={problems.get(row.code)} />
              ),
            },
            ...(writable
              ? [
                  {
                    key: 'actions',
                    title: t('blocs:returns.actions'),
                    render: (_: unknown, row: Row) => (
                      <Space wrap>
                        <Button
                          size="small"
                          icon={row.return ? <EditOutlined /> : <PlusOutlined />}
                          onClick={() => setEditing(row.code)}
                        >
                          {t(row.return ? 'blocs:returns.edit' : 'blocs:returns.enter')}
                        </Button>
                        {row.return ? (
                          <Popconfirm
                            title={t('blocs:returns.deleteConfirm', { member: row.code })}
                            description={t('blocs:returns.deleteHint')}
                            okText={t('common:actions.delete')}
                            cancelText={t('common:actions.cancel')}
                            okButtonProps={{ danger: true }}
                            onConfirm={() => deleteReturn(row)}
                          >
                            <Button size="small" danger icon={<DeleteOutlined />}>
                              {t('common:actions.delete')}
                            </Button>
                          </Popconfirm>
                        ) : null}
                      </Space>
                    ),
                  },
                ]
              : []),
          ]}
        />
      ) : returns.isPending && bloc ? (
        <Card loading />
      ) : null}
      {editingMember && bloc ? (
        <ReturnFormModal
          bloc={bloc}
          period={period}
          member={editingMember}
          onClose={() => setEditing(null)}
          onReload={() => returns.refetch()}
        />
      ) : null}
    </>
  );
}

/** Where a member's figures come from this period, and the problems an import found on its row. */
function ReturnState({
  member,
  problems,
}: {
  member: BlocReturnMember;
  problems: ReturnImportProblem[] | undefined;
}) {
  const { t } = useTranslation('blocs');
  const format = useFormat();
  const stored = member.return;
  return (
    <Space orientation="vertical" size={2} style={{ minWidth: 220 }}>
      {stored ? (
        <>
          <span>
            <Tag color="purple">{t('marks.return')}</Tag>
            <Typography.Text type="secondary">
              {t(`returns.sources.${stored.source}`)}
              {stored.updatedAt ? ` · ${format.dateTime(stored.updatedAt)}` : ''}
            </Typography.Text>
          </span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('returns.brief', {
              fdi: format.number(stored.newProjectsFdi),
              ddi: format.number(stored.newProjectsDdi),
              usd: format.millionUsd(stored.capitalFdiUsd),
              vnd: format.ty(stored.capitalDdiVnd),
            })}
          </Typography.Text>
        </>
      ) : (
        <Typography.Text>{t('returns.useRecords')}</Typography.Text>
      )}
      {problems && problems.length > 0 ? (
        <ul role="alert" style={{ margin: 0, paddingLeft: 18, color: 'var(--ant-color-error, #cf1322)' }}>
          {problems.map((p, i) => (
            <li key={i}>
              <ProblemText problem={p} />
            </li>
          ))}
        </ul>
      ) : null}
    </Space>
  );
}

/** "Dòng 7, cột Vốn FDI: …" — where in the workbook, then what is wrong. */
function ProblemText({ problem }: { problem: ReturnImportProblem }) {
  const { t } = useTranslation(['blocs', 'common']);
  const where = [
    typeof problem.row === 'number' ? t('blocs:returns.problemRow', { row: problem.row }) : null,
    problem.column ? t('blocs:returns.problemColumn', { column: problem.column }) : null,
  ].filter(Boolean);
  // The API's own sentence: it names the value and what is wrong with it, more than a reason code.
  const text = problem.message;
  return <span>{where.length > 0 ? `${where.join(', ')}: ${text}` : text}</span>;
}

/** What an import did: returns created, updated, unchanged, and the members whose rows were blank. */
function ImportCounts({ summary }: { summary: ReturnImportSummary }) {
  const { t } = useTranslation('blocs');
  const format = useFormat();
  return (
    <Space orientation="vertical" size={2}>
      <Space wrap size={16}>
        {(['created', 'updated', 'unchanged'] as const).map((k) => (
          <span key={k}>
            {t(`returns.counts.${k}`)}: <strong>{format.number(summary[k])}</strong>
          </span>
        ))}
      </Space>
      {summary.skipped.length > 0 ? (
        <span>{t('returns.skipped', { members: summary.skipped.join(', ') })}</span>
      ) : null}
    </Space>
  );
}
