import { Input } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../shared/format.ts';
import { formatAmount, parseAmount } from '../../shared/typed-input.ts';

/**
 * An exchange rate in đồng per USD, typed with the language's grouping and at most 2 decimals
 * ("24.500,50"), given to the form as the API takes it ("24500.5") — or as typed when it cannot
 * be read, for the form's validator to refuse. Never a floating-point number.
 */
export function RateInput({
  value,
  onChange,
  id,
}: {
  value?: string | null;
  onChange?: (value: string | null) => void;
  id?: string;
}) {
  const { t } = useTranslation('settings');
  const format = useFormat();
  const show = (v: string | null | undefined) => (v ? formatAmount(v, format.locale) : '');
  const [text, setText] = useState(() => show(value));
  useEffect(() => {
    const typed = parseAmount(text, format.locale, 2);
    if ((typed.ok ? typed.value : text) !== (value ?? null)) setText(show(value));
    // Only a value set from outside (a reset) replaces the text.
  }, [value]);
  return (
    <Input
      id={id}
      value={text}
      inputMode="decimal"
      autoComplete="off"
      style={{ maxWidth: 280 }}
      suffix={
        <span style={{ color: '#888', fontSize: 12 }}>{t('rates.rateValue', { value: '' }).trim()}</span>
      }
      onChange={(event) => {
        setText(event.target.value);
        const typed = parseAmount(event.target.value, format.locale, 2);
        onChange?.(typed.ok ? typed.value : event.target.value);
      }}
      onBlur={() => {
        const typed = parseAmount(text, format.locale, 2);
        if (typed.ok && typed.value !== null) setText(show(typed.value));
      }}
    />
  );
}

/** Whether the form's value is a rate the API takes: digits, at most 2 decimals, above 0. */
export function isRate(value: unknown): boolean {
  return typeof value === 'string' && /^\d{1,10}(\.\d{1,2})?$/.test(value) && /[1-9]/.test(value);
}
