import countries from 'i18n-iso-countries';
import vi from 'i18n-iso-countries/langs/vi.json' with { type: 'json' };
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };

countries.registerLocale(vi);
countries.registerLocale(en);

/** Every ISO 3166-1 alpha-2 code, sorted ("AD" … "ZW"). */
export const COUNTRY_CODES: readonly string[] = Object.keys(countries.getAlpha2Codes()).sort();
const ALPHA2 = new Set(COUNTRY_CODES);

/** ISO 3166-1 alpha-2, upper case ("SG", "KR", "VN"). */
export function isCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && ALPHA2.has(code);
}

export function countryName(code: string, language: 'vi' | 'en' = 'vi'): string {
  return countries.getName(code, language) ?? code;
}
