import { useMutation } from '@tanstack/react-query';
import { Alert, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api.ts';
import { applyApiError } from '../../shared/errors.ts';
import { useAfterEnterpriseWrite, type Enterprise } from './enterprises.api.ts';

/** Tạo tài khoản doanh nghiệp: the enterprise's own account, its password generated and shown once. */
export function EnterpriseAccountModal({
  enterprise,
  onClose,
}: {
  enterprise: Pick<Enterprise, 'id' | 'name' | 'taxCode'>;
  onClose: (created?: { username: string; password: string }) => void;
}) {
  const { t } = useTranslation(['statistics', 'common']);
  const [form] = Form.useForm<{ username: string; fullName: string }>();
  const [problems, setProblems] = useState<string[]>([]);
  const afterWrite = useAfterEnterpriseWrite();
  const create = useMutation({
    mutationFn: (values: { username: string; fullName: string }) =>
      api.post('/enterprises/{id}/accounts', {
        path: { id: enterprise.id },
        body: { username: values.username.trim(), fullName: values.fullName.trim() },
      }),
    onSuccess: (answer) => {
      void afterWrite();
      onClose({ username: answer.user.username, password: answer.password });
    },
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
          extra={t('enterprises.usernameHint')}
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
