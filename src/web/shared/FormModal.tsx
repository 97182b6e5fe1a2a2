import { Form, Modal, type FormInstance } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from './api.ts';
import { applyApiError } from './errors.ts';
import { WriteProblems } from './WriteProblems.tsx';

/**
 * A form in a modal that writes: sends the values, puts the API's problems on their fields (the
 * rest above the form), keeps a version conflict visible, and closes with the answer on success.
 */
export function FormModal<V extends object, R = unknown>({
  title,
  okText,
  danger,
  width,
  hint,
  initialValues,
  send,
  onClose,
  onReload,
  children,
}: {
  title: string;
  okText: string;
  danger?: boolean;
  width?: number;
  hint?: ReactNode;
  initialValues?: Partial<V>;
  send: (values: V) => Promise<R>;
  onClose: (answer?: R) => void;
  onReload?: () => Promise<unknown>;
  children: ReactNode | ((form: FormInstance<V>) => ReactNode);
}) {
  const { t } = useTranslation('common');
  const [form] = Form.useForm<V>();
  const [problems, setProblems] = useState<string[]>([]);
  const [conflict, setConflict] = useState(false);
  const [pending, setPending] = useState(false);

  async function submit(values: V) {
    setProblems([]);
    setConflict(false);
    setPending(true);
    try {
      const answer = await send(values);
      onClose(answer);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'VERSION_CONFLICT') setConflict(true);
      else setProblems(applyApiError(form, t, error));
    } finally {
      setPending(false);
    }
  }

  return (
    <Modal
      open
      title={title}
      okText={okText}
      cancelText={t('actions.cancel')}
      width={width}
      okButtonProps={{ loading: pending, danger }}
      onOk={() => form.submit()}
      onCancel={() => onClose()}
      mask={{ closable: false }}
      destroyOnHidden
    >
      <WriteProblems
        conflict={conflict}
        onReload={onReload ? () => void onReload().then(() => setConflict(false)) : undefined}
        problems={problems}
      />
      {hint ? <div style={{ marginBottom: 16 }}>{hint}</div> : null}
      <Form<V>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={(values) => void submit(values)}
      >
        {typeof children === 'function' ? children(form) : children}
      </Form>
    </Modal>
  );
}
