import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Form, Input, Modal, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/session.tsx';
import { api, type Schema } from '../../shared/api.ts';
import { applyApiError, errorMessage } from '../../shared/errors.ts';
import { useFormat } from '../../shared/format.ts';
import { useListParams } from '../../shared/list-params.ts';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { OneTimePasswordModal, type OneTimePassword } from '../admin/index.ts';

type Enterprise = Schema<'Enterprise'>;

/** Doanh nghiệp: the board's enterprises, searched without accents; an account for each to file with. */
export function Component() {
  const { t } = useTranslation(['statistics', 'common']);
  const format = useFormat();
  const canWrite = useCan('records.write');
  const params = useListParams(['q'] as const);
  const q = typeof params.values.q === 'string' ? params.values.q : undefined;
  const enterprises = useQuery({
    queryKey: ['enterprises', { q, page: params.page, pageSize: params.pageSize }],
    queryFn: () => api.get('/enterprises', { query: { q, page: params.page, pageSize: params.pageSize } }),
  });
  const [accountFor, setAccountFor] = useState<Enterprise | null>(null);
  const [password, setPassword] = useState<OneTimePassword | null>(null);

  return (
    <>
      <PageTitle title={t('enterprises.title')} subtitle={t('enterprises.subtitle')} />
      <Input.Search
        allowClear
        placeholder={t('enterprises.searchPlaceholder')}
        aria-label={t('common:actions.search')}
        defaultValue={q}
        onSearch={(value) => params.update({ q: value || undefined })}
        style={{ maxWidth: 420, marginBottom: 16 }}
      />
      {enterprises.error ? (
        <Alert
          type="error"
          showIcon
          title={errorMessage(t, enterprises.error)}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      <Table<Enterprise>
        rowKey="id"
        size="small"
        loading={enterprises.isPending}
        dataSource={enterprises.data?.items}
        scroll={{ x: 'max-content' }}
        pagination={{
          current: params.page,
          pageSize: params.pageSize,
          total: enterprises.data?.total,
          showTotal: (total) => t('common:list.total', { total }),
          onChange: (page, pageSize) => params.update({ page, pageSize }),
        }}
        columns={[
          { title: t('fields.taxCode'), dataIndex: 'taxCode' },
          { title: t('enterprises.name'), dataIndex: 'name' },
          {
            title: t('enterprises.type'),
            dataIndex: 'investmentType',
            render: (v: 'FDI' | 'DDI') => t(`common:investmentTypesShort.${v}`),
          },
          {
            title: t('enterprises.operatingSince'),
            dataIndex: 'operatingSince',
            render: (v: string | null) => format.date(v),
          },
          ...(canWrite
            ? [
                {
                  title: '',
                  align: 'right' as const,
                  render: (_: unknown, row: Enterprise) => (
                    <Button size="small" onClick={() => setAccountFor(row)}>
                      {t('enterprises.createAccount')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      {accountFor ? (
        <AccountModal
          enterprise={accountFor}
          onClose={(created) => {
            setAccountFor(null);
            if (created) setPassword({ ...created, reason: 'created' });
          }}
        />
      ) : null}
      <OneTimePasswordModal value={password} onClose={() => setPassword(null)} />
    </>
  );
}

/** Tạo tài khoản doanh nghiệp: the enterprise's own account, its password generated and shown once. */
function AccountModal({
  enterprise,
  onClose,
}: {
  enterprise: Enterprise;
  onClose: (created?: { username: string; password: string }) => void;
}) {
  const { t } = useTranslation(['statistics', 'common']);
  const [form] = Form.useForm<{ username: string; fullName: string }>();
  const [problems, setProblems] = useState<string[]>([]);
  const create = useMutation({
    mutationFn: (values: { username: string; fullName: string }) =>
      api.post('/enterprises/{id}/accounts', {
        path: { id: enterprise.id },
        body: { username: values.username.trim(), fullName: values.fullName.trim() },
      }),
    onSuccess: (answer) => onClose({ username: answer.user.username, password: answer.password }),
    onError: (error) => setProblems(applyApiError(form, t, error)),
  });
  return (
    <Modal
      open
      title={t('enterprises.accountTitle', { name: enterprise.name })}
      okText={t('enterprises.createAccount')}
      cancelText={t('common:actions.cancel')}
      onOk={() => form.submit()}
      onCancel={() => onClose()}
      okButtonProps={{ loading: create.isPending }}
      mask={{ closable: false }}
    >
      {problems.length > 0 ? (
        <Alert type="error" showIcon style={{ marginBottom: 16 }} title={problems.join(' ')} />
      ) : null}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ username: `dn.${enterprise.taxCode}`, fullName: enterprise.name }}
        onFinish={(values) => create.mutate(values)}
      >
        <Form.Item
          name="username"
          label={t('enterprises.username')}
          rules={[{ required: true, message: t('common:fieldErrors.required') }]}
        >
          <Input maxLength={64} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="fullName"
          label={t('enterprises.fullName')}
          rules={[{ required: true, message: t('common:fieldErrors.required') }]}
        >
          <Input maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
