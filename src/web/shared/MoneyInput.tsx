import { Input, Typography, type InputProps } from 'antd';
import { useEffect, useState, type FocusEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from './format.ts';
import { formatAmount, parseAmount, parseCount, type TypedProblem } from './typed-input.ts';

type TextInputProps = Omit<InputProps, 'value' | 'onChange' | 'defaultValue'>;

/**
 * A typed number kept as typed: what it reads as goes to the form; text it cannot read exactly
 * ("-5000", "100,5" where a whole number is needed) goes to the form as typed — so the API
 * refuses it too — and is refused here with a message, never rewritten into another number.
 */
function useTypedNumber<V>(
  value: V | null | undefined,
  onChange: ((value: V | string | null) => void) | undefined,
  parse: (text: string) => { ok: true; value: V | null } | { ok: false; problem: TypedProblem },
  show: (value: V) => string,
) {
  const [text, setText] = useState(() => (value === null || value === undefined ? '' : show(value)));
  const [problem, setProblem] = useState<TypedProblem | null>(null);
  // A value set from outside (a reset, a reloaded record) replaces what is shown.
  useEffect(() => {
    const typed = parse(text);
    const current = typed.ok ? typed.value : text;
    if ((value ?? null) !== (current ?? null)) {
      setText(value === null || value === undefined ? '' : show(value as V));
      setProblem(null);
    }
    // Only a new value from outside: the text follows its own typing.
  }, [value]);
  return {
    text,
    problem,
    onChange(raw: string) {
      setText(raw);
      const typed = parse(raw);
      setProblem(typed.ok ? null : typed.problem);
      onChange?.(typed.ok ? typed.value : raw);
    },
    onBlur() {
      const typed = parse(text);
      if (typed.ok && typed.value !== null) setText(show(typed.value));
    },
  };
}

function Problem({ problem }: { problem: TypedProblem | null }) {
  const { t } = useTranslation('common');
  if (!problem) return null;
  return (
    <Typography.Text type="danger" role="alert" style={{ display: 'block', fontSize: 12 }}>
      {t(`input.${problem}`)}
    </Typography.Text>
  );
}

/**
 * A whole amount of đồng (or USD with `usd`, two decimals), typed with Vietnamese grouping
 * ("230.000.000.000"), kept as a string of digits (no floating point), with the amount in tỷ
 * đồng shown beside it.
 */
export function MoneyInput({
  usd = false,
  value,
  onChange,
  onBlur,
  ...props
}: {
  usd?: boolean;
  value?: string | null;
  onChange?: (value: string | null) => void;
} & TextInputProps) {
  const { t } = useTranslation('common');
  const format = useFormat();
  const typed = useTypedNumber<string>(
    value,
    onChange,
    (text) => parseAmount(text, format.locale, usd ? 2 : 0),
    (amount) => formatAmount(amount, format.locale),
  );
  const valid = typed.problem === null && value ? value : null;
  const hint = valid ? (usd ? format.millionUsd(valid) : format.ty(valid)) : null;
  return (
    <>
      <Input
        {...props}
        value={typed.text}
        inputMode="decimal"
        autoComplete="off"
        status={typed.problem ? 'error' : props.status}
        onChange={(event) => typed.onChange(event.target.value)}
        onBlur={(event: FocusEvent<HTMLInputElement>) => {
          typed.onBlur();
          onBlur?.(event);
        }}
        suffix={
          <span style={{ color: '#888', fontSize: 12 }}>
            {hint ? `${hint} · ` : ''}
            {usd ? t('units.usdShort') : t('units.dongShort')}
          </span>
        }
      />
      <Problem problem={typed.problem} />
    </>
  );
}

/** A count of people: a whole, non-negative number typed with grouping ("72.000"). */
export function CountInput({
  value,
  onChange,
  onBlur,
  ...props
}: {
  value?: number | null;
  onChange?: (value: number | string | null) => void;
} & TextInputProps) {
  const format = useFormat();
  const typed = useTypedNumber<number>(
    value,
    onChange,
    (text) => parseCount(text, format.locale),
    (count) => formatAmount(String(count), format.locale),
  );
  return (
    <>
      <Input
        {...props}
        value={typed.text}
        inputMode="numeric"
        autoComplete="off"
        status={typed.problem ? 'error' : props.status}
        onChange={(event) => typed.onChange(event.target.value)}
        onBlur={(event: FocusEvent<HTMLInputElement>) => {
          typed.onBlur();
          onBlur?.(event);
        }}
      />
      <Problem problem={typed.problem} />
    </>
  );
}
