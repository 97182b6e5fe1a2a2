import { SearchOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, Form, Input, Space, Spin, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ApiError } from '../../shared/api.ts';
import { errorMessage } from '../../shared/errors.ts';
import { useFormat } from '../../shared/format.ts';
import { usePublicDossier, type PublicDossier } from './portal.api.ts';
import { normaliseCode } from './receipt-code.ts';
import { PublicFrame } from './PublicFrame.tsx';
import { DossierStatusTag } from './words.tsx';

/**
 * Tra cứu hồ sơ (`/tra-cuu-ho-so`, `/tra-cuu-ho-so/:code`), no sign-in: a receipt code typed
 * (trimmed, upper case), the dossier's procedure, status, dates and result — what the receipt
 * shows, nothing about the applicant. The code lives in the address, so an answer can be shared.
 */
export function Component() {
  const { t } = useTranslation(['dossierPortal', 'common']);
  const { code: codeParam } = useParams();
  const navigate = useNavigate();
  const [form] = Form.useForm<{ code: string }>();
  const code = codeParam ? normaliseCode(codeParam) : undefined;
  const dossier = usePublicDossier(code);

  useEffect(() => {
    form.setFieldsValue({ code: code ?? '' });
  }, [code, form]);

  function lookUp({ code: typed }: { code: string }) {
    const next = normaliseCode(typed);
    if (next === code) void dossier.refetch();
    else void navigate(`/tra-cuu-ho-so/${encodeURIComponent(next)}`);
  }

  const error = dossier.error;
  return (
    <PublicFrame title={t('lookup.title')} subtitle={t('lookup.subtitle')}>
      <Form form={form} layout="vertical" onFinish={lookUp} requiredMark={false} role="search">
        <Form.Item label={t('lookup.code')} htmlFor="dossier-code" required>
          <Space.Compact style={{ width: '100%' }}>
            <Form.Item
              name="code"
              noStyle
              rules={[{ required: true, whitespace: true, message: t('lookup.codeRequired') }]}
            >
              <Input
                id="dossier-code"
                placeholder={t('lookup.placeholder')}
                autoComplete="off"
                autoCapitalize="characters"
                spellCheck={false}
                maxLength={60}
                autoFocus={!code}
              />
            </Form.Item>
            <Button type="primary" htmlType="submit" icon={<SearchOutlined />} loading={dossier.isFetching}>
              {t('lookup.search')}
            </Button>
          </Space.Compact>
        </Form.Item>
      </Form>
      {!code ? null : dossier.isPending && dossier.isFetching ? (
        <Spin />
      ) : error ? (
        <Alert
          type={error instanceof ApiError && error.status === 404 ? 'info' : 'error'}
          showIcon
          role="alert"
          title={
            error instanceof ApiError && error.status === 404
              ? t('lookup.notFound', { code })
              : error instanceof ApiError && error.status === 429
                ? t('lookup.rateLimited')
                : `${t('lookup.failed')} ${errorMessage(t, error)}`
          }
        />
      ) : dossier.data ? (
        <DossierCard dossier={dossier.data} />
      ) : null}
    </PublicFrame>
  );
}

function DossierCard({ dossier }: { dossier: PublicDossier }) {
  const { t } = useTranslation('dossierPortal');
  const format = useFormat();
  const notYet = <Typography.Text type="secondary">{t('lookup.notYet')}</Typography.Text>;
  return (
    <section aria-label={t('lookup.answer', { code: dossier.code })}>
      <Descriptions
        bordered
        size="small"
        column={1}
        title={t('lookup.answer', { code: dossier.code })}
        styles={{ label: { width: '38%' } }}
        items={[
          {
            key: 'procedure',
            label: t('lookup.procedure'),
            children: (
              <>
                {dossier.procedure.name}
                <br />
                <Typography.Text type="secondary">{dossier.procedure.code}</Typography.Text>
              </>
            ),
          },
          {
            key: 'status',
            label: t('lookup.status'),
            children: <DossierStatusTag status={dossier.status} />,
          },
          {
            key: 'received',
            label: t('lookup.receivedOn'),
            children: dossier.receivedOn ? format.date(dossier.receivedOn) : notYet,
          },
          {
            key: 'due',
            label: t('lookup.dueDate'),
            children: dossier.dueDate ? <strong>{format.date(dossier.dueDate)}</strong> : notYet,
          },
          {
            key: 'result',
            label: t('lookup.result'),
            children: dossier.result ? t(`resultKind.${dossier.result.kind}`) : notYet,
          },
          ...(dossier.result
            ? [{ key: 'resultOn', label: t('lookup.resultOn'), children: format.date(dossier.result.on) }]
            : []),
        ]}
      />
    </section>
  );
}
