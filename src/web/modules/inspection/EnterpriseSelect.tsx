import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEnterpriseSearch, type EnterpriseRef } from './inspection.api.ts';

/** How an enterprise is named in a list: its name and tax code. */
export function enterpriseLabel(enterprise: Pick<EnterpriseRef, 'name' | 'taxCode'>): string {
  return `${enterprise.name} — ${enterprise.taxCode}`;
}

/**
 * An enterprise of the board, found by typing part of its name or tax code (the server searches,
 * accents or not). The one already chosen stays named when a later search no longer finds it.
 */
export function EnterpriseSelect({
  boardId,
  value,
  onChange,
  id,
  known,
  'aria-label': ariaLabel,
  disabled,
}: {
  boardId: string | undefined;
  value?: string | undefined;
  onChange?: (value: string | undefined) => void;
  id?: string;
  known?: EnterpriseRef | undefined;
  'aria-label'?: string;
  disabled?: boolean;
}) {
  const { t } = useTranslation('inspection');
  const [search, setSearch] = useState('');
  const found = useEnterpriseSearch(boardId, search.trim());
  const [picked, setPicked] = useState<EnterpriseRef | undefined>(known);
  const items = (found.data?.items ?? []).map((e) => ({ id: e.id, name: e.name, taxCode: e.taxCode }));
  const options = [
    ...items.map((e) => ({ value: e.id, label: enterpriseLabel(e) })),
    ...(picked && !items.some((e) => e.id === picked.id)
      ? [{ value: picked.id, label: enterpriseLabel(picked) }]
      : []),
  ];
  return (
    <Select<string>
      id={id}
      aria-label={ariaLabel}
      disabled={disabled}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      allowClear
      placeholder={t('inspection:fields.enterpriseSearch')}
      value={value}
      loading={found.isFetching}
      notFoundContent={found.isFetching ? null : t('inspection:fields.enterpriseNone')}
      popupMatchSelectWidth={false}
      style={{ width: '100%' }}
      onChange={(next?: string) => {
        setPicked(next ? items.find((e) => e.id === next) : undefined);
        setSearch('');
        onChange?.(next);
      }}
      options={options}
    />
  );
}
