import { Form, Segmented, Select } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

type Kind = 'year' | 'half' | 'quarter';
const FIRST_YEAR = 2000;
const PARTS: Record<Exclude<Kind, 'year'>, string[]> = {
  half: ['H1', 'H2'],
  quarter: ['Q1', 'Q2', 'Q3', 'Q4'],
};

function kindOf(period: string): Kind {
  const part = period.slice(5);
  if (!part) return 'year';
  return part.startsWith('H') ? 'half' : 'quarter';
}

/** "6 tháng đầu năm 2024", "Năm 2024", "Quý III/2024". */
export function usePeriodLabel() {
  const { t } = useTranslation('blocs');
  return useCallback(
    (period: string) => {
      const year = period.slice(0, 4);
      const part = period.slice(5);
      if (!part) return t('period.year', { year });
      if (part.startsWith('H')) return t(`period.${part}`, { year });
      return t('period.quarter', { year, quarter: ['I', 'II', 'III', 'IV'][Number(part.slice(1)) - 1] });
    },
    [t],
  );
}

/** The bloc report's period: a year, and the whole year or one half or quarter of it. */
export function BlocPeriodPicker({
  id,
  period,
  onChange,
}: {
  /** Prefix of the fields' ids (two pickers on one page stay apart). */
  id: string;
  period: string;
  onChange: (period: string) => void;
}) {
  const { t } = useTranslation('blocs');
  const label = usePeriodLabel();
  const year = Number(period.slice(0, 4));
  const kind = kindOf(period);
  const part = period.slice(5);
  const lastYear = Math.max(new Date().getFullYear(), year);
  const years = Array.from({ length: lastYear - Math.min(FIRST_YEAR, year) + 1 }, (_, i) => lastYear - i);
  return (
    <>
      <Form.Item label={t('period.yearLabel')} htmlFor={`${id}-year`} style={{ marginBottom: 8 }}>
        <Select
          id={`${id}-year`}
          showSearch
          value={year}
          style={{ width: 100 }}
          options={years.map((y) => ({ value: y, label: String(y) }))}
          onChange={(y: number) => onChange(part ? `${y}-${part}` : String(y))}
        />
      </Form.Item>
      <Form.Item label={t('period.label')} style={{ marginBottom: 8 }}>
        <Segmented<Kind>
          value={kind}
          options={(['year', 'half', 'quarter'] as const).map((k) => ({
            value: k,
            label: t(`period.kinds.${k}`),
          }))}
          onChange={(k) => onChange(k === 'year' ? String(year) : `${year}-${PARTS[k][0]}`)}
        />
      </Form.Item>
      {kind !== 'year' ? (
        <Form.Item label={t('period.part')} htmlFor={`${id}-part`} style={{ marginBottom: 8 }}>
          <Select
            id={`${id}-part`}
            value={part}
            style={{ minWidth: 180 }}
            options={PARTS[kind].map((p) => ({ value: p, label: label(`${year}-${p}`) }))}
            onChange={(p: string) => onChange(`${year}-${p}`)}
          />
        </Form.Item>
      ) : null}
    </>
  );
}
