import { Form, Input, Select, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { vietnamToday } from '../../../domain/calendar-date.ts';
import type { LeadStage } from '../../../domain/promotion.ts';
import { DateField } from '../../shared/DateField.tsx';

/** A form's date as the API wants it. */
export const day = (value: Dayjs | null | undefined): string | null =>
  value ? value.format('YYYY-MM-DD') : null;
/** Vietnam today, as the date fields' value. */
export const today = (): Dayjs => dayjs(vietnamToday());
/** Empty text as null. */
export const orNull = (value: string | undefined | null): string | null =>
  value === undefined || value === null || value.trim() === '' ? null : value.trim();

const STAGE_COLOURS: Record<LeadStage, string> = {
  enquiry: 'blue',
  site_visit: 'cyan',
  policy_decision: 'purple',
  certificate: 'green',
  lost: 'default',
};
export function StageTag({ stage }: { stage: LeadStage }) {
  const { t } = useTranslation('promotion');
  return <Tag color={STAGE_COLOURS[stage]}>{t(`promotion:stages.${stage}`)}</Tag>;
}

/** A date field in a form. */
export function DateItem({ name, label, required }: { name: string; label: string; required?: boolean }) {
  return (
    <Form.Item name={name} label={label} rules={required ? [{ required: true }] : []}>
      <DateField aria-label={label} />
    </Form.Item>
  );
}

/** A text field in a form. */
export function TextItem({
  name,
  label,
  required,
  max = 300,
  area,
}: {
  name: string;
  label: string;
  required?: boolean;
  max?: number;
  area?: boolean;
}) {
  return (
    <Form.Item name={name} label={label} rules={required ? [{ required: true, whitespace: true }] : []}>
      {area ? (
        <Input.TextArea maxLength={max} autoSize={{ minRows: 2, maxRows: 8 }} />
      ) : (
        <Input maxLength={max} />
      )}
    </Form.Item>
  );
}

/** A choice among an enum's values, labelled from the locale. */
export function EnumItem({
  name,
  label,
  values,
  prefix,
  required,
}: {
  name: string;
  label: string;
  values: readonly string[];
  prefix: string;
  required?: boolean;
}) {
  const { t } = useTranslation('promotion');
  return (
    <Form.Item name={name} label={label} rules={required ? [{ required: true }] : []}>
      <Select
        aria-label={label}
        options={values.map((v) => ({ value: v, label: t(`promotion:${prefix}.${v}`) }))}
      />
    </Form.Item>
  );
}

export const COUNTRY_RULE = { pattern: /^[A-Z]{2}$/, message: 'JP, KR, VN…' };

/** A form's values as antd gives them (text, dates as Dayjs); each send() picks and converts its fields. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- antd forms hand values over untyped
export type FormValues = Record<string, any>;
