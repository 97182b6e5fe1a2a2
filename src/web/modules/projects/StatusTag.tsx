import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EventKind, ProjectStatus } from './projects.api.ts';

/** Còn hiệu lực / Đã chấm dứt. */
export function StatusTag({ status }: { status: ProjectStatus }) {
  const { t } = useTranslation('common');
  return <Tag color={status === 'active' ? 'green' : 'default'}>{t(`projectStatuses.${status}`)}</Tag>;
}

export const EVENT_COLORS: Record<EventKind, string> = {
  new: 'blue',
  adjustment: 'orange',
  termination: 'red',
};

/** Cấp mới / Điều chỉnh / Chấm dứt. */
export function EventKindTag({ kind }: { kind: EventKind }) {
  const { t } = useTranslation('common');
  return <Tag color={EVENT_COLORS[kind]}>{t(`eventKinds.${kind}`)}</Tag>;
}
