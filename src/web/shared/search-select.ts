import { matchesSearch } from '../../domain/text.ts';

/**
 * A Select's search that ignores accents: typing "tien hai" finds "KCN Tiền Hải", as every list's
 * search box does. Use as `showSearch={SEARCH_BY_LABEL}` on a Select whose options have text labels.
 */
export const SEARCH_BY_LABEL = {
  filterOption: (input: string, option?: { label?: unknown }) =>
    matchesSearch(typeof option?.label === 'string' ? option.label : '', input),
};
