import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';

/** A page's title, with its actions on the right. */
export function PageTitle({
  title,
  extra,
  subtitle,
}: {
  title: ReactNode;
  extra?: ReactNode;
  subtitle?: ReactNode;
}) {
  return (
    <Flex justify="space-between" align="flex-start" gap={16} style={{ marginBottom: 16 }} wrap>
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        {subtitle ? <Typography.Text type="secondary">{subtitle}</Typography.Text> : null}
      </div>
      {extra}
    </Flex>
  );
}
