import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ComplaintState } from '../../../domain/complaints.ts';

const STATE_COLOURS: Record<ComplaintState, string> = {
  accept_on_time: 'blue',
  accept_due_soon: 'orange',
  accept_overdue: 'red',
  settle_on_time: 'blue',
  settle_due_soon: 'orange',
  settle_overdue: 'red',
  settled_on_time: 'green',
  settled_late: 'volcano',
  refused: 'default',
  withdrawn: 'default',
};

/** A complaint's deadline state as a tag: overdue red, due soon orange. */
export function StateTag({ state }: { state: ComplaintState }) {
  const { t } = useTranslation('complaints');
  return <Tag color={STATE_COLOURS[state]}>{t(`states.${state}`)}</Tag>;
}

/** The years a page offers: this year and the ten before. */
export function yearOptions(): { value: number; label: string }[] {
  const now = new Date().getFullYear();
  return Array.from({ length: 11 }, (_, i) => now - i).map((y) => ({ value: y, label: String(y) }));
}

/** Working days left (0: today, negative: late), in words. */
export function useDaysLeftWords() {
  const { t } = useTranslation('complaints');
  return (left: number | null) =>
    left === null
      ? ''
      : left > 0
        ? t('detail.daysLeft', { count: left })
        : left === 0
          ? t('detail.daysLeftToday')
          : t('detail.daysLate', { count: -left });
}
