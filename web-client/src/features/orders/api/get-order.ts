import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, send } from '@/lib/api/client';
import type { ResponseOf } from '@/lib/api/types';

import { orderKeys } from './keys';

export type OrderDetails = ResponseOf<'/api/logistics/orders/{id}', 'get'>;

export const getOrder = (id: string): Promise<OrderDetails> => send(api.GET('/api/logistics/orders/{id}', { params: { path: { id } } }));

export const getOrderQueryOptions = (id: string) => queryOptions({ queryKey: orderKeys.detail(id), queryFn: () => getOrder(id) });

export const useOrder = (id: string) => useQuery(getOrderQueryOptions(id));
