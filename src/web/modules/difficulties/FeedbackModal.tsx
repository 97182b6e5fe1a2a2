import { App, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { vietnamToday } from '../../../domain/calendar-date.ts';
import { DateField } from '../../shared/DateField.tsx';
import { FormModal } from '../../shared/FormModal.tsx';
import { useDifficultyAction, type Difficulty } from './difficulties.api.ts';

/**
 * The enterprise's word on the answer: settled (confirm, feedback optional) or not satisfied
 * (reopen, why required) — from its own account, or recorded by staff from a letter or a call.
 * Staff recording a confirmation name the day it was given (Vietnam's today by default); the
 * enterprise's own confirmation is always today's, so its account sends no date.
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
  const dated = staff && !reopen;
  return (
    <FormModal<{ feedback?: string; confirmedOn?: Dayjs | null }>
      title={t(`difficulties:${kind}.title.${who}`)}
      okText={t(`difficulties:${kind}.ok`)}
      danger={reopen}
      initialValues={dated ? { confirmedOn: dayjs(vietnamToday()) } : {}}
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
              body: {
                version: d.version,
                feedback: v.feedback?.trim() || undefined,
                confirmedOn: dated && v.confirmedOn ? v.confirmedOn.format('YYYY-MM-DD') : undefined,
              },
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
      {dated ? (
        <Form.Item
          name="confirmedOn"
          label={t('difficulties:fields.confirmedOn')}
          rules={[{ required: true, message: t('common:fieldErrors.required') }]}
        >
          <DateField />
        </Form.Item>
      ) : null}
    </FormModal>
  );
}
