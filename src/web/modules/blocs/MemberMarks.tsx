import { Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MemberRole } from './bloc-figures.ts';
import type { FigureSource } from './blocs.api.ts';

/**
 * The marks beside a member: khối trưởng or khối phó, and where its figures come from when not
 * from its own records here — "Số liệu do Ban gửi" (the return the leader entered) or none at all.
 */
export function MemberMarks({
  role,
  source,
}: {
  role: MemberRole;
  source?: { period: FigureSource; previousPeriod: FigureSource } | undefined;
}) {
  const { t } = useTranslation('blocs');
  const tags = [
    role === 'leader' ? (
      <Tag key="role" color="gold">
        {t('marks.leader')}
      </Tag>
    ) : null,
    role === 'deputy' ? (
      <Tag key="role" color="blue">
        {t('marks.deputy')}
      </Tag>
    ) : null,
    source?.period === 'return' ? (
      <Tag key="period" color="purple">
        {t('marks.return')}
      </Tag>
    ) : null,
    source?.period === 'none' ? <Tag key="period">{t('marks.none')}</Tag> : null,
    source && source.previousPeriod !== source.period && source.previousPeriod !== 'records' ? (
      <Tag key="previous" color={source.previousPeriod === 'return' ? 'purple' : undefined}>
        {t(source.previousPeriod === 'return' ? 'marks.previousReturn' : 'marks.previousNone')}
      </Tag>
    ) : null,
  ].filter(Boolean);
  if (tags.length === 0) return null;
  return (
    <Space size={[0, 4]} wrap style={{ display: 'flex', marginTop: 2 }}>
      {tags}
    </Space>
  );
}
