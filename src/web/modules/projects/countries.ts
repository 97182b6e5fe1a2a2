import { useTranslation } from 'react-i18next';

/**
 * The investors' countries most often seen in Vietnam's industrial parks, Vietnam first; the API
 * accepts any ISO 3166-1 alpha-2 code.
 */
export const COMMON_COUNTRIES = (
  'VN KR JP CN TW HK SG TH MY ID PH IN US CA AU NZ GB DE FR NL IT ES CH SE DK NO FI BE AT PL CZ ' +
  'RU TR IL AE SA BN KH LA MM VG KY BM SC MU BR MX'
).split(' ');

/** Country names in the user's language (the browser's own list of region names). */
export function useCountries() {
  const { i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'vi';
  const names = new Intl.DisplayNames([language], { type: 'region' });
  const name = (code: string) => names.of(code) ?? code;
  const options = COMMON_COUNTRIES.map((code) => ({
    value: code,
    label: `${name(code)} (${code})`,
  }));
  return { name, options };
}
