import { Flex, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { PagedTable } from '@/components/ui/paged-table';
import { paths } from '@/config/paths';
import { isLanguage } from '@/i18n';
import { formatNumber } from '@/lib/format';

import { useReplenishment, type ReplenishmentQuery, type ReplenishmentSuggestion } from '../api/get-replenishment';

/**
 * The replenishment suggestions (by SKU, then warehouse, paged on the server) with the inputs each was computed from, and
 * the FBA capacity cap where one applied.
 */
export function ReplenishmentTable() {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en';
  const n = (value: number) => formatNumber(value, language);
  const [query, setQuery] = useState<ReplenishmentQuery>({ page: 1, pageSize: 20 });
  const suggestions = useReplenishment(query);

  const columns: ColumnsType<ReplenishmentSuggestion> = [
    { title: t('inventory.sku'), key: 'sku', render: (_, s) => <Link to={paths.logistics.inventorySku.getHref(s.sku)}>{s.sku}</Link> },
    { title: t('inventory.warehouse'), key: 'warehouse', render: (_, s) => s.warehouseCode },
    {
      title: t('inventory.quantity'),
      key: 'quantity',
      align: 'right',
      render: (_, s) => (
        <Flex vertical align="end" gap={2}>
          <Typography.Text strong>{n(s.quantity)}</Typography.Text>
          {s.capped ? (
            <>
              <Tag color="orange">{t('inventory.capped')}</Tag>
              <Typography.Text type="secondary">{t('inventory.uncapped', { quantity: n(s.suggestedQuantity) })}</Typography.Text>
            </>
          ) : null}
        </Flex>
      ),
    },
    {
      title: t('inventory.inputs'),
      key: 'inputs',
      render: (_, s) => (
        <Flex vertical gap={2}>
          <Typography.Text>
            {t('inventory.replenishmentInputs', {
              velocity: n(s.inputs.velocity),
              targetCoverDays: s.inputs.targetCoverDays,
              available: n(s.inputs.available),
              inbound: n(s.inputs.inbound),
              needed: n(s.inputs.needed),
              moq: n(s.inputs.minimumOrderQuantity),
              reorderPoint: n(s.inputs.reorderPoint),
            })}
          </Typography.Text>
          {s.capacity ? (
            <Typography.Text type="secondary">
              {t('inventory.capacity', {
                storageType: t(`inventory.storageTypes.${s.capacity.storageType}`),
                used: n(s.capacity.used),
                capacity: n(s.capacity.capacity),
                remaining: n(s.capacity.remaining),
              })}
            </Typography.Text>
          ) : null}
        </Flex>
      ),
    },
  ];

  return (
    <PagedTable<ReplenishmentSuggestion>
      aria-label={t('inventory.replenishmentTab')}
      rowKey={(s) => `${s.warehouseId}|${s.sku}`}
      columns={columns}
      result={suggestions}
      paging={query}
      onPaging={(paging) => setQuery((q) => ({ ...q, ...paging }))}
      emptyText={t('inventory.noSuggestions')}
    />
  );
}
