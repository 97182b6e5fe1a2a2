import { Button, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

export interface ActiveFilter {
  id: string;
  label: string;
  remove: () => void;
}

/** The filters in force, as tags a user can remove one by one, with the number of records found. */
export function FilterTags({
  filters,
  total,
  totalLabel,
  onClear,
}: {
  filters: ActiveFilter[];
  /** Shown first, when given. */
  total?: number | undefined;
  totalLabel?: (total: number) => string;
  onClear: () => void;
}) {
  const { t } = useTranslation(['projects', 'common']);
  if (!totalLabel && filters.length === 0) return null;
  return (
    <Flex wrap gap={8} align="center" style={{ marginBottom: 16 }}>
      {totalLabel ? (
        <Typography.Text strong data-testid="list-total" style={{ fontSize: 16, marginRight: 8 }}>
          {total === undefined ? '…' : totalLabel(total)}
        </Typography.Text>
      ) : null}
      {filters.length > 0 ? (
        <>
          <Typography.Text type="secondary">{t('projects:filters.active')}</Typography.Text>
          {filters.map((filter) => (
            <Tag
              key={filter.id}
              color="blue"
              closable
              closeIcon
              onClose={(event) => {
                event.preventDefault();
                filter.remove();
              }}
            >
              {filter.label}
            </Tag>
          ))}
          <Button size="small" type="link" onClick={onClear}>
            {t('common:actions.clear')}
          </Button>
        </>
      ) : null}
    </Flex>
  );
}
