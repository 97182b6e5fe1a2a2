import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useReportingPeriods } from './statistics.api.ts';
import { usePeriodLabel } from './StatusTag.tsx';

/** A reporting period the board collects (from GET /reporting/periods), newest first. */
export function PeriodSelect({
  value,
  onChange,
  allowClear = false,
  placeholder,
  boardId,
}: {
  value: string | undefined;
  onChange: (period: string | undefined) => void;
  allowClear?: boolean;
  placeholder?: string;
  /** The periods of this board only (a page acting on one board). */
  boardId?: string;
}) {
  const { t } = useTranslation('statistics');
  const label = usePeriodLabel();
  const periods = useReportingPeriods({ boardId });
  const known = [...new Set([...(periods.data ?? []).map((p) => p.period), ...(value ? [value] : [])])]
    .sort()
    .reverse();
  return (
    <Select
      value={value}
      onChange={(period?: string) => onChange(period)}
      allowClear={allowClear}
      loading={periods.isPending}
      placeholder={placeholder ?? t('period.choose')}
      aria-label={t('period.label')}
      style={{ minWidth: 220 }}
      options={known.map((period) => ({ value: period, label: label(period) }))}
      data-testid="period-select"
    />
  );
}
