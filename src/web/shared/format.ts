import { useTranslation } from 'react-i18next';
import {
  formatDate,
  formatNumber,
  formatPercent,
  usdToMillions,
  vndToTy,
  type NumberLocale,
} from '../../domain/number-format.ts';

/**
 * Formatting bound to the current language: Vietnamese conventions (4.466,777 tỷ đồng;
 * 30/11/2019) or English. Units come from the translation files.
 */
export function useFormat() {
  const { t, i18n } = useTranslation('common');
  const locale: NumberLocale = i18n.language === 'en' ? 'en' : 'vi';
  return {
    locale,
    number: (value: string | number | bigint, decimals?: number) =>
      formatNumber(value, { locale, ...(decimals === undefined ? {} : { decimals }) }),
    /** đồng → "4.466,777 tỷ đồng" */
    ty: (vnd: string | null | undefined, decimals = 3) =>
      vnd == null ? '—' : t('units.ty', { value: formatNumber(vndToTy(vnd, decimals), { locale }) }),
    /** đồng → "230.000.000.000 đồng" */
    dong: (vnd: string | null | undefined) =>
      vnd == null ? '—' : t('units.dong', { value: formatNumber(vnd, { locale }) }),
    /** USD → "434,34 triệu USD" */
    millionUsd: (usd: string | null | undefined) =>
      usd == null ? '—' : t('units.millionUsd', { value: formatNumber(usdToMillions(usd), { locale }) }),
    ha: (value: string | null | undefined) =>
      value == null ? '—' : t('units.ha', { value: formatNumber(value, { locale }) }),
    percent: (value: number | null | undefined) => formatPercent(value ?? null, locale),
    date: (iso: string | null | undefined) => (iso ? formatDate(iso) : '—'),
    dateTime: (iso: string | null | undefined) => (iso ? `${formatDate(iso)} ${iso.slice(11, 16)}` : '—'),
  };
}
