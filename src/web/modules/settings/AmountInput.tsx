import { CountInput, MoneyInput } from '../../shared/MoneyInput.tsx';
import { unitOf } from './settings.api.ts';

/**
 * An indicator's amount in its own unit: đồng (MoneyInput, with tỷ đồng beside it), USD with
 * cents, or a count of people — kept as the API takes it, a string of digits, never a float.
 */
export function AmountInput({
  indicator,
  value,
  onChange,
  id,
}: {
  indicator: string | undefined;
  value?: string | null;
  onChange?: (value: string | null) => void;
  id?: string;
}) {
  const unit = unitOf(indicator ?? '');
  if (unit === 'people')
    return (
      <CountInput
        id={id}
        style={{ maxWidth: 240 }}
        // Text that is not a count stays as typed (CountInput compares it with what it shows).
        value={value == null ? null : /^\d+$/.test(value) ? Number(value) : (value as unknown as number)}
        onChange={(count) => onChange?.(count === null ? null : String(count))}
      />
    );
  return (
    <MoneyInput
      id={id}
      usd={unit === 'usd'}
      style={{ maxWidth: 420 }}
      value={value ?? null}
      onChange={onChange}
    />
  );
}

/** Whether the form's value is an amount the API takes (digits, at most 2 decimals). */
export function isAmount(value: unknown): boolean {
  return typeof value === 'string' && /^\d{1,22}(\.\d{1,2})?$/.test(value);
}
