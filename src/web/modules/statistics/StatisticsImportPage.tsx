import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Col,
  Progress,
  Result,
  Row,
  Space,
  Spin,
  Statistic,
  Table,
  Typography,
  Upload,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BoardPicker, useBoardChoice } from '../../app/board-choice.tsx';
import { useCan } from '../../app/session.tsx';
import { ApiError, queryString } from '../../shared/api.ts';
import { errorMessage } from '../../shared/errors.ts';
import { useListParams } from '../../shared/list-params.ts';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { PeriodSelect } from './PeriodSelect.tsx';
import { uploadWorkbook, type ExcelImportSummary, type ExcelProblem } from './statistics-import.api.ts';

type Phase = { step: 'idle' } | { step: 'uploading'; percent: number } | { step: 'processing' };
type Outcome =
  | { kind: 'summary'; summary: ExcelImportSummary }
  | { kind: 'invalid'; problems: ExcelProblem[] }
  | { kind: 'error'; message: string };

/** Nhập báo cáo từ Excel: the period's template, the upload with progress, every refused row. */
export function Component() {
  const { t } = useTranslation(['statistics', 'common']);
  const queryClient = useQueryClient();
  const allowed = useCan('records.write');
  const params = useListParams(['period'] as const);
  const board = useBoardChoice();
  const boardId = board.boardId;
  const period = typeof params.values.period === 'string' ? params.values.period : undefined;
  const ready = !!period && !!boardId;
  const [file, setFile] = useState<File | null>(null);
  const [dryRun, setDryRun] = useState(false);
  const [phase, setPhase] = useState<Phase>({ step: 'idle' });
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const busy = phase.step !== 'idle';

  if (!allowed) return <Result status="403" title={t('import.forbidden')} />;

  async function send() {
    if (!file || !period || !ready) return;
    setOutcome(null);
    setPhase({ step: 'uploading', percent: 0 });
    let next: Outcome;
    try {
      const summary = await uploadWorkbook(file, {
        period,
        boardId,
        dryRun,
        onProgress: (percent) => setPhase({ step: 'uploading', percent }),
        onUploaded: () => setPhase({ step: 'processing' }),
      });
      next = { kind: 'summary', summary };
    } catch (error) {
      next =
        error instanceof ApiError && error.details.length > 0 && error.status < 500
          ? { kind: 'invalid', problems: error.details as ExcelProblem[] }
          : { kind: 'error', message: errorMessage(t, error) };
    }
    setPhase({ step: 'idle' });
    setOutcome(next);
    if (next.kind === 'summary' && !next.summary.dryRun) void queryClient.invalidateQueries();
  }

  const link = (path: string) => `/api/v1/statistics/excel/${path}${queryString({ period, boardId })}`;

  return (
    <>
      <PageTitle
        title={t('import.title')}
        subtitle={t('import.subtitle')}
        extra={
          <Space wrap>
            <BoardPicker choice={board} />
            <PeriodSelect value={period} boardId={boardId} onChange={(p) => params.update({ period: p })} />
          </Space>
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Space wrap>
            <Button
              icon={<DownloadOutlined />}
              href={period ? link('template') : undefined}
              disabled={!period}
            >
              {t('import.template')}
            </Button>
            <Button icon={<DownloadOutlined />} href={ready ? link('export') : undefined} disabled={!ready}>
              {t('import.export')}
            </Button>
          </Space>
          <Upload.Dragger
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            multiple={false}
            maxCount={1}
            disabled={busy}
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
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{t('import.upload')}</p>
            <p className="ant-upload-hint">{t('import.uploadHint')}</p>
          </Upload.Dragger>
          <Checkbox checked={dryRun} disabled={busy} onChange={(e) => setDryRun(e.target.checked)}>
            {t('import.dryRun')}
          </Checkbox>
          <Button
            type="primary"
            disabled={!file || !ready || busy}
            loading={busy}
            onClick={() => void send()}
          >
            {dryRun ? t('import.submitDry') : t('import.submit')}
          </Button>
          {phase.step === 'uploading' ? (
            <div>
              <Typography.Text>{t('import.uploading')}</Typography.Text>
              <Progress percent={phase.percent} status="active" aria-label={t('import.uploading')} />
            </div>
          ) : null}
          {phase.step === 'processing' ? (
            <div role="status">
              <Space>
                <Spin size="small" />
                <Typography.Text>{t('import.processing')}</Typography.Text>
              </Space>
              <Progress percent={100} status="active" showInfo={false} />
            </div>
          ) : null}
        </Space>
      </Card>
      {outcome?.kind === 'summary' ? (
        <Card
          title={outcome.summary.dryRun ? t('import.doneDry') : t('import.done')}
          data-testid="excel-import-result"
        >
          <Row gutter={16}>
            {(['added', 'changed', 'unchanged', 'skipped'] as const).map((key) => (
              <Col span={6} key={key}>
                <Statistic title={t(`import.${key}`)} value={outcome.summary[key]} />
              </Col>
            ))}
          </Row>
        </Card>
      ) : null}
      {outcome?.kind === 'invalid' ? (
        <Card>
          <Alert
            type="error"
            showIcon
            role="alert"
            title={t('import.refused', { count: outcome.problems.length })}
            style={{ marginBottom: 12 }}
          />
          <Table<ExcelProblem & { key: number }>
            size="small"
            rowKey="key"
            dataSource={outcome.problems.map((p, key) => ({ ...p, key }))}
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            columns={[
              {
                title: t('import.row'),
                dataIndex: 'row',
                render: (v: number | null | undefined) => v ?? '—',
              },
              {
                title: t('fields.taxCode'),
                dataIndex: 'taxCode',
                render: (v: string | null | undefined) => v ?? '—',
              },
              {
                title: t('import.column'),
                dataIndex: 'column',
                render: (v: string | null | undefined) => v ?? '—',
              },
              { title: t('import.reason'), dataIndex: 'message' },
            ]}
          />
        </Card>
      ) : null}
      {outcome?.kind === 'error' ? (
        <Alert type="error" showIcon role="alert" title={outcome.message} />
      ) : null}
    </>
  );
}
