import { DatePicker, Form, Segmented, Select } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { presetOf, presetRange, PRESETS, shiftYear, type PeriodChange, type Preset } from './period.ts';

const FIRST_YEAR = 2000;

/**
 * The report's period: a year and one of the board's usual periods in it (quý I–IV, 6, 9, 11 tháng,
 * cả năm), or any dates.
 */
export function PeriodPicker({
  from,
  to,
  onChange,
}: {
  from: string;
  to: string;
  /** Year and preset changes apply to the period in force when they land, not the rendered one. */
  onChange: (change: PeriodChange) => void;
}) {
  const { t } = useTranslation('reports');
  const year = Number(from.slice(0, 4));
  const lastYear = Math.max(new Date().getFullYear(), year);
  const years = Array.from({ length: lastYear - Math.min(FIRST_YEAR, year) + 1 }, (_, i) => lastYear - i);
  const preset = presetOf(from, to);
  return (
    <>
      <Form.Item label={t('period.year')} htmlFor="report-year" style={{ marginBottom: 8 }}>
        <Select
          id="report-year"
          showSearch
          value={year}
          style={{ width: 100 }}
          options={years.map((y) => ({ value: y, label: String(y) }))}
          onChange={(y: number) => onChange((current) => shiftYear(current.from, current.to, y))}
        />
      </Form.Item>
      <Form.Item label={t('period.preset')} style={{ marginBottom: 8 }}>
        <Segmented<Preset | ''>
          value={preset ?? ''}
          options={PRESETS.map((p) => ({ value: p, label: t(`period.presets.${p}`) }))}
          onChange={(p) => {
            if (p) onChange((current) => presetRange(Number(current.from.slice(0, 4)), p));
          }}
        />
      </Form.Item>
      <Form.Item label={t('period.dates')} htmlFor="report-from" style={{ marginBottom: 8 }}>
        <DatePicker.RangePicker
          id={{ start: 'report-from', end: 'report-to' }}
          format="DD/MM/YYYY"
          allowClear={false}
          placeholder={[t('period.from'), t('period.to')]}
          value={[dayjs(from), dayjs(to)]}
          onChange={(range) => {
            if (range?.[0] && range[1])
              onChange({ from: range[0].format('YYYY-MM-DD'), to: range[1].format('YYYY-MM-DD') });
          }}
        />
      </Form.Item>
    </>
  );
}
