import { DatePicker, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState, type FocusEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { parseDayFirstDate } from './typed-input.ts';

export const DATE_FORMAT = 'DD/MM/YYYY';

/**
 * A calendar date typed day first (15/03/2019) or picked. A date the calendar does not have
 * ("31/02/2019") is refused with a message naming what was typed — and the field is emptied, so
 * an earlier date never stays behind it unseen — instead of being silently dropped.
 */
export function DateField({
  value,
  onChange,
  id,
  disabled,
  placeholder,
  status,
  'aria-label': ariaLabel,
}: {
  value?: Dayjs | null;
  onChange?: (value: Dayjs | null) => void;
  id?: string;
  disabled?: boolean;
  placeholder?: string;
  status?: '' | 'error' | 'warning';
  'aria-label'?: string;
}) {
  const { t } = useTranslation('common');
  const [refused, setRefused] = useState<string | null>(null);
  return (
    <>
      <DatePicker
        style={{ width: '100%' }}
        id={id}
        disabled={disabled}
        placeholder={placeholder}
        aria-label={ariaLabel}
        format={DATE_FORMAT}
        value={value ?? null}
        status={refused ? 'error' : status}
        onChange={(date: Dayjs | null) => {
          setRefused(null);
          onChange?.(date);
        }}
        onBlur={(event: FocusEvent<HTMLElement>) => {
          const text = event.target instanceof HTMLInputElement ? event.target.value : '';
          const typed = parseDayFirstDate(text);
          if (!typed.ok) {
            setRefused(text);
            if (value) onChange?.(null);
          } else if (typed.value === null || typed.value === value?.format('YYYY-MM-DD')) setRefused(null);
        }}
      />
      {refused ? (
        <Typography.Text type="danger" role="alert" style={{ display: 'block', fontSize: 12 }}>
          {`${refused} — ${t('input.not_a_date')}`}
        </Typography.Text>
      ) : null}
    </>
  );
}
