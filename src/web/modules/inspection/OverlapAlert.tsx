import { Alert, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Overlap } from './inspection.api.ts';
import { groupOverlaps } from './inspection-rules.ts';

/**
 * Trùng lặp kiểm tra: each enterprise planned or inspected more than once on a topic in the year,
 * with the topics — a warning shown above the plan, never a refusal.
 */
export function OverlapAlert({ overlaps }: { overlaps: readonly Overlap[] }) {
  const { t } = useTranslation('inspection');
  if (overlaps.length === 0) return null;
  const groups = groupOverlaps(overlaps);
  return (
    <Alert
      type="warning"
      showIcon
      role="alert"
      style={{ marginBottom: 16 }}
      title={t('inspection:plan.overlapsTitle', { count: groups.length })}
      description={
        <>
          <Typography.Paragraph style={{ marginBottom: 8 }}>
            {t('inspection:plan.overlapsHint')}
          </Typography.Paragraph>
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {groups.map((g) => (
              <li key={g.enterprise.id}>
                <Typography.Text strong>{g.enterprise.name}</Typography.Text>{' '}
                {t('inspection:fields.taxCodeParen', { taxCode: g.enterprise.taxCode })}:{' '}
                {g.topics
                  .map((x) =>
                    t('inspection:plan.overlapTimes', {
                      topic: t(`inspection:topics.${x.topic}`),
                      times: x.times,
                    }),
                  )
                  .join('; ')}
              </li>
            ))}
          </ul>
        </>
      }
    />
  );
}
