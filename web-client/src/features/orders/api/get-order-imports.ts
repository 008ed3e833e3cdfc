import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api, send } from '@/lib/api/client';
import type { QueryOf, ResponseOf } from '@/lib/api/types';

import { orderKeys } from './keys';

export type OrderImportsQuery = QueryOf<'/api/logistics/orders/imports', 'get'>;
export type OrderImportsPage = ResponseOf<'/api/logistics/orders/imports', 'get'>;

/** The order import jobs, newest first (without their row errors: the job itself has them). */
export const getOrderImports = (query: OrderImportsQuery): Promise<OrderImportsPage> =>
  send(api.GET('/api/logistics/orders/imports', { params: { query } }));

export const getOrderImportsQueryOptions = (query: OrderImportsQuery) =>
  queryOptions({ queryKey: orderKeys.importList(query), queryFn: () => getOrderImports(query), placeholderData: keepPreviousData });

export const useOrderImports = (query: OrderImportsQuery) => useQuery(getOrderImportsQueryOptions(query));
