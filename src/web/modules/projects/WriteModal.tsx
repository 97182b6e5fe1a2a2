import { useMutation } from '@tanstack/react-query';
import { App, Form, Modal, type FormInstance } from 'antd';
import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { WriteProblems } from '../../shared/WriteProblems.tsx';
import { isVersionConflict, placeApiError } from './form-helpers.ts';
import { useAfterProjectWrite, type ProjectDetail } from './projects.api.ts';

/**
 * A modal form that changes a project: sends it, puts the API's problems on its fields, and on
 * success hands the updated project to every page showing it. A version conflict is never
 * overwritten: the user reloads and edits again.
 */
export function WriteModal<V extends object>({
  title,
  okText,
  form,
  initialValues,
  submit,
  onClose,
  done,
  confirm,
  danger = false,
  onReload,
  renamePaths,
  extra,
  children,
}: {
  title: string;
  okText: string;
  form: FormInstance<V>;
  initialValues?: Partial<V>;
  submit: (values: V) => Promise<ProjectDetail>;
  onClose: () => void;
  /** Message after success. */
  done: string;
  /** Asks this question before sending. */
  confirm?: { title: string; content: string; okText: string };
  danger?: boolean;
  /** Fetches the record again after a version conflict and refills the form. */
  onReload?: () => Promise<void>;
  /** API problem paths the form shows under another name ("query.reason" → "reason"). */
  renamePaths?: Record<string, string>;
  /** Shown above the form (what a deletion does). */
  extra?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslation(['projects', 'common']);
  const { message, modal } = App.useApp();
  const afterWrite = useAfterProjectWrite();
  const [problems, setProblems] = useState<string[]>([]);
  const [conflict, setConflict] = useState(false);
  const write = useMutation({
    mutationFn: submit,
    onSuccess: async (project) => {
      await afterWrite(project);
      // Accepted, with something to look at (implemented capital above the registered capital).
      const warnings =
        'warnings' in project ? (project.warnings as { reason: string; message: string }[]) : [];
      if (warnings.length > 0)
        modal.warning({
          title: done,
          content: warnings.map((w) => (
            <div key={w.reason}>{t(`common:fieldErrors.${w.reason}`, { defaultValue: w.message })}</div>
          )),
        });
      else void message.success(done);
      onClose();
    },
    onError: (error) => {
      if (isVersionConflict(error)) {
        setConflict(true);
        setProblems([]);
      } else setProblems(placeApiError(form, t, error, renamePaths));
    },
  });

  // One question at a time: a second press while it is asked (a double click) asks nothing more.
  const asking = useRef(false);
  function send(values: V) {
    setProblems([]);
    if (!confirm) return write.mutate(values);
    if (asking.current) return;
    asking.current = true;
    modal.confirm({
      title: confirm.title,
      content: confirm.content,
      okText: confirm.okText,
      okButtonProps: { danger: true },
      cancelText: t('common:actions.cancel'),
      onOk: () => write.mutate(values),
      afterClose: () => (asking.current = false),
    });
  }

  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      width={720}
      okText={okText}
      cancelText={t('common:actions.cancel')}
      okButtonProps={{ danger, loading: write.isPending, disabled: conflict }}
      onOk={() => form.submit()}
      mask={{ closable: false }}
    >
      <WriteProblems
        conflict={conflict}
        onReload={onReload ? () => void onReload().then(() => setConflict(false)) : undefined}
        problems={problems}
      />
      {extra}
      <Form<V> form={form} layout="vertical" initialValues={initialValues} onFinish={send}>
        {children}
      </Form>
    </Modal>
  );
}
