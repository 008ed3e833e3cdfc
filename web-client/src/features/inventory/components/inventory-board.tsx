import { Button, Empty, Flex, Select, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ProblemAlert } from '@/components/ui/problem-alert';
import { ResponsiveTable } from '@/components/ui/responsive-table';
import { SearchBox } from '@/components/ui/search-box';
import { paths } from '@/config/paths';
import { isLanguage } from '@/i18n';
import { formatNumber } from '@/lib/format';

import { stockAlerts, useInventory, type InventoryQuery, type InventoryRow, type StockAlert } from '../api/get-inventory';
import { useWarehouseChoices } from '../api/get-warehouses';

import { AlertTags } from './alert-tags';

const pageSizes = [10, 20, 50, 100];

/** Stock per SKU × warehouse with its alerts and main figures, filtered by warehouse, SKU and alert on the server. */
export function InventoryBoard() {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en';
  const [query, setQuery] = useState<InventoryQuery>({ page: 1, pageSize: 20 });
  const inventory = useInventory(query);
  const warehouses = useWarehouseChoices();
  const filter = (change: Partial<InventoryQuery>) => setQuery((q) => ({ ...q, ...change, page: 1 }));
  const n = (value: number) => formatNumber(value, language);

  const columns: ColumnsType<InventoryRow> = [
    { title: t('inventory.sku'), key: 'sku', render: (_, r) => <Link to={paths.logistics.inventorySku.getHref(r.sku)}>{r.sku}</Link> },
    { title: t('inventory.warehouse'), key: 'warehouse', render: (_, r) => r.warehouseCode },
    { title: t('inventory.onHand'), key: 'onHand', align: 'right', render: (_, r) => n(r.onHand) },
    { title: t('inventory.reserved'), key: 'reserved', align: 'right', render: (_, r) => n(r.reserved) },
    { title: t('inventory.inbound'), key: 'inbound', align: 'right', render: (_, r) => n(r.inbound) },
    { title: t('inventory.available'), key: 'available', align: 'right', render: (_, r) => n(r.available) },
    { title: t('inventory.velocity'), key: 'velocity', align: 'right', render: (_, r) => n(r.figures.velocity.perDay) },
    { title: t('inventory.reorderPoint'), key: 'reorderPoint', align: 'right', render: (_, r) => n(r.figures.reorderPoint.units) },
    {
      title: t('inventory.daysOfCover'),
      key: 'cover',
      align: 'right',
      render: (_, r) => (r.figures.stockout.daysOfCover === null || r.figures.stockout.daysOfCover === undefined ? '—' : n(r.figures.stockout.daysOfCover)),
    },
    { title: t('inventory.alerts'), key: 'alerts', render: (_, r) => <AlertTags alerts={r.alerts} /> },
  ];

  return (
    <Flex vertical gap={16}>
      <Flex gap={8} wrap role="search" aria-label={t('common.filters')}>
        <Select
          allowClear
          aria-label={t('inventory.filterWarehouse')}
          placeholder={t('inventory.filterWarehouse')}
          style={{ width: 200 }}
          loading={warehouses.isFetching}
          options={(warehouses.data ?? []).map((w) => ({ value: w.id, label: w.code }))}
          value={query.warehouseId ?? undefined}
          virtual={false}
          onChange={(warehouseId?: string) => filter({ warehouseId })}
        />
        <SearchBox label={t('inventory.filterSku')} width={200} onSearch={(value) => filter({ sku: value || undefined })} />
        <Select
          allowClear
          aria-label={t('inventory.filterAlert')}
          placeholder={t('inventory.filterAlert')}
          style={{ width: 220 }}
          options={stockAlerts.map((a) => ({ value: a, label: t(`inventory.alertKinds.${a}`) }))}
          value={query.alert === 'None' ? undefined : (query.alert ?? undefined)}
          virtual={false}
          onChange={(alert?: StockAlert) => filter({ alert })}
        />
      </Flex>
      {inventory.isError ? (
        <ProblemAlert error={inventory.error} action={<Button onClick={() => void inventory.refetch()}>{t('common.retry')}</Button>} />
      ) : null}
      <ResponsiveTable<InventoryRow>
        rowKey="itemId"
        columns={columns}
        dataSource={inventory.data?.items ?? []}
        loading={inventory.isFetching}
        locale={{ emptyText: inventory.isPending ? ' ' : <Empty description={t('inventory.empty')} /> }}
        pagination={{
          current: query.page,
          pageSize: query.pageSize,
          total: inventory.data?.totalItems ?? 0,
          showSizeChanger: true,
          pageSizeOptions: pageSizes,
          showTotal: (count) => <Typography.Text type="secondary">{t('common.total', { count })}</Typography.Text>,
          onChange: (page, pageSize) => setQuery((q) => ({ ...q, page: pageSize === q.pageSize ? page : 1, pageSize })),
        }}
      />
    </Flex>
  );
}
