import { Select, Tag } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { PERFORMANCE_RATINGS, type AwardCode, type PerformanceRating } from '../../../domain/commendation.ts';
import { SEARCH_BY_LABEL } from '../../shared/search-select.ts';
import { awardsFor } from './choices.ts';

export { awardsFor, yearOf } from './choices.ts';

/** The years a page offers: this year, the next, and the ten before. */
export function yearOptions(): { value: number; label: string }[] {
  const now = new Date().getFullYear();
  return Array.from({ length: 12 }, (_, i) => now + 1 - i).map((y) => ({ value: y, label: String(y) }));
}

/** Chọn năm: a select of years, labelled for screen readers and journeys. */
export function YearSelect({
  value,
  onChange,
  label,
  allowClear,
  placeholder,
}: {
  value: number | undefined;
  onChange: (year: number | undefined) => void;
  label: string;
  allowClear?: boolean;
  placeholder?: string;
}) {
  return (
    <Select<number>
      aria-label={label}
      allowClear={allowClear}
      placeholder={placeholder}
      value={value}
      style={{ width: 120 }}
      onChange={(year?: number) => onChange(year)}
      options={yearOptions()}
    />
  );
}

/** Award names by code in the current language. */
export function useAwardWords() {
  const { t } = useTranslation('commendation');
  return (code: AwardCode) => t(`commendation:awards.${code}`);
}

/** The awards as select options, named in the current language. */
export function useAwardOptions(kind?: 'person' | 'collective') {
  const word = useAwardWords();
  return awardsFor(kind).map((code) => ({ value: code, label: word(code) }));
}

/** A select of awards with accent-free search. */
export function AwardSelect({
  kind,
  value,
  onChange,
  id,
  'aria-label': ariaLabel,
  allowClear,
  placeholder,
  style,
}: {
  kind?: 'person' | 'collective' | undefined;
  value?: AwardCode | undefined;
  onChange?: (value: AwardCode | undefined) => void;
  id?: string;
  'aria-label'?: string;
  allowClear?: boolean;
  placeholder?: string;
  style?: CSSProperties;
}) {
  const options = useAwardOptions(kind);
  return (
    <Select<AwardCode>
      id={id}
      aria-label={ariaLabel}
      allowClear={allowClear}
      placeholder={placeholder}
      showSearch={SEARCH_BY_LABEL}
      value={value}
      style={style}
      popupMatchSelectWidth={false}
      onChange={(code?: AwardCode) => onChange?.(code)}
      options={options}
    />
  );
}

/** The colour of a rating: excellent green, good blue, completed plain, not completed red. */
const RATING_COLOURS: Record<PerformanceRating, string> = {
  excellent: 'green',
  good: 'blue',
  completed: 'default',
  not_completed: 'red',
};

export function RatingTag({ rating }: { rating: PerformanceRating | null | undefined }) {
  const { t } = useTranslation('commendation');
  if (!rating) return <>—</>;
  return <Tag color={RATING_COLOURS[rating]}>{t(`commendation:ratings.${rating}`)}</Tag>;
}

export function useRatingOptions() {
  const { t } = useTranslation('commendation');
  return PERFORMANCE_RATINGS.map((r) => ({ value: r, label: t(`commendation:ratings.${r}`) }));
}
