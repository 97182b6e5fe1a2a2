import { Alert, Button, Form, Input, Result, Select, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { applyApiError } from '../../shared/errors.ts';
import { WriteProblems } from '../../shared/WriteProblems.tsx';
import { submitPublicDossier, usePublicProcedures } from './portal.api.ts';
import { ProcedureDetails } from './ProcedureDetails.tsx';
import { PublicFrame } from './PublicFrame.tsx';

/** The board whose form this is when the address names none (the demo's, Thái Bình). */
export const DEFAULT_BOARD_CODE = 'TB';

interface Values {
  boardCode: string;
  procedureCode: string;
  applicant: { name: string; email: string; phone?: string; address?: string };
  summary: string;
  website: string;
}

const blank = (value: string | undefined) => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
};

/**
 * Nộp hồ sơ trực tuyến (`/nop-ho-so?board=TB`), no sign-in: the board's procedures in force (each
 * with its documents, time limit and fee), the applicant and what is requested. The server mails
 * a confirmation link; the dossier reaches the board once it is opened. `website` is a honeypot
 * (hidden from people and from screen readers; a robot fills it), `startedAt` when the form opened.
 */
export function Component() {
  const { t } = useTranslation(['dossierPortal', 'common']);
  const [params, setParams] = useSearchParams();
  const [form] = Form.useForm<Values>();
  const startedAt = useRef(Date.now());
  const boardCode = (params.get('board') ?? DEFAULT_BOARD_CODE).trim().toUpperCase();
  const procedures = usePublicProcedures(boardCode || undefined);
  const procedureCode = Form.useWatch('procedureCode', form);
  const chosen = procedures.data?.items.find((p) => p.code === procedureCode);
  const [problems, setProblems] = useState<string[]>([]);
  const [sending, setSending] = useState(false);
  const [sent, setSent] = useState<{ code: string; email: string; mailed: boolean; message: string } | null>(
    null,
  );

  async function send(values: Values) {
    setSending(true);
    setProblems([]);
    try {
      const answer = await submitPublicDossier({
        boardCode,
        procedureCode: values.procedureCode,
        applicant: {
          name: values.applicant.name.trim(),
          email: values.applicant.email.trim(),
          ...(blank(values.applicant.phone) ? { phone: blank(values.applicant.phone) } : {}),
          ...(blank(values.applicant.address) ? { address: blank(values.applicant.address) } : {}),
        },
        summary: values.summary.trim(),
        website: values.website ?? '',
        startedAt: startedAt.current,
      });
      setSent({
        code: answer.code,
        email: values.applicant.email.trim(),
        mailed: answer.confirmationSent,
        message: answer.message,
      });
    } catch (caught) {
      setProblems(applyApiError(form, t, caught));
    } finally {
      setSending(false);
    }
  }

  if (sent)
    return (
      <PublicFrame title={t('submit.title')}>
        <Result
          status="success"
          title={t('submit.doneTitle', { code: sent.code })}
          subTitle={sent.mailed ? t('submit.doneText', { email: sent.email }) : t('submit.notMailed')}
          extra={
            <Button
              onClick={() => {
                form.resetFields();
                startedAt.current = Date.now();
                setSent(null);
              }}
            >
              {t('submit.another')}
            </Button>
          }
        />
      </PublicFrame>
    );

  return (
    <PublicFrame title={t('submit.title')} subtitle={t('submit.subtitle')}>
      <WriteProblems conflict={false} problems={problems} />
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(values) => void send(values)}
        initialValues={{ boardCode, website: '' }}
        scrollToFirstError
      >
        <Form.Item
          label={t('submit.board')}
          name="boardCode"
          extra={procedures.data ? procedures.data.board.name : t('submit.boardHelp')}
          rules={[{ required: true, whitespace: true, message: t('submit.boardRequired') }]}
        >
          <Input
            maxLength={20}
            style={{ maxWidth: 200 }}
            onBlur={(event) => {
              const next = event.target.value.trim().toUpperCase();
              if (next && next !== boardCode) {
                form.resetFields(['procedureCode']);
                form.setFieldsValue({ boardCode: next });
                setParams({ board: next }, { replace: true });
              }
            }}
          />
        </Form.Item>
        {procedures.error ? (
          <Alert type="error" showIcon style={{ marginBottom: 16 }} title={t('submit.proceduresFailed')} />
        ) : null}
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
        {chosen ? (
          <>
            {chosen.onlineLevel === 'none' ? (
              <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('submit.notOnline')} />
            ) : null}
            <ProcedureDetails procedure={chosen} />
          </>
        ) : null}
        <Typography.Title level={3} style={{ fontSize: 18 }}>
          {t('submit.applicant')}
        </Typography.Title>
        <Form.Item
          label={t('submit.name')}
          name={['applicant', 'name']}
          rules={[{ required: true, whitespace: true, message: t('submit.nameRequired') }]}
        >
          <Input maxLength={300} autoComplete="organization" />
        </Form.Item>
        <Form.Item
          label={t('submit.email')}
          name={['applicant', 'email']}
          rules={[
            { required: true, whitespace: true, message: t('submit.emailRequired') },
            { type: 'email', message: t('submit.emailInvalid') },
          ]}
        >
          <Input type="email" maxLength={254} autoComplete="email" />
        </Form.Item>
        <Form.Item label={t('submit.phone')} name={['applicant', 'phone']}>
          <Input type="tel" maxLength={30} autoComplete="tel" />
        </Form.Item>
        <Form.Item label={t('submit.address')} name={['applicant', 'address']}>
          <Input maxLength={500} autoComplete="street-address" />
        </Form.Item>
        <Form.Item
          label={t('submit.summary')}
          name="summary"
          rules={[{ required: true, whitespace: true, message: t('submit.summaryRequired') }]}
        >
          <Input.TextArea rows={4} maxLength={2000} showCount />
        </Form.Item>
        {/* The honeypot: off-screen, out of the tab order and hidden from assistive technology. */}
        <div
          aria-hidden="true"
          style={{ position: 'absolute', left: -10000, top: 'auto', width: 1, height: 1, overflow: 'hidden' }}
        >
          <label htmlFor="website-field">{t('submit.honeypot')}</label>
          <Form.Item name="website" noStyle>
            <Input id="website-field" tabIndex={-1} autoComplete="off" />
          </Form.Item>
        </div>
        <Button type="primary" htmlType="submit" loading={sending} disabled={chosen?.onlineLevel === 'none'}>
          {t('submit.send')}
        </Button>
      </Form>
    </PublicFrame>
  );
}
