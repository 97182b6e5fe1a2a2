import { Flex, Space } from 'antd';
import type { ReactNode } from 'react';

/**
 * A list's filters: in a row on a desk, one under the other at full width on a phone — where a
 * chosen value as long as a person's name and position is cut short instead of widening the page.
 */
export function FilterBar({ phone, children }: { phone: boolean; children: ReactNode }) {
  if (phone)
    return (
      <Flex vertical gap={8} style={{ marginBottom: 16, minWidth: 0 }}>
        {children}
      </Flex>
    );
  return (
    <Space wrap style={{ marginBottom: 16 }}>
      {children}
    </Space>
  );
}
