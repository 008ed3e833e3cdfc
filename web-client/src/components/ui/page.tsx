import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';

/** A page's title row (with its main actions) above its content. */
export function Page({ title, actions, children }: { title: string; actions?: ReactNode; children: ReactNode }) {
  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        {actions ? <Flex gap={8} wrap>{actions}</Flex> : null}
      </Flex>
      {children}
    </Flex>
  );
}
