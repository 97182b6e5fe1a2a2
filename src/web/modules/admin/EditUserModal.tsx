import { Alert, Button, Form, Modal } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyApiError } from '../../shared/errors.ts';
import { isVersionConflict } from './admin-errors.ts';
import { useUpdateUser, type User } from './users.api.ts';
import { UserFields } from './UserFields.tsx';

interface Values {
  fullName: string;
  email?: string | null;
  role: User['role'];
}

/**
 * Name, e-mail and role of one user, saved with the version read; when someone else changed
 * the user meanwhile, says so and offers to reload instead of overwriting.
 */
export function EditUserModal({
  user,
  onClose,
  onReload,
}: {
  user: User | null;
  onClose: () => void;
  onReload: () => Promise<unknown>;
}) {
  const { t } = useTranslation(['admin', 'common']);
  const [form] = Form.useForm<Values>();
  const update = useUpdateUser();
  const [problems, setProblems] = useState<string[]>([]);
  const [conflict, setConflict] = useState(false);

  // The user as last read — on opening and after a reload — fills the form.
  useEffect(() => {
    if (user) form.setFieldsValue({ fullName: user.fullName, email: user.email, role: user.role });
    // Only another user or a new version refills it, so a background refetch keeps what is being typed.
  }, [form, user?.id, user?.version]);

  async function submit(values: Values) {
    if (!user) return;
    setProblems([]);
    setConflict(false);
    try {
      await update.mutateAsync({
        id: user.id,
        version: user.version,
        fullName: values.fullName.trim(),
        email: values.email?.trim() ? values.email.trim() : null,
        role: values.role,
      });
      onClose();
    } catch (error) {
      if (isVersionConflict(error)) setConflict(true);
      else setProblems(applyApiError(form, t, error));
    }
  }

  async function reload() {
    await onReload();
    setConflict(false);
  }

  function close() {
    setProblems([]);
    setConflict(false);
    onClose();
  }

  return (
    <Modal
      open={user !== null}
      title={user ? t('admin:users.editTitle', { username: user.username }) : null}
      okText={t('common:actions.save')}
      cancelText={t('common:actions.cancel')}
      confirmLoading={update.isPending}
      okButtonProps={{ disabled: conflict }}
      onOk={() => form.submit()}
      onCancel={close}
      destroyOnHidden
    >
      {conflict ? (
        <Alert
          type="warning"
          showIcon
          role="alert"
          style={{ marginBottom: 16 }}
          title={t('common:errors.VERSION_CONFLICT')}
          action={
            <Button size="small" onClick={() => void reload()}>
              {t('common:actions.reload')}
            </Button>
          }
        />
      ) : null}
      {problems.length > 0 ? (
        <Alert type="error" showIcon style={{ marginBottom: 16 }} title={problems.join(' ')} />
      ) : null}
      {user ? (
        <Form<Values>
          form={form}
          layout="vertical"
          initialValues={{ fullName: user.fullName, email: user.email, role: user.role }}
          onFinish={(values) => void submit(values)}
        >
          <UserFields />
        </Form>
      ) : null}
    </Modal>
  );
}
