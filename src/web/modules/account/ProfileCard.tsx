import { EditOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Form, Input, Modal, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session.tsx';
import { applyApiError } from '../../shared/errors.ts';
import { useUpdateProfile } from './account.api.ts';

/** Who I am: name, e-mail, username, role, and the board (or boards) I work with. */
export function ProfileCard() {
  const { t } = useTranslation(['account', 'common']);
  const me = useSession();
  const [editing, setEditing] = useState(false);
  const boards =
    me.board?.name ??
    (me.visibleBoards.length === 1
      ? me.visibleBoards[0]!.name
      : t('account:profile.allBoards', { count: me.visibleBoards.length }));
  return (
    <Card
      title={t('account:profile.title')}
      extra={
        <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(true)}>
          {t('account:profile.edit')}
        </Button>
      }
    >
      <Descriptions column={1} size="small" colon={false} styles={{ label: { width: 140 } }}>
        <Descriptions.Item label={t('account:profile.fullName')}>
          <Typography.Text strong data-testid="account-full-name">
            {me.fullName}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('account:profile.email')}>
          {me.email ? (
            <span data-testid="account-email">{me.email}</span>
          ) : (
            <Typography.Text type="secondary">{t('account:profile.noEmail')}</Typography.Text>
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('account:profile.username')}>
          <Typography.Text code>{me.username}</Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('account:profile.role')}>
          <Tag>{t(`common:roles.${me.role}`)}</Tag>
        </Descriptions.Item>
        {/* An enterprise account files its own enterprise's reports: no scope to explain. */}
        {me.role === 'enterprise' ? null : (
          <Descriptions.Item label={t('account:profile.scope')}>
            <div>
              {t(`common:scopes.${me.scope}`)}
              <br />
              <Typography.Text type="secondary">{t(`account:profile.scopeHint.${me.scope}`)}</Typography.Text>
            </div>
          </Descriptions.Item>
        )}
        <Descriptions.Item
          label={t(me.scope === 'board' ? 'account:profile.board' : 'account:profile.boards')}
        >
          {boards}
        </Descriptions.Item>
      </Descriptions>
      {editing ? <EditProfileModal onClose={() => setEditing(false)} /> : null}
    </Card>
  );
}

interface Values {
  fullName: string;
  email?: string;
}

/** Sửa thông tin: my name and the address reminders and notices go to. */
function EditProfileModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation(['account', 'common']);
  const { message } = App.useApp();
  const me = useSession();
  const [form] = Form.useForm<Values>();
  const update = useUpdateProfile();
  const [problems, setProblems] = useState<string[]>([]);

  async function submit(values: Values) {
    setProblems([]);
    try {
      await update.mutateAsync({
        version: me.version,
        fullName: values.fullName.trim(),
        email: values.email?.trim() ? values.email.trim() : null,
      });
      void message.success(t('account:profile.saved'));
      onClose();
    } catch (error) {
      setProblems(applyApiError(form, t, error));
    }
  }

  return (
    <Modal
      open
      title={t('account:profile.editTitle')}
      okText={t('common:actions.save')}
      cancelText={t('common:actions.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      okButtonProps={{ loading: update.isPending }}
      mask={{ closable: false }}
    >
      {problems.length > 0 ? (
        <Alert type="error" showIcon role="alert" style={{ marginBottom: 16 }} title={problems.join(' ')} />
      ) : null}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ fullName: me.fullName, email: me.email ?? '' }}
        onFinish={(values) => void submit(values)}
      >
        <Form.Item
          name="fullName"
          label={t('account:profile.fullName')}
          rules={[
            { required: true, whitespace: true, message: t('common:fieldErrors.required') },
            { min: 2, message: t('account:profile.nameTooShort') },
          ]}
        >
          <Input maxLength={200} autoComplete="name" />
        </Form.Item>
        <Form.Item
          name="email"
          label={t('account:profile.email')}
          extra={t('account:profile.emailHint')}
          rules={[{ type: 'email', message: t('account:profile.emailInvalid') }]}
        >
          <Input maxLength={254} type="email" autoComplete="email" inputMode="email" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
