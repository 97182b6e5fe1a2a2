import { Flex, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { SEARCH_BY_LABEL } from '../../shared/search-select.ts';

const PARTS = [
  '',
  'H1',
  'H2',
  'Q1',
  'Q2',
  'Q3',
  'Q4',
  ...Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, '0')),
];

/** "2026-Q1" → { year: 2026, part: 'Q1' }; "2026" → part ''. */
function split(value: string | undefined): { year: number | undefined; part: string } {
  const match = /^(\d{4})(?:-(.+))?$/.exec(value ?? '');
  return match ? { year: Number(match[1]), part: match[2] ?? '' } : { year: undefined, part: '' };
}

/**
 * A reporting period as the API writes it ("2026", "2026-H1", "2026-Q1", "2026-01"), chosen as a
 * year and a part of it (whole year, a half, a quarter, a month) — never typed in code.
 */
export function PeriodField({
  value,
  onChange,
  disabled,
  id,
}: {
  value?: string;
  onChange?: (value: string | undefined) => void;
  disabled?: boolean;
  id?: string;
}) {
  const { t } = useTranslation('settings');
  const { year, part } = split(value);
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: thisYear + 2 - 2000 }, (_, i) => thisYear + 1 - i);
  const partLabel = (p: string) =>
    p === ''
      ? t('period.wholeYear')
      : p === 'H1'
        ? t('period.firstHalf')
        : p === 'H2'
          ? t('period.secondHalf')
          : p.startsWith('Q')
            ? t('period.quarterOf', { quarter: p.slice(1) })
            : t('period.monthOf', { month: Number(p) });
  const send = (y: number | undefined, p: string) =>
    onChange?.(y === undefined ? undefined : p ? `${y}-${p}` : String(y));
  return (
    <Flex gap={8} wrap>
      <Select
        id={id}
        value={year}
        disabled={disabled}
        showSearch={SEARCH_BY_LABEL}
        placeholder={t('period.yearLabel')}
        aria-label={t('period.yearLabel')}
        style={{ width: 120 }}
        options={years.map((y) => ({ value: y, label: String(y) }))}
        onChange={(y: number) => send(y, part)}
      />
      <Select
        value={part}
        disabled={disabled}
        showSearch={SEARCH_BY_LABEL}
        aria-label={t('period.part')}
        style={{ width: 200 }}
        options={PARTS.map((p) => ({ value: p, label: partLabel(p) }))}
        onChange={(p: string) => send(year, p)}
      />
    </Flex>
  );
}
