import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api, send } from '@/lib/api/client';
import type { QueryOf, ResponseOf } from '@/lib/api/types';

import { inventoryKeys } from './keys';

export type InventoryQuery = QueryOf<'/api/logistics/inventory', 'get'>;
export type InventoryPage = ResponseOf<'/api/logistics/inventory', 'get'>;
export type InventoryRow = InventoryPage['items'][number];
export type StockAlert = Exclude<InventoryRow['alerts'][number], 'None'>;

export const stockAlerts: readonly StockAlert[] = ['LowStock', 'StockoutForecast', 'ReorderPoint', 'SlowMoving', 'Excess'];

export const getInventory = (query: InventoryQuery): Promise<InventoryPage> => send(api.GET('/api/logistics/inventory', { params: { query } }));

export const useInventory = (query: InventoryQuery) =>
  useQuery(queryOptions({ queryKey: [...inventoryKeys.lists(), query], queryFn: () => getInventory(query), placeholderData: keepPreviousData }));
