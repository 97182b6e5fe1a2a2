import { Tag } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../shared/format.ts';

/** Whether an enterprise ceased: its last operating day is before today. */
export function hasCeased(until: string | null | undefined): boolean {
  return Boolean(until && until < dayjs().format('YYYY-MM-DD'));
}

/** Đang hoạt động · Ngừng hoạt động từ 30/06/2020 (or, ahead, "Hoạt động đến 31/12/2026"). */
export function OperatingTag({ until }: { until: string | null | undefined }) {
  const { t } = useTranslation('statistics');
  const format = useFormat();
  if (!until) return <Tag color="green">{t('enterprises.states.operating')}</Tag>;
  if (hasCeased(until))
    return <Tag color="default">{t('enterprises.ceasedOn', { date: format.date(until) })}</Tag>;
  return <Tag color="gold">{t('enterprises.operatingUntilDate', { date: format.date(until) })}</Tag>;
}
