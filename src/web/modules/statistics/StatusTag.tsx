import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { periodPhrase } from '../../../domain/production-report-text.ts';
import type { ReportStatus } from './statistics.api.ts';

const COLORS: Record<ReportStatus | 'missing' | 'none', string> = {
  draft: 'default',
  submitted: 'processing',
  returned: 'warning',
  accepted: 'success',
  missing: 'error',
  none: 'default',
};

/** Nháp · Đã nộp · Bị trả lại · Đã duyệt. */
export function ReportStatusTag({ status }: { status: ReportStatus | 'missing' | 'none' }) {
  const { t } = useTranslation('statistics');
  return (
    <Tag color={COLORS[status]} data-testid="report-status">
      {status === 'missing' ? t('completeness.missing') : t(`status.${status}`)}
    </Tag>
  );
}

/** "2019-Q3" → "Quý III/2019" (or "Q3 2019"). */
export function usePeriodLabel() {
  const { t } = useTranslation('statistics');
  return (period: string) => periodPhrase(period, (key, params) => t(key, params), 'statistics:period');
}
