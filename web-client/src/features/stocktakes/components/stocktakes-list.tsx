import { Button, Empty, Flex, Select, Switch, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { ProblemAlert } from '@/components/ui/problem-alert';
import { ResponsiveTable } from '@/components/ui/responsive-table';
import { paths } from '@/config/paths';
import { currentLanguage } from '@/i18n';
import { formatDate } from '@/lib/format';

import { stocktakeStatuses, useStocktakes, type Stocktake, type StocktakesQuery, type StocktakeStatus } from '../api/get-stocktakes';
import { useWarehouses } from '../api/get-warehouses';

import { StocktakeStatusTag } from './stocktake-labels';

/** Stocktakes, paged and filtered by the server: warehouse, status, planned ones overdue. */
export function StocktakesList() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const navigate = useNavigate();
  const [query, setQuery] = useState<StocktakesQuery>({ page: 1, pageSize: 20 });
  const stocktakes = useStocktakes(query);
  const warehouses = useWarehouses();
  const warehouseName = (id: string) => warehouses.data?.find((w) => w.id === id)?.code ?? id.slice(0, 8);
  const filter = (change: Partial<StocktakesQuery>) => setQuery((q) => ({ ...q, ...change, page: 1 }));

  const columns: ColumnsType<Stocktake> = [
    { title: t('stocktakes.warehouse'), key: 'warehouse', render: (_, s) => warehouseName(s.warehouseId) },
    { title: t('stocktakes.plannedOn'), key: 'plannedOn', render: (_, s) => formatDate(s.plannedOn, language) },
    { title: t('stocktakes.status'), key: 'status', render: (_, s) => <StocktakeStatusTag status={s.status} /> },
    {
      title: t('stocktakes.progress'),
      key: 'progress',
      render: (_, s) => (s.lines.length > 0 ? t('stocktakes.progressValue', { counted: s.linesCounted, total: s.lines.length, variances: s.linesWithVariance }) : t('common.noValue')),
    },
  ];

  return (
    <Flex vertical gap={16}>
      <Flex gap={8} wrap role="search" aria-label={t('common.filters')} align="center">
        <Select
          allowClear
          aria-label={t('stocktakes.warehouse')}
          placeholder={t('stocktakes.warehouse')}
          style={{ width: 200 }}
          virtual={false}
          options={(warehouses.data ?? []).map((w) => ({ value: w.id, label: w.code }))}
          value={query.warehouseId ?? undefined}
          onChange={(warehouseId?: string) => filter({ warehouseId })}
        />
        <Select
          allowClear
          aria-label={t('stocktakes.status')}
          placeholder={t('stocktakes.status')}
          style={{ width: 160 }}
          virtual={false}
          options={stocktakeStatuses.map((s) => ({ value: s, label: t(`stocktakes.statuses.${s}`) }))}
          value={query.status ?? undefined}
          onChange={(status?: StocktakeStatus) => filter({ status })}
        />
        <Switch
          aria-label={t('stocktakes.onlyOverdue')}
          checked={query.overdue === true}
          onChange={(on) => filter({ overdue: on ? true : undefined })}
        />
        <Typography.Text>{t('stocktakes.onlyOverdue')}</Typography.Text>
      </Flex>
      {stocktakes.isError ? (
        <ProblemAlert error={stocktakes.error} action={<Button onClick={() => void stocktakes.refetch()}>{t('common.retry')}</Button>} />
      ) : null}
      <ResponsiveTable<Stocktake>
        rowKey="id"
        columns={columns}
        dataSource={stocktakes.data?.items ?? []}
        loading={stocktakes.isFetching}
        locale={{ emptyText: stocktakes.isPending ? ' ' : <Empty description={t('stocktakes.empty')} /> }}
        onRow={(s) => ({ onClick: () => void navigate(paths.logistics.stocktake.getHref(s.id)), style: { cursor: 'pointer' } })}
        pagination={{
          current: query.page,
          pageSize: query.pageSize,
          total: stocktakes.data?.totalItems ?? 0,
          showTotal: (count) => <Typography.Text type="secondary">{t('common.total', { count })}</Typography.Text>,
          onChange: (page, pageSize) => setQuery((q) => ({ ...q, page: pageSize === q.pageSize ? page : 1, pageSize })),
        }}
      />
    </Flex>
  );
}
