import { Button, Empty, Flex, Select, Switch, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

import { ProblemAlert } from '@/components/ui/problem-alert';
import { ResponsiveTable } from '@/components/ui/responsive-table';
import { SearchBox } from '@/components/ui/search-box';
import { paths } from '@/config/paths';
import { currentLanguage } from '@/i18n';
import { formatDateTime } from '@/lib/format';

import { orderDeadlineStates, orderStatuses, useOrders, type Order, type OrderDeadlineState, type OrdersQuery, type OrderStatus } from '../api/get-orders';

import { DeadlineTag, OrderStatusTag } from './order-labels';

/** The order queue: by default the orders still to ship, least time left first (the server orders by ship-by). */
export function OrdersList() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [query, setQuery] = useState<OrdersQuery>({ page: 1, pageSize: 20, open: true });
  const orders = useOrders({ query });
  const filter = (change: Partial<OrdersQuery>) => setQuery((q) => ({ ...q, ...change, page: 1 }));

  const columns: ColumnsType<Order> = [
    {
      title: t('orders.orderNumber'),
      key: 'orderNumber',
      render: (_, order) => <Link to={paths.logistics.order.getHref(order.id)}>{order.orderNumber}</Link>,
    },
    { title: t('orders.marketplace'), key: 'marketplace', render: (_, order) => order.marketplace },
    { title: t('orders.status'), key: 'status', render: (_, order) => <OrderStatusTag status={order.status} /> },
    {
      title: t('orders.shipBy'),
      key: 'shipBy',
      render: (_, order) => <DeadlineTag state={order.shipDeadlineState} dueAt={order.shipBy} done={!!order.shipment || order.status === 'Cancelled'} />,
    },
    { title: t('orders.receivedAt'), key: 'receivedAt', render: (_, order) => formatDateTime(order.receivedAt, currentLanguage()) },
  ];

  return (
    <Flex vertical gap={16}>
      <Flex gap={8} wrap align="center" role="search" aria-label={t('common.filters')}>
        <SearchBox label={t('orders.search')} onSearch={(value) => filter({ search: value })} />
        <Select
          allowClear
          aria-label={t('orders.filterStatus')}
          placeholder={t('orders.filterStatus')}
          style={{ width: 160 }}
          options={orderStatuses.map((s) => ({ value: s, label: t(`orders.statuses.${s}`) }))}
          value={query.status ?? undefined}
          virtual={false}
          onChange={(status?: OrderStatus) => filter({ status })}
        />
        <Select
          allowClear
          aria-label={t('orders.filterDeadline')}
          placeholder={t('orders.filterDeadline')}
          style={{ width: 180 }}
          options={orderDeadlineStates.map((s) => ({ value: s, label: t(`orders.deadlineStates.${s}`) }))}
          value={query.deadlineState ?? undefined}
          virtual={false}
          onChange={(deadlineState?: OrderDeadlineState) => filter({ deadlineState })}
        />
        <SearchBox label={t('orders.filterSku')} width={180} onSearch={(value) => filter({ sku: value })} />
        <Flex gap={6} align="center">
          <Switch
            aria-label={t('orders.onlyOpen')}
            checked={query.open === true}
            onChange={(checked) => filter({ open: checked ? true : undefined })}
          />
          <Typography.Text>{t('orders.onlyOpen')}</Typography.Text>
        </Flex>
      </Flex>
      {orders.isError ? (
        <ProblemAlert error={orders.error} action={<Button onClick={() => void orders.refetch()}>{t('common.retry')}</Button>} />
      ) : null}
      <ResponsiveTable<Order>
        rowKey="id"
        columns={columns}
        dataSource={orders.data?.items ?? []}
        loading={orders.isFetching}
        locale={{ emptyText: orders.isPending ? ' ' : <Empty description={t('orders.empty')} /> }}
        onRow={(order) => ({
          onClick: (event) => {
            if (!(event.target instanceof HTMLElement && event.target.closest('a'))) void navigate(paths.logistics.order.getHref(order.id));
          },
          style: { cursor: 'pointer' },
        })}
        pagination={{
          current: query.page,
          pageSize: query.pageSize,
          total: orders.data?.totalItems ?? 0,
          showSizeChanger: true,
          showTotal: (count) => <Typography.Text type="secondary">{t('common.total', { count })}</Typography.Text>,
          onChange: (page, pageSize) => setQuery((q) => ({ ...q, page: pageSize === q.pageSize ? page : 1, pageSize })),
        }}
      />
    </Flex>
  );
}
