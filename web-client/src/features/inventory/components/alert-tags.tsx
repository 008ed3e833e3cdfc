import { Flex, Tag } from 'antd';
import { useTranslation } from 'react-i18next';

import type { StockAlert } from '../api/get-inventory';

const colours: Record<StockAlert, string> = {
  LowStock: 'red',
  StockoutForecast: 'volcano',
  ReorderPoint: 'orange',
  SlowMoving: 'blue',
  Excess: 'purple',
};

/** The alerts a SKU's figures raise, as coloured tags. */
export function AlertTags({ alerts }: { alerts: readonly (StockAlert | 'None')[] }) {
  const { t } = useTranslation();
  return (
    <Flex gap={4} wrap>
      {alerts.filter((a): a is StockAlert => a !== 'None').map((a) => (
        <Tag key={a} color={colours[a]}>
          {t(`inventory.alertKinds.${a}`)}
        </Tag>
      ))}
    </Flex>
  );
}
