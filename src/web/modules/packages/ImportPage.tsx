import { InboxOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Checkbox, Progress, Result, Space, Spin, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/session.tsx';
import { ApiError } from '../../shared/api.ts';
import { errorMessage } from '../../shared/errors.ts';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { readJsonFile, uploadPackage, type ImportSummary, type PackageProblem } from './import.api.ts';
import { ExportPackageCard } from './ExportPackageCard.tsx';
import { ImportErrors } from './ImportErrors.tsx';
import { ImportResult } from './ImportResult.tsx';

type Phase = { step: 'idle' } | { step: 'uploading'; percent: number } | { step: 'processing' };
type Outcome =
  | { kind: 'summary'; summary: ImportSummary; fileName: string }
  | { kind: 'invalid'; problems: PackageProblem[] }
  | { kind: 'error'; message: string };

/** Nhập gói dữ liệu: upload a data package v1, optionally only checked; every problem listed. */
export function Component() {
  const { t } = useTranslation(['packages', 'common']);
  const queryClient = useQueryClient();
  const allowed = useCan('records.write');
  const [file, setFile] = useState<{ name: string; json: string } | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [dryRun, setDryRun] = useState(false);
  const [phase, setPhase] = useState<Phase>({ step: 'idle' });
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const busy = phase.step !== 'idle';

  if (!allowed)
    return (
      <Result status="403" title={t('packages:forbidden.title')} subTitle={t('packages:forbidden.text')} />
    );

  async function choose(chosen: File) {
    setOutcome(null);
    setFile(null);
    setFileProblem(null);
    const read = await readJsonFile(chosen);
    if ('json' in read) setFile({ name: chosen.name, json: read.json });
    else
      setFileProblem(
        t(`packages:file.${read.problem}`, { file: chosen.name, line: read.line, column: read.column }),
      );
  }

  async function send() {
    if (!file) return;
    setOutcome(null);
    setPhase({ step: 'uploading', percent: 0 });
    let next: Outcome;
    try {
      const summary = await uploadPackage(file.json, {
        dryRun,
        onProgress: (percent) => setPhase({ step: 'uploading', percent }),
        onUploaded: () => setPhase({ step: 'processing' }),
      });
      next = { kind: 'summary', summary, fileName: file.name };
    } catch (error) {
      next =
        error instanceof ApiError && error.code === 'PACKAGE_INVALID'
          ? { kind: 'invalid', problems: error.details as PackageProblem[] }
          : { kind: 'error', message: errorMessage(t, error) };
    }
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
            <div role="status">
              <Space>
                <Spin size="small" />
                <Typography.Text>
                  {dryRun ? t('packages:progress.checking') : t('packages:progress.processing')}
                </Typography.Text>
              </Space>
              <Progress percent={100} status="active" showInfo={false} />
            </div>
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
