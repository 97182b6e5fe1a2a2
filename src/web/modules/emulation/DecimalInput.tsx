import { Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatAmount, parseAmount } from '../../shared/typed-input.ts';
import { useFormat } from '../../shared/format.ts';

/**
 * A decimal typed with the language's separators ("12,5" in Vietnamese), kept as the API's
 * decimal string ("12.5"); a leading minus when `signed` (a growth may fall). What cannot be read
 * is said under the field and not sent.
 */
export function DecimalInput({
  value,
  onChange,
  decimals = 4,
  signed = false,
  whole = false,
  disabled,
  'aria-label': ariaLabel,
  width = 130,
  suffix,
}: {
  value: string | null;
  onChange: (value: string | null) => void;
  decimals?: number;
  signed?: boolean;
  whole?: boolean;
  disabled?: boolean;
  'aria-label'?: string;
  width?: number;
  suffix?: string | null;
}) {
  const { t } = useTranslation('emulation');
  const { locale } = useFormat();
  const shown = (v: string | null) =>
    v === null ? '' : (v.startsWith('-') ? '-' : '') + formatAmount(v.replace(/^-/, ''), locale);
  const [text, setText] = useState(shown(value));
  const [wrong, setWrong] = useState(false);
  const [last, setLast] = useState(value);
  if (last !== value) {
    // The value changed from outside (the sheet reloaded): show it.
    setLast(value);
    setText(shown(value));
    setWrong(false);
  }
  function read(typed: string) {
    const negative = signed && /^\s*[-−–]/.test(typed);
    const parsed = parseAmount(
      negative ? typed.replace(/^\s*[-−–]/, '') : typed,
      locale,
      whole ? 0 : decimals,
    );
    if (!parsed.ok) {
      setWrong(true);
      return;
    }
    setWrong(false);
    const next =
      parsed.value === null
        ? null
        : negative && /[1-9]/.test(parsed.value)
          ? `-${parsed.value}`
          : parsed.value;
    setLast(next);
    onChange(next);
  }
  return (
    <>
      <Input
        aria-label={ariaLabel}
        inputMode="decimal"
        disabled={disabled}
        value={text}
        status={wrong ? 'error' : undefined}
        suffix={suffix ?? undefined}
        style={{ width }}
        onChange={(e) => setText(e.target.value)}
        onBlur={() => read(text)}
        onPressEnter={() => read(text)}
      />
      {wrong ? (
        <Typography.Text type="danger" role="alert" style={{ display: 'block', fontSize: 12 }}>
          {whole ? t('emulation:sheet.notWhole') : t('emulation:sheet.notNumber')}
        </Typography.Text>
      ) : null}
    </>
  );
}
