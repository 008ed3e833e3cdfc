import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, send } from '@/lib/api/client';
import type { ResponseOf } from '@/lib/api/types';

import { stocktakeKeys } from './keys';

export type Warehouse = ResponseOf<'/api/logistics/warehouses', 'get'>['items'][number];

/** The open warehouses (a team has a handful): to pick one and to name them in lists. */
export const getWarehouses = async (): Promise<Warehouse[]> =>
  (await send(api.GET('/api/logistics/warehouses', { params: { query: { pageSize: 200, closed: false } } }))).items;

export const useWarehouses = () => useQuery(queryOptions({ queryKey: stocktakeKeys.warehouses(), queryFn: getWarehouses, staleTime: 60_000 }));
