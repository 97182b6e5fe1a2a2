import { Alert, Button, Card, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session.tsx';
import { applyApiError } from '../../shared/errors.ts';
import { useChangePassword } from './account.api.ts';

/** The server's shortest password (users/password-policy.ts); it judges the rest. */
const MIN_PASSWORD_LENGTH = 10;

interface Values {
  currentPassword: string;
  newPassword: string;
  repeatPassword: string;
}

/**
 * Changes my own password. How guessable a password is the server judges (against common
 * passwords, patterns and my own details); its advice lands on the field. On success the server
 * has ended my other sessions and revoked my API tokens, and the page says so.
 */
export function ChangePasswordCard() {
  const { t } = useTranslation(['account', 'common']);
  const me = useSession();
  const [form] = Form.useForm<Values>();
  const change = useChangePassword();
  const [problems, setProblems] = useState<string[]>([]);
  const [done, setDone] = useState(false);

  async function submit(values: Values) {
    setProblems([]);
    setDone(false);
    try {
      await change.mutateAsync({
        currentPassword: values.currentPassword,
        newPassword: values.newPassword,
      });
      form.resetFields();
      setDone(true);
    } catch (error) {
      setProblems(applyApiError(form, t, error));
    }
  }

  return (
    <Card title={t('account:password.title')}>
      {done ? (
        <Alert
          type="success"
          showIcon
          role="status"
          closable={{ onClose: () => setDone(false) }}
          style={{ marginBottom: 16 }}
          title={t('account:password.done')}
          description={t('account:password.doneDetail')}
        />
      ) : null}
      {problems.length > 0 ? (
        <Alert type="error" showIcon role="alert" style={{ marginBottom: 16 }} title={problems.join(' ')} />
      ) : null}
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={(values) => void submit(values)}
        onValuesChange={() => setDone(false)}
      >
        {/* The username, unseen, lets a password manager file the new password under this account. */}
        <input type="text" name="username" autoComplete="username" value={me.username} readOnly hidden />
        <Form.Item
          label={t('account:password.current')}
          name="currentPassword"
          rules={[{ required: true, message: t('common:fieldErrors.required') }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          label={t('account:password.new')}
          name="newPassword"
          extra={t('account:password.hint')}
          dependencies={['currentPassword']}
          rules={[
            { required: true, message: t('common:fieldErrors.required') },
            { min: MIN_PASSWORD_LENGTH, message: t('account:password.tooShort') },
            ({ getFieldValue }) => ({
              validator: (_, value?: string) =>
                value && value === getFieldValue('currentPassword')
                  ? Promise.reject(new Error(t('account:password.sameAsCurrent')))
                  : Promise.resolve(),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          label={t('account:password.repeat')}
          name="repeatPassword"
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('common:fieldErrors.required') },
            ({ getFieldValue }) => ({
              validator: (_, value?: string) =>
                !value || value === getFieldValue('newPassword')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('account:password.mismatch'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={change.isPending}>
          {t('account:password.submit')}
        </Button>
      </Form>
    </Card>
  );
}
