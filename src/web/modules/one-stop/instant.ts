import type { Dayjs } from 'dayjs';

/**
 * A moment picked by staff, as Vietnam time (the counter's clock): the picked day, hour and minute
 * with +07:00 — whatever time zone the browser is in. Undefined when nothing was picked (the
 * server then takes "now").
 */
export function vietnamInstant(value: Dayjs | null | undefined): string | undefined {
  return value ? `${value.format('YYYY-MM-DDTHH:mm')}:00+07:00` : undefined;
}

export const DATE_TIME_FORMAT = 'DD/MM/YYYY HH:mm';
