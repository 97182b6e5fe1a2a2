import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { USER_ROLES } from './users.api.ts';

/** A user's name, email and role, as creating and editing a user both ask for them. */
export function UserFields() {
  const { t } = useTranslation(['admin', 'common']);
  return (
    <>
      <Form.Item
        label={t('admin:users.fullName')}
        name="fullName"
        rules={[{ required: true, min: 2, message: t('common:fieldErrors.required') }]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item
        label={t('admin:users.email')}
        name="email"
        rules={[{ type: 'email', message: t('admin:users.emailInvalid') }]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item label={t('admin:users.role')} name="role" rules={[{ required: true }]}>
        <Select
          options={USER_ROLES.map((role) => ({
            value: role,
            label: `${t(`common:roles.${role}`)} — ${t(`admin:roleHints.${role}`)}`,
          }))}
        />
      </Form.Item>
    </>
  );
}
