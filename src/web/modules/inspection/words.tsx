import { Select, Space, Tag } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { INSPECTION_TOPICS, type InspectionTopic } from '../../../domain/inspection.ts';
import { SEARCH_BY_LABEL } from '../../shared/search-select.ts';
import type {
  FindingSeverity,
  FindingState,
  InspectionKind,
  InspectionStatus,
  PlanStatus,
} from './inspection.api.ts';
import { FINDING_STATE_COLOURS } from './inspection-rules.ts';

/** The years a page offers: the next, this year and the ten before. */
export function yearOptions(): { value: number; label: string }[] {
  const now = new Date().getFullYear();
  return Array.from({ length: 12 }, (_, i) => now + 1 - i).map((y) => ({ value: y, label: String(y) }));
}

/** Chọn năm, labelled for screen readers and journeys. */
export function YearSelect({
  value,
  onChange,
  label,
  allowClear,
  placeholder,
}: {
  value: number | undefined;
  onChange: (year: number | undefined) => void;
  label: string;
  allowClear?: boolean;
  placeholder?: string;
}) {
  return (
    <Select<number>
      aria-label={label}
      allowClear={allowClear}
      placeholder={placeholder}
      value={value}
      style={{ width: 120 }}
      onChange={(year?: number) => onChange(year)}
      options={yearOptions()}
    />
  );
}

/** The topics as select options, named in the current language. */
export function useTopicOptions() {
  const { t } = useTranslation('inspection');
  return INSPECTION_TOPICS.map((topic) => ({ value: topic, label: t(`inspection:topics.${topic}`) }));
}

/** A select of topics (several, shown as tags), with accent-free search. */
export function TopicSelect({
  value,
  onChange,
  id,
  multiple = true,
  'aria-label': ariaLabel,
  allowClear,
  placeholder,
  style,
  disabled,
}: {
  value?: InspectionTopic | InspectionTopic[] | undefined;
  onChange?: (value: InspectionTopic | InspectionTopic[] | undefined) => void;
  id?: string;
  multiple?: boolean;
  'aria-label'?: string;
  allowClear?: boolean;
  placeholder?: string;
  style?: CSSProperties;
  disabled?: boolean;
}) {
  const options = useTopicOptions();
  return (
    <Select<InspectionTopic | InspectionTopic[]>
      id={id}
      aria-label={ariaLabel}
      mode={multiple ? 'multiple' : undefined}
      disabled={disabled}
      allowClear={allowClear}
      placeholder={placeholder}
      showSearch={SEARCH_BY_LABEL}
      value={value}
      style={style}
      popupMatchSelectWidth={false}
      onChange={(next?: InspectionTopic | InspectionTopic[]) => onChange?.(next)}
      options={options}
    />
  );
}

/** The topics of a plan line or an inspection, as tags. */
export function TopicTags({ topics }: { topics: readonly InspectionTopic[] }) {
  const { t } = useTranslation('inspection');
  return (
    <Space size={[0, 4]} wrap>
      {topics.map((topic) => (
        <Tag key={topic} color="blue">
          {t(`inspection:topics.${topic}`)}
        </Tag>
      ))}
    </Space>
  );
}

/** Words typed as a list (co-operating agencies, team members): free text, one tag each. */
export function WordsSelect({
  value,
  onChange,
  id,
  'aria-label': ariaLabel,
  placeholder,
  suggestions = [],
}: {
  value?: string[] | undefined;
  onChange?: (value: string[]) => void;
  id?: string;
  'aria-label'?: string;
  placeholder?: string;
  suggestions?: readonly string[];
}) {
  return (
    <Select<string[]>
      id={id}
      aria-label={ariaLabel}
      mode="tags"
      placeholder={placeholder}
      value={value}
      tokenSeparators={[';']}
      style={{ width: '100%' }}
      onChange={(next: string[]) => onChange?.(next.map((v) => v.trim()).filter((v) => v !== ''))}
      options={suggestions.map((s) => ({ value: s, label: s }))}
    />
  );
}

export function PlanStatusTag({ status }: { status: PlanStatus }) {
  const { t } = useTranslation('inspection');
  return (
    <Tag color={status === 'approved' ? 'green' : 'default'}>{t(`inspection:planStatuses.${status}`)}</Tag>
  );
}

export function InspectionStatusTag({ status }: { status: InspectionStatus }) {
  const { t } = useTranslation('inspection');
  return (
    <Tag color={status === 'concluded' ? 'green' : 'processing'}>
      {t(`inspection:inspectionStatuses.${status}`)}
    </Tag>
  );
}

export function KindWord({ kind }: { kind: InspectionKind }) {
  const { t } = useTranslation('inspection');
  return <>{t(`inspection:kinds.${kind}`)}</>;
}

const SEVERITY_COLOURS: Record<FindingSeverity, string> = {
  minor: 'default',
  serious: 'orange',
  very_serious: 'red',
};

export function SeverityTag({ severity }: { severity: FindingSeverity }) {
  const { t } = useTranslation('inspection');
  return <Tag color={SEVERITY_COLOURS[severity]}>{t(`inspection:severities.${severity}`)}</Tag>;
}

/** A finding's follow-up state: Quá hạn red, Sắp đến hạn orange, Đang khắc phục, Đã khắc phục green. */
export function FindingStateTag({ state }: { state: FindingState }) {
  const { t } = useTranslation('inspection');
  return <Tag color={FINDING_STATE_COLOURS[state]}>{t(`inspection:findingStates.${state}`)}</Tag>;
}

/** The months of a plan line: "Tháng 1" … "Tháng 12". */
export function useMonthOptions() {
  const { t } = useTranslation('inspection');
  return Array.from({ length: 12 }, (_, i) => ({
    value: i + 1,
    label: t('inspection:plan.month', { month: i + 1 }),
  }));
}
