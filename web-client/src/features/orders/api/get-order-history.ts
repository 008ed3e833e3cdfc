import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, send } from '@/lib/api/client';
import type { ResponseOf } from '@/lib/api/types';

import { orderKeys } from './keys';

export type OrderHistory = ResponseOf<'/api/logistics/orders/{id}/history', 'get'>;

export const getOrderHistory = (id: string): Promise<OrderHistory> =>
  send(api.GET('/api/logistics/orders/{id}/history', { params: { path: { id } } }));

export const useOrderHistory = (id: string) => useQuery(queryOptions({ queryKey: orderKeys.history(id), queryFn: () => getOrderHistory(id) }));
