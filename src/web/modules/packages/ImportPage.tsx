import { InboxOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Checkbox, Progress, Result, Space, Spin, Typography, Upload } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/session.tsx';
import { ApiError } from '../../shared/api.ts';
import { errorMessage } from '../../shared/errors.ts';
import { PageTitle } from '../../shared/PageTitle.tsx';
import {
  importProgress,
  newProgressId,
  readJsonFile,
  uploadPackage,
  type ImportProgress,
  type ImportSummary,
  type PackageProblem,
} from './import.api.ts';
import { ExportPackageCard } from './ExportPackageCard.tsx';
import { ImportErrors } from './ImportErrors.tsx';
import { ImportResult } from './ImportResult.tsx';

type Phase =
  | { step: 'idle' }
  | { step: 'uploading'; percent: number }
  | { step: 'processing'; progress: ImportProgress | null };

/** How often the page asks the server where a running import is. */
const POLL_MS = 1000;
type Outcome =
  | { kind: 'summary'; summary: ImportSummary; fileName: string }
  | { kind: 'invalid'; problems: PackageProblem[] }
  | { kind: 'error'; message: string };

/** Nhập gói dữ liệu: upload a data package v1, optionally only checked; every problem listed. */
export function Component() {
  const { t, i18n } = useTranslation(['packages', 'common']);
  const number = new Intl.NumberFormat(i18n.language);
  const queryClient = useQueryClient();
  const allowed = useCan('records.write');
  const [file, setFile] = useState<{ name: string; body: string | Blob } | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [dryRun, setDryRun] = useState(false);
  const [phase, setPhase] = useState<Phase>({ step: 'idle' });
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const busy = phase.step !== 'idle';
  // The polling of the running import, stopped when its POST answers or the page goes away.
  const polling = useRef<ReturnType<typeof setInterval> | null>(null);
  const stopPolling = () => {
    if (polling.current !== null) clearInterval(polling.current);
    polling.current = null;
  };
  useEffect(() => stopPolling, []);

  if (!allowed)
    return (
      <Result status="403" title={t('packages:forbidden.title')} subTitle={t('packages:forbidden.text')} />
    );

  async function choose(chosen: File) {
    setOutcome(null);
    setFile(null);
    setFileProblem(null);
    const read = await readJsonFile(chosen);
    if ('body' in read) setFile({ name: chosen.name, body: read.body });
    else
      setFileProblem(
        t(`packages:file.${read.problem}`, { file: chosen.name, line: read.line, column: read.column }),
      );
  }

  async function send() {
    if (!file) return;
    setOutcome(null);
    setPhase({ step: 'uploading', percent: 0 });
    const progressId = newProgressId();
    let running = true;
    const poll = () => {
      importProgress(progressId).then(
        (progress) => {
          if (running) setPhase({ step: 'processing', progress });
        },
        // Not known yet (the server is still reading the file) or gone: the next poll tells.
        () => {},
      );
    };
    let next: Outcome;
    try {
      const summary = await uploadPackage(file.body, {
        dryRun,
        progressId,
        onProgress: (percent) => setPhase({ step: 'uploading', percent }),
        onUploaded: () => {
          setPhase({ step: 'processing', progress: null });
          stopPolling();
          polling.current = setInterval(poll, POLL_MS);
        },
      });
      next = { kind: 'summary', summary, fileName: file.name };
    } catch (error) {
      next =
        error instanceof ApiError && error.code === 'PACKAGE_INVALID'
          ? { kind: 'invalid', problems: error.details as PackageProblem[] }
          : { kind: 'error', message: errorMessage(t, error) };
    }
    running = false;
    stopPolling();
    setPhase({ step: 'idle' });
    setOutcome(next);
    // Every list, page and report may show what was written.
    if (next.kind === 'summary' && !next.summary.dryRun) void queryClient.invalidateQueries();
  }

  return (
    <>
      <PageTitle title={t('packages:title')} subtitle={t('packages:subtitle')} />
      <Card style={{ marginBottom: 16 }}>
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Typography.Paragraph style={{ margin: 0 }}>{t('packages:intro')}</Typography.Paragraph>
          <Upload.Dragger
            accept=".json,application/json"
            multiple={false}
            maxCount={1}
            disabled={busy}
            fileList={file ? [{ uid: file.name, name: file.name, status: 'done' }] : []}
            beforeUpload={(chosen) => {
              void choose(chosen);
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
            <p className="ant-upload-text">{t('packages:upload.text')}</p>
            <p className="ant-upload-hint">{t('packages:upload.hint')}</p>
          </Upload.Dragger>
          {fileProblem ? <Alert type="error" showIcon role="alert" title={fileProblem} /> : null}
          <Checkbox checked={dryRun} disabled={busy} onChange={(e) => setDryRun(e.target.checked)}>
            {t('packages:dryRun')}
          </Checkbox>
          <Button type="primary" disabled={!file || busy} loading={busy} onClick={() => void send()}>
            {dryRun ? t('packages:submitDry') : t('packages:submit')}
          </Button>
          {phase.step === 'uploading' ? (
            <div>
              <Typography.Text>{t('packages:progress.uploading')}</Typography.Text>
              <Progress
                percent={phase.percent}
                status="active"
                aria-label={t('packages:progress.uploading')}
              />
            </div>
          ) : null}
          {phase.step === 'processing' ? (
            <ProcessingStatus progress={phase.progress} dryRun={dryRun} format={(n) => number.format(n)} />
          ) : null}
        </Space>
      </Card>
      {outcome?.kind === 'summary' ? (
        <ImportResult summary={outcome.summary} fileName={outcome.fileName} />
      ) : null}
      {outcome?.kind === 'invalid' ? <ImportErrors problems={outcome.problems} /> : null}
      {outcome?.kind === 'error' ? (
        <Alert type="error" showIcon role="alert" title={outcome.message} />
      ) : null}
      <ExportPackageCard />
    </>
  );
}

/** What the server is doing with the package: checking it, then writing kind by kind (counted). */
function ProcessingStatus({
  progress,
  dryRun,
  format,
}: {
  progress: ImportProgress | null;
  dryRun: boolean;
  format: (n: number) => string;
}) {
  const { t } = useTranslation(['packages']);
  const writing = progress?.phase === 'writing' && progress.recordsTotal > 0;
  const label = writing
    ? t('packages:progress.writing', {
        kind: t(`packages:kinds.${progress.kind ?? 'package'}`, {
          defaultValue: t('packages:progress.otherRecords'),
        }),
        done: format(progress.recordsDone),
        total: format(progress.recordsTotal),
      })
    : progress?.phase === 'checking' && progress.recordsTotal > 0
      ? t('packages:progress.checkingRecords', { total: format(progress.recordsTotal) })
      : dryRun
        ? t('packages:progress.checking')
        : t('packages:progress.processing');
  const percent = writing ? Math.floor((progress.recordsDone / progress.recordsTotal) * 100) : 100;
  return (
    <div role="status">
      <Space>
        <Spin size="small" />
        <Typography.Text>{label}</Typography.Text>
      </Space>
      <Progress percent={percent} status="active" showInfo={writing} aria-label={label} />
    </div>
  );
}
