import { useTranslation } from 'react-i18next';
import { FormModal } from '../../shared/FormModal.tsx';
import { useWrite, type Meeting } from './promotion.api.ts';
import { DateItem, day, orNull, TextItem, today } from './shared.tsx';
import type { FormValues } from './shared.tsx';

/** Records a working session (buổi làm việc), for a lead when given. */
export function MeetingFormModal({
  board,
  leadId,
  onClose,
}: {
  board: string | undefined;
  leadId?: string;
  onClose: (saved?: Meeting) => void;
}) {
  const { t } = useTranslation(['promotion', 'common']);
  const write = useWrite<Meeting>();
  return (
    <FormModal<FormValues, Meeting>
      title={t('promotion:meetings.add')}
      okText={t('common:actions.save')}
      initialValues={{ heldOn: today() }}
      send={(v) =>
        write.mutateAsync({
          method: 'POST',
          path: 'meetings',
          body: {
            board,
            leadId: leadId ?? null,
            heldOn: day(v.heldOn),
            subject: v.subject,
            participants: orNull(v.participants),
            notes: v.notes ?? '',
            followUp: orNull(v.followUp),
            followUpDueOn: day(v.followUpDueOn),
          },
        })
      }
      onClose={onClose}
    >
      <DateItem name="heldOn" label={t('promotion:fields.heldOn')} required />
      <TextItem name="subject" label={t('promotion:fields.subject')} required />
      <TextItem name="participants" label={t('promotion:fields.participants')} area max={2000} />
      <TextItem name="notes" label={t('promotion:fields.notes')} area max={10000} />
      <TextItem name="followUp" label={t('promotion:fields.followUp')} area max={2000} />
      <DateItem name="followUpDueOn" label={t('promotion:fields.followUpDueOn')} />
    </FormModal>
  );
}
