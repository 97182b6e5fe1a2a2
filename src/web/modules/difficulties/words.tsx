import { Select, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  DIFFICULTY_STATUSES,
  DIFFICULTY_TOPICS,
  type DifficultyStatus,
  type DifficultyTopic,
  type StuckReason,
} from '../../../domain/difficulties.ts';
import { ageColour } from './choices.ts';

export { ageColour, one, yearOf } from './choices.ts';

const STATUS_COLOURS: Record<DifficultyStatus, string> = {
  open: 'orange',
  routed: 'blue',
  answered: 'cyan',
  resolved: 'green',
};

/** A difficulty's status in words (Mới tiếp nhận, Đang xử lý, Đã trả lời, Đã giải quyết), as a tag. */
export function StatusTag({ status }: { status: DifficultyStatus }) {
  const { t } = useTranslation('difficulties');
  return (
    <Tag color={STATUS_COLOURS[status]} style={{ marginInlineEnd: 0 }}>
      {t(`difficulties:statuses.${status}`)}
    </Tag>
  );
}

/** "12 ngày" in the colour of its age; a resolved one keeps its age in grey. */
export function AgeTag({
  days,
  resolved,
  why,
}: {
  days: number;
  resolved?: boolean;
  why?: readonly StuckReason[] | undefined;
}) {
  const { t } = useTranslation('difficulties');
  const reasons = (why ?? []).map((r) => t(`difficulties:stuckReasons.${r}`)).join('; ');
  const tag = (
    <Tag color={resolved ? 'default' : ageColour(days)} style={{ marginInlineEnd: 0 }}>
      {t('difficulties:age', { count: days })}
    </Tag>
  );
  return reasons ? <Tooltip title={reasons}>{tag}</Tooltip> : tag;
}

export function useTopicOptions() {
  const { t } = useTranslation('difficulties');
  return DIFFICULTY_TOPICS.map((topic) => ({ value: topic, label: t(`difficulties:topics.${topic}`) }));
}

export function useStatusOptions() {
  const { t } = useTranslation('difficulties');
  return DIFFICULTY_STATUSES.map((s) => ({ value: s, label: t(`difficulties:statuses.${s}`) }));
}

/** Chọn lĩnh vực: a select of topics, labelled for screen readers and journeys. */
export function TopicSelect({
  value,
  onChange,
  id,
  'aria-label': ariaLabel,
  allowClear,
  placeholder,
  width,
}: {
  value?: DifficultyTopic | undefined;
  onChange?: (topic: DifficultyTopic | undefined) => void;
  id?: string;
  'aria-label'?: string;
  allowClear?: boolean;
  placeholder?: string;
  width?: number | string;
}) {
  const options = useTopicOptions();
  return (
    <Select<DifficultyTopic>
      id={id}
      aria-label={ariaLabel}
      allowClear={allowClear}
      placeholder={placeholder}
      value={value}
      style={{ width: width ?? '100%' }}
      popupMatchSelectWidth={false}
      onChange={(topic?: DifficultyTopic) => onChange?.(topic)}
      options={options}
    />
  );
}

/** The years a page offers: this year, the next, and the ten before. */
export function yearOptions(): { value: number; label: string }[] {
  const now = new Date().getFullYear();
  return Array.from({ length: 12 }, (_, i) => now + 1 - i).map((y) => ({ value: y, label: String(y) }));
}
