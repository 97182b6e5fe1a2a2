import { Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { SEARCH_BY_LABEL } from '../../shared/search-select.ts';
import { useBlocs, type BlocRef } from './emulation.api.ts';

/** The years a bloc page offers: next year, this year, and the eight before. */
function yearOptions() {
  const now = new Date().getFullYear();
  return Array.from({ length: 10 }, (_, i) => now + 1 - i).map((y) => ({ value: y, label: String(y) }));
}

export interface BlocChoice {
  /** The bloc's code; undefined while the user has no bloc or has not chosen. */
  bloc: string | undefined;
  blocRef: BlocRef | undefined;
  blocs: BlocRef[];
  loading: boolean;
  year: number;
  set(changes: { bloc?: string; year?: number }): void;
}

/**
 * Which bloc and year a bloc page works on, kept in the address (`bloc`, `year`): a board's user
 * has its board's bloc; a national user picks one. The year defaults to this year.
 */
export function useBlocChoice(): BlocChoice {
  const blocs = useBlocs();
  const [params, setParams] = useSearchParams();
  const items = blocs.data?.items ?? [];
  const asked = params.get('bloc');
  const blocRef = items.find((b) => b.code === asked) ?? (items.length === 1 ? items[0] : undefined);
  const yearText = Number(params.get('year'));
  const year =
    Number.isInteger(yearText) && yearText >= 1990 && yearText <= 2200 ? yearText : new Date().getFullYear();
  return {
    bloc: blocRef?.code,
    blocRef,
    blocs: items,
    loading: blocs.isPending,
    year,
    set(changes) {
      const next = new URLSearchParams(window.location.search);
      if (changes.bloc !== undefined) next.set('bloc', changes.bloc);
      if (changes.year !== undefined) next.set('year', String(changes.year));
      setParams(next, { replace: true });
    },
  };
}

/** Khối thi đua and năm: the bloc picker (when the user reads several) and the year. */
export function BlocYearPicker({ choice, withYear = true }: { choice: BlocChoice; withYear?: boolean }) {
  const { t } = useTranslation('emulation');
  return (
    <Space wrap>
      {choice.blocs.length > 1 || !choice.bloc ? (
        <Select
          showSearch={SEARCH_BY_LABEL}
          loading={choice.loading}
          value={choice.bloc}
          placeholder={t('emulation:bloc.pick')}
          aria-label={t('emulation:bloc.label')}
          style={{ width: 300, maxWidth: '100%' }}
          popupMatchSelectWidth={false}
          onChange={(code: string) => choice.set({ bloc: code })}
          options={choice.blocs.map((b) => ({ value: b.code, label: `${b.code} — ${b.name}` }))}
        />
      ) : null}
      {withYear ? (
        <Select<number>
          aria-label={t('emulation:bloc.year')}
          value={choice.year}
          style={{ width: 110 }}
          onChange={(year) => choice.set({ year })}
          options={yearOptions()}
        />
      ) : null}
    </Space>
  );
}
