import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api, send } from '@/lib/api/client';
import type { QueryOf, ResponseOf } from '@/lib/api/types';
import type { QueryConfig } from '@/lib/react-query';

import { orderKeys } from './keys';

export type OrdersQuery = QueryOf<'/api/logistics/orders', 'get'>;
export type OrdersPage = ResponseOf<'/api/logistics/orders', 'get'>;
export type Order = OrdersPage['items'][number];
export type OrderStatus = Order['status'];
export type OrderDeadlineState = Order['shipDeadlineState'];

export const orderStatuses: readonly OrderStatus[] = [
  'Received', 'OnHold', 'Reviewed', 'Backordered', 'Allocated', 'Shipped', 'Exception', 'Delivered', 'Closed', 'Cancelled',
];
export const orderDeadlineStates: readonly OrderDeadlineState[] = ['None', 'Running', 'Warned', 'Breached', 'Met', 'Stopped'];

export const getOrders = (query: OrdersQuery): Promise<OrdersPage> => send(api.GET('/api/logistics/orders', { params: { query } }));

export const getOrdersQueryOptions = (query: OrdersQuery) =>
  queryOptions({ queryKey: [...orderKeys.lists(), query], queryFn: () => getOrders(query), placeholderData: keepPreviousData });

type UseOrdersOptions = { query: OrdersQuery; queryConfig?: QueryConfig<typeof getOrdersQueryOptions> };

export const useOrders = ({ query, queryConfig }: UseOrdersOptions) => useQuery({ ...getOrdersQueryOptions(query), ...queryConfig });
