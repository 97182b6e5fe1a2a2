import { Select } from 'antd';
import { useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { useSubjects, type SubjectKind, type SubjectRef } from './subjects.api.ts';

/** How a subject is named in a list: the name, with a person's position or a collective's kind. */
export function subjectLabel(subject: Pick<SubjectRef, 'name' | 'position'>): string {
  return subject.position ? `${subject.name} — ${subject.position}` : subject.name;
}

/**
 * A person or collective of the board, found by typing part of the name (the server searches,
 * accents or not). Multiple for an initiative's authors.
 */
export function SubjectSelect({
  board,
  kind,
  value,
  onChange,
  id,
  multiple,
  known = [],
  'aria-label': ariaLabel,
  placeholder,
  allowClear,
  style,
  onKind,
}: {
  board: string | undefined;
  kind?: SubjectKind | undefined;
  value?: string | string[] | undefined;
  onChange?: (value: string | string[] | undefined) => void;
  id?: string;
  multiple?: boolean;
  /** Subjects already chosen, named even before the search finds them. */
  known?: SubjectRef[];
  'aria-label'?: string;
  placeholder?: string;
  allowClear?: boolean;
  style?: CSSProperties;
  /** Told the kind of the subject chosen (a single choice), so the form can offer its awards. */
  onKind?: (kind: SubjectKind | undefined) => void;
}) {
  const { t } = useTranslation('commendation');
  const [search, setSearch] = useState('');
  const subjects = useSubjects({ board, kind, search: search.trim() || undefined, pageSize: 50 });
  // Those picked stay named when the next search no longer finds them.
  const [picked, setPicked] = useState<SubjectRef[]>([]);
  const found = subjects.data?.items ?? [];
  const others = [...known, ...picked].filter(
    (k, i, all) => !found.some((s) => s.id === k.id) && all.findIndex((x) => x.id === k.id) === i,
  );
  const options = [
    ...found.map((s) => ({ value: s.id, label: subjectLabel(s) })),
    ...others.map((k) => ({ value: k.id, label: subjectLabel(k) })),
  ];
  return (
    <Select
      id={id}
      aria-label={ariaLabel}
      mode={multiple ? 'multiple' : undefined}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      allowClear={allowClear}
      placeholder={placeholder ?? t('commendation:subjects.pick')}
      value={value}
      style={style}
      loading={subjects.isFetching}
      notFoundContent={subjects.isFetching ? null : t('commendation:subjects.noneFound')}
      popupMatchSelectWidth={false}
      onChange={(next: string | string[] | undefined) => {
        const ids = next === undefined ? [] : Array.isArray(next) ? next : [next];
        setPicked(
          [...found, ...known, ...picked].filter(
            (s, i, all) => ids.includes(s.id) && all.findIndex((x) => x.id === s.id) === i,
          ),
        );
        setSearch('');
        onChange?.(next);
        if (!Array.isArray(next)) {
          const chosen = next ? [...found, ...known].find((s) => s.id === next) : undefined;
          onKind?.(chosen?.kind);
        }
      }}
      options={options}
    />
  );
}
