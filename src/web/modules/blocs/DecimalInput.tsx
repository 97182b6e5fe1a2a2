import { Input, Typography, type InputProps } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../shared/format.ts';
import { formatAmount } from '../../shared/typed-input.ts';
import { parseSignedAmount } from './bloc-figures.ts';

/** "-1250000" → "-1.250.000" in Vietnamese. */
function show(value: string, locale: string): string {
  return value.startsWith('-') ? `-${formatAmount(value.slice(1), locale)}` : formatAmount(value, locale);
}

/**
 * A number of the bloc returns typed with the language's separators and kept as an exact decimal
 * string: hectares (four decimals) or a capital that may be negative (adjustments can reduce it).
 * A text it cannot read goes to the form as typed (the API refuses it too) and is refused here with
 * a message — never rewritten into another number.
 */
export function DecimalInput({
  value,
  onChange,
  decimals,
  signed = false,
  unit,
  hint,
  ...props
}: {
  value?: string | null;
  onChange?: (value: string | null) => void;
  /** Decimals allowed: 0 for đồng, 2 for USD, 4 for hectares. */
  decimals: number;
  /** Whether a negative amount is taken. */
  signed?: boolean;
  unit: string;
  /** A reading of the amount shown beside the unit ("1,25 triệu USD"). */
  hint?: (value: string) => ReactNode;
} & Omit<InputProps, 'value' | 'onChange' | 'defaultValue'>) {
  const { t } = useTranslation('common');
  const { locale } = useFormat();
  const parse = (text: string) => {
    const typed = parseSignedAmount(text, locale, decimals);
    if (typed.ok && !signed && typed.value?.startsWith('-'))
      return { ok: false as const, problem: 'negative' as const };
    return typed;
  };
  const [text, setText] = useState(() => (value ? show(value, locale) : ''));
  const typed = parse(text);
  // A value set from outside (a reset, a reloaded return) replaces what is shown.
  useEffect(() => {
    const current = typed.ok ? typed.value : text;
    if ((value ?? null) !== (current ?? null)) setText(value ? show(value, locale) : '');
    // Only a new value from outside: the text follows its own typing.
  }, [value]);
  const problem = typed.ok ? null : typed.problem;
  const reading = typed.ok && typed.value !== null && hint ? hint(typed.value) : null;
  return (
    <>
      <Input
        {...props}
        value={text}
        inputMode="decimal"
        autoComplete="off"
        status={problem ? 'error' : props.status}
        suffix={
          <span style={{ color: '#888', fontSize: 12 }}>
            {reading ? <>{reading} · </> : null}
            {unit}
          </span>
        }
        onChange={(event) => {
          const raw = event.target.value;
          setText(raw);
          const next = parse(raw);
          onChange?.(next.ok ? next.value : raw);
        }}
        onBlur={(event) => {
          if (typed.ok && typed.value !== null) setText(show(typed.value, locale));
          props.onBlur?.(event);
        }}
      />
      {problem ? (
        <Typography.Text type="danger" role="alert" style={{ display: 'block', fontSize: 12 }}>
          {t(`input.${problem}`)}
        </Typography.Text>
      ) : null}
    </>
  );
}
