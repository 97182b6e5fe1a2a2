import { Form, Segmented, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { isPeriod } from '../../../domain/periods.ts';

type Kind = 'year' | 'half' | 'quarter' | 'month';
const FIRST_YEAR = 2000;

function kindOf(period: string): Kind {
  const part = period.slice(5);
  if (!part) return 'year';
  if (part.startsWith('H')) return 'half';
  if (part.startsWith('Q')) return 'quarter';
  return 'month';
}

const PARTS: Record<Exclude<Kind, 'year'>, string[]> = {
  half: ['H1', 'H2'],
  quarter: ['Q1', 'Q2', 'Q3', 'Q4'],
  month: Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, '0')),
};

/** The production report's period: a year, and the whole year or one half, quarter or month of it. */
export function ProductionPeriodPicker({
  period,
  onChange,
}: {
  period: string;
  onChange: (period: string) => void;
}) {
  const { t } = useTranslation('statistics');
  const year = Number(period.slice(0, 4));
  const kind = kindOf(period);
  const part = period.slice(5);
  const lastYear = Math.max(new Date().getFullYear(), year);
  const years = Array.from({ length: lastYear - Math.min(FIRST_YEAR, year) + 1 }, (_, i) => lastYear - i);
  const partLabel = (p: string) =>
    p.startsWith('H')
      ? t(`period.${p}`, { year })
      : p.startsWith('Q')
        ? t('period.quarter', {
            year,
            quarter: ['I', 'II', 'III', 'IV'][Number(p.slice(1)) - 1],
            quarterNumber: p.slice(1),
          })
        : t('period.month', { year, month: p });
  return (
    <>
      <Form.Item label={t('period.yearLabel')} htmlFor="production-year" style={{ marginBottom: 8 }}>
        <Select
          id="production-year"
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
          options={(['year', 'half', 'quarter', 'month'] as const).map((k) => ({
            value: k,
            label: t(`period.kinds.${k}`),
          }))}
          onChange={(k) => onChange(k === 'year' ? String(year) : `${year}-${PARTS[k][0]}`)}
        />
      </Form.Item>
      {kind !== 'year' ? (
        <Form.Item label={t('period.part')} htmlFor="production-part" style={{ marginBottom: 8 }}>
          <Select
            id="production-part"
            value={part}
            style={{ minWidth: 180 }}
            options={PARTS[kind].map((p) => ({ value: p, label: partLabel(p) }))}
            onChange={(p: string) => onChange(`${year}-${p}`)}
          />
        </Form.Item>
      ) : null}
    </>
  );
}

/** The period an address names, or last year when it names none. */
export function productionPeriodOf(value: string | string[] | undefined): string {
  return typeof value === 'string' && isPeriod(value) ? value : String(new Date().getFullYear() - 1);
}
