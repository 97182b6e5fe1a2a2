import { useMutation } from '@tanstack/react-query';
import { App, Form, Modal, type FormInstance } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { WriteProblems } from '../../shared/WriteProblems.tsx';
import { ApiError } from '../../shared/api.ts';
import { applyApiError } from '../../shared/errors.ts';
import { useRefreshSettings } from './settings.api.ts';

/**
 * A modal form that changes a setting: sends it, puts the API's problems on its fields, and on
 * success reads the settings (and their history) again. A version conflict is never overwritten:
 * the user reloads the latest values and edits again.
 */
export function EditModal<V extends object>({
  title,
  okText,
  form,
  initialValues,
  submit,
  onClose,
  done,
  children,
}: {
  title: string;
  okText: string;
  form: FormInstance<V>;
  initialValues?: Partial<V>;
  submit: (values: V) => Promise<unknown>;
  onClose: () => void;
  /** Message after success. */
  done: string;
  children: ReactNode;
}) {
  const { t } = useTranslation(['settings', 'common']);
  const { message } = App.useApp();
  const refresh = useRefreshSettings();
  const [problems, setProblems] = useState<string[]>([]);
  const [conflict, setConflict] = useState(false);
  const write = useMutation({
    mutationFn: submit,
    onSuccess: async () => {
      void message.success(done);
      onClose();
      await refresh();
    },
    onError: (error) => {
      if (error instanceof ApiError && error.code === 'VERSION_CONFLICT') {
        setConflict(true);
        setProblems([]);
      } else setProblems(applyApiError(form, t, error));
    },
  });

  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      width={640}
      okText={okText}
      cancelText={t('common:actions.cancel')}
      okButtonProps={{ loading: write.isPending, disabled: conflict }}
      onOk={() => form.submit()}
      mask={{ closable: false }}
    >
      <WriteProblems
        conflict={conflict}
        onReload={() => {
          onClose();
          void refresh();
        }}
        problems={problems}
      />
      <Form<V>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={(values) => {
          setProblems([]);
          write.mutate(values);
        }}
      >
        {children}
      </Form>
    </Modal>
  );
}
