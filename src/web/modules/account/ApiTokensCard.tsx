import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Form, Input, Modal, Popconfirm, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyApiError } from '../../shared/errors.ts';
import { useFormat } from '../../shared/format.ts';
import { accountErrorMessage } from './account-errors.ts';
import { useApiTokens, useCreateToken, useRevokeToken, type ApiToken } from './account.api.ts';
import { TokenSecretModal } from './TokenSecretModal.tsx';

/** The expiries offered (days); 0 = never. The API takes 1–3650 days or none. */
const EXPIRIES = [30, 90, 180, 365, 0] as const;

interface Values {
  name: string;
  expiresInDays: (typeof EXPIRIES)[number];
}

/** My API tokens: the list (never a secret), creating one (its secret shown once), revoking. */
export function ApiTokensCard() {
  const { t } = useTranslation(['account', 'common']);
  const format = useFormat();
  const { message } = App.useApp();
  const tokens = useApiTokens();
  const create = useCreateToken();
  const revoke = useRevokeToken();
  const [form] = Form.useForm<Values>();
  const [creating, setCreating] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [secret, setSecret] = useState<{ name: string; secret: string } | null>(null);

  async function submit(values: Values) {
    setProblems([]);
    try {
      const created = await create.mutateAsync({
        name: values.name.trim(),
        ...(values.expiresInDays ? { expiresInDays: values.expiresInDays } : {}),
      });
      form.resetFields();
      setCreating(false);
      setSecret({ name: created.token.name, secret: created.secret });
    } catch (error) {
      setProblems(applyApiError(form, t, error));
    }
  }

  function cancel() {
    form.resetFields();
    setProblems([]);
    setCreating(false);
  }

  async function revokeToken(token: ApiToken) {
    setFailure(null);
    try {
      await revoke.mutateAsync(token.id);
      void message.success(t('account:tokens.revoked', { name: token.name }));
    } catch (error) {
      setFailure(accountErrorMessage(t, error));
    }
  }

  return (
    <Card
      title={t('account:tokens.title')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          {t('account:tokens.create')}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{t('account:tokens.intro')}</Typography.Paragraph>
      {failure || tokens.error ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          style={{ marginBottom: 16 }}
          title={failure ?? accountErrorMessage(t, tokens.error)}
          closable={failure ? { onClose: () => setFailure(null) } : false}
        />
      ) : null}
      <Table<ApiToken>
        rowKey="id"
        size="small"
        loading={tokens.isPending}
        dataSource={tokens.data?.items}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('account:tokens.empty') }}
        columns={[
          { title: t('account:tokens.name'), dataIndex: 'name' },
          {
            title: t('account:tokens.prefix'),
            dataIndex: 'prefix',
            responsive: ['lg'],
            render: (prefix: string) => <Typography.Text code>{prefix}…</Typography.Text>,
          },
          {
            title: t('account:tokens.createdAt'),
            dataIndex: 'createdAt',
            responsive: ['sm'],
            render: (at: string) => format.dateTime(at),
          },
          {
            title: t('account:tokens.lastUsedAt'),
            dataIndex: 'lastUsedAt',
            render: (at: string | null) => (at ? format.dateTime(at) : t('account:tokens.notUsed')),
          },
          {
            title: t('account:tokens.expiresAt'),
            dataIndex: 'expiresAt',
            responsive: ['sm'],
            render: (at: string | null) => (at ? format.date(at) : t('account:tokens.never')),
          },
          {
            title: t('account:tokens.actions'),
            key: 'actions',
            render: (_: unknown, token) => (
              <Popconfirm
                title={t('account:tokens.revokeConfirm', { name: token.name })}
                okText={t('common:actions.confirm')}
                cancelText={t('common:actions.cancel')}
                onConfirm={() => revokeToken(token)}
              >
                <Button size="small" danger>
                  {t('account:tokens.revoke')}
                </Button>
              </Popconfirm>
            ),
          },
        ]}
      />
      <Modal
        open={creating}
        title={t('account:tokens.createTitle')}
        okText={t('account:tokens.createSubmit')}
        cancelText={t('common:actions.cancel')}
        confirmLoading={create.isPending}
        onOk={() => form.submit()}
        onCancel={cancel}
        destroyOnHidden
      >
        <Form<Values>
          form={form}
          layout="vertical"
          initialValues={{ expiresInDays: 90 }}
          onFinish={(values) => void submit(values)}
        >
          {problems.length > 0 ? (
            <Alert type="error" showIcon style={{ marginBottom: 16 }} title={problems.join(' ')} />
          ) : null}
          <Form.Item
            label={t('account:tokens.name')}
            name="name"
            extra={t('account:tokens.nameHint')}
            rules={[
              { required: true, whitespace: true, max: 100, message: t('common:fieldErrors.required') },
            ]}
          >
            <Input autoComplete="off" maxLength={100} />
          </Form.Item>
          <Form.Item label={t('account:tokens.expiry')} name="expiresInDays">
            <Select
              options={EXPIRIES.map((days) => ({
                value: days,
                label: days ? t('account:tokens.expiryDays', { count: days }) : t('account:tokens.never'),
              }))}
            />
          </Form.Item>
        </Form>
      </Modal>
      <TokenSecretModal value={secret} onClose={() => setSecret(null)} />
    </Card>
  );
}
