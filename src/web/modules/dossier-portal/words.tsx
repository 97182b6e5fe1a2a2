import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DossierStatus } from '../../../domain/one-stop.ts';
import type { PublicProcedure } from './portal.api.ts';

/** The files a dossier accepts (the server checks their content too). */
export const ATTACHMENT_ACCEPT = '.pdf,.jpg,.jpeg,.png,.docx,.xlsx';

const STATUS_COLOURS: Record<DossierStatus, string> = {
  unconfirmed: 'default',
  submitted: 'cyan',
  not_accepted: 'red',
  processing: 'blue',
  awaiting_supplement: 'orange',
  resolved: 'green',
  returned: 'purple',
};

/** A dossier's status in words (Mới đăng ký, Đã tiếp nhận / Đang xử lý, Chờ bổ sung…), as a tag. */
export function DossierStatusTag({ status }: { status: DossierStatus }) {
  const { t } = useTranslation('dossierPortal');
  return (
    <Tag color={STATUS_COLOURS[status]} style={{ marginInlineEnd: 0 }}>
      {t(`status.${status}`, { defaultValue: status })}
    </Tag>
  );
}

/** "15 ngày làm việc", "30 ngày". */
export function useDeadlineWords() {
  const { t } = useTranslation('dossierPortal');
  return (deadline: PublicProcedure['deadline']) =>
    t(deadline.unit === 'days' ? 'procedure.deadlineDays' : 'procedure.deadlineWorking', {
      count: deadline.value,
    });
}
