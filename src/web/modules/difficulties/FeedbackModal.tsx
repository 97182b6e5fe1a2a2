import { App, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../shared/FormModal.tsx';
import { useDifficultyAction, type Difficulty } from './difficulties.api.ts';

/**
 * The enterprise's word on the answer: settled (confirm, feedback optional) or not satisfied
 * (reopen, why required) — from its own account, or recorded by staff from a letter or a call.
 */
export function FeedbackModal({
  difficulty: d,
  kind,
  staff,
  onClose,
  onReload,
}: {
  difficulty: Difficulty;
  kind: 'confirm' | 'reopen';
  staff: boolean;
  onClose: () => void;
  onReload: () => Promise<unknown>;
}) {
  const { t } = useTranslation(['difficulties', 'common']);
  const { message } = App.useApp();
  const act = useDifficultyAction(d.id);
  const reopen = kind === 'reopen';
  const who = staff ? 'staff' : 'own';
  return (
    <FormModal<{ feedback?: string }>
      title={t(`difficulties:${kind}.title.${who}`)}
      okText={t(`difficulties:${kind}.ok`)}
      danger={reopen}
      onReload={onReload}
      onClose={(answer) => {
        if (answer) void message.success(t(`difficulties:${kind}.done`));
        onClose();
      }}
      send={(v) =>
        reopen
          ? act.mutateAsync({
              kind: 'reopen',
              body: { version: d.version, feedback: (v.feedback ?? '').trim() },
            })
          : act.mutateAsync({
              kind: 'confirm',
              body: { version: d.version, feedback: v.feedback?.trim() || undefined },
            })
      }
    >
      <Form.Item
        name="feedback"
        label={t(`difficulties:${kind}.feedback`)}
        rules={
          reopen ? [{ required: true, whitespace: true, message: t('common:fieldErrors.required') }] : []
        }
      >
        <Input.TextArea maxLength={5000} autoSize={{ minRows: 3, maxRows: 8 }} />
      </Form.Item>
    </FormModal>
  );
}
