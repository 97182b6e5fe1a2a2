import { UploadOutlined } from '@ant-design/icons';
import { Alert, App as AntApp, Button, Card, Form, Input, Result, Select, Upload } from 'antd';
import type { UploadFile } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSession } from '../../app/session.tsx';
import { applyApiError, errorMessage } from '../../shared/errors.ts';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { WriteProblems } from '../../shared/WriteProblems.tsx';
import {
  submitOwnDossier,
  uploadAttachment,
  useRefreshMyDossiers,
  useSubmittableProcedures,
} from './portal.api.ts';
import { ProcedureDetails } from './ProcedureDetails.tsx';
import { ATTACHMENT_ACCEPT } from './words.tsx';

interface Values {
  procedureCode: string;
  summary: string;
}

/**
 * Nộp hồ sơ trực tuyến (`/my-dossiers/new`) for an enterprise account: a procedure of its board's
 * public catalogue, what it requests, and its documents — uploaded one by one once the dossier
 * exists. Then to the dossier's page.
 */
export function Component() {
  const { t } = useTranslation(['dossierPortal', 'common']);
  const me = useSession();
  const navigate = useNavigate();
  const { message } = AntApp.useApp();
  const refresh = useRefreshMyDossiers();
  const [form] = Form.useForm<Values>();
  const procedures = useSubmittableProcedures();
  const procedureCode = Form.useWatch('procedureCode', form);
  const chosen = procedures.data?.items.find((p) => p.code === procedureCode);
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [problems, setProblems] = useState<string[]>([]);
  const [sending, setSending] = useState(false);

  if (!me.enterpriseId) return <Result status="info" title={t('my.noEnterprise')} />;
  if (!me.board) return <Result status="info" title={t('new.noBoard')} />;

  async function send(values: Values) {
    if (!chosen) return;
    setSending(true);
    setProblems([]);
    try {
      const dossier = await submitOwnDossier({
        procedureId: chosen.id,
        summary: values.summary.trim(),
        applicant: undefined,
      });
      const failures: string[] = [];
      for (const file of files) {
        if (!file.originFileObj) continue;
        try {
          await uploadAttachment(dossier.id, file.originFileObj, 'application');
        } catch (caught) {
          failures.push(t('new.uploadFailed', { file: file.name, reason: errorMessage(t, caught) }));
        }
      }
      await refresh();
      void message.success(t('new.created', { code: dossier.code }));
      for (const failure of failures) void message.error(failure, 10);
      await navigate(`/my-dossiers/${dossier.id}`);
    } catch (caught) {
      setProblems(applyApiError(form, t, caught));
    } finally {
      setSending(false);
    }
  }

  return (
    <>
      <PageTitle title={t('new.title')} subtitle={t('new.subtitle')} />
      <Card style={{ maxWidth: 820 }}>
        <WriteProblems conflict={false} problems={problems} />
        {procedures.error ? (
          <Alert type="error" showIcon style={{ marginBottom: 16 }} title={t('submit.proceduresFailed')} />
        ) : null}
        <Form<Values> form={form} layout="vertical" onFinish={(values) => void send(values)}>
          <Form.Item
            label={t('submit.procedure')}
            name="procedureCode"
            rules={[{ required: true, message: t('submit.procedureRequired') }]}
          >
            <Select
              showSearch
              loading={procedures.isFetching}
              optionFilterProp="label"
              notFoundContent={procedures.isFetching ? undefined : t('submit.noProcedures')}
              options={(procedures.data?.items ?? []).map((p) => ({
                value: p.code,
                label: `${p.code} — ${p.name}`,
                disabled: p.onlineLevel === 'none',
              }))}
            />
          </Form.Item>
          {chosen ? <ProcedureDetails procedure={chosen} /> : null}
          <Form.Item
            label={t('submit.summary')}
            name="summary"
            rules={[{ required: true, whitespace: true, message: t('submit.summaryRequired') }]}
          >
            <Input.TextArea rows={4} maxLength={2000} showCount />
          </Form.Item>
          <Form.Item label={t('new.files')} extra={t('new.filesHelp')}>
            <Upload
              multiple
              accept={ATTACHMENT_ACCEPT}
              fileList={files}
              beforeUpload={() => false}
              onChange={({ fileList }) => setFiles(fileList)}
            >
              <Button icon={<UploadOutlined />}>{t('new.choose')}</Button>
            </Upload>
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={sending}>
            {t('new.send')}
          </Button>
        </Form>
      </Card>
    </>
  );
}
