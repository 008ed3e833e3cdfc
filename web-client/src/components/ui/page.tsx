import { Flex, Typography } from 'antd';
import { createContext, useContext, useEffect, type ReactNode } from 'react';

/** Where a page announces its title: the shell shows it as the last breadcrumb and in the browser tab. */
export const PageTitleContext = createContext<(title: string | null) => void>(() => undefined);

/** A page's title row (with its main actions) above its content. */
export function Page({ title, actions, children }: { title: string; actions?: ReactNode; children: ReactNode }) {
  const announce = useContext(PageTitleContext);
  useEffect(() => {
    announce(title);
    return () => announce(null);
  }, [announce, title]);

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0, minWidth: 0, overflowWrap: 'anywhere' }}>
          {title}
        </Typography.Title>
        {actions ? <Flex gap={8} wrap>{actions}</Flex> : null}
      </Flex>
      {children}
    </Flex>
  );
}
