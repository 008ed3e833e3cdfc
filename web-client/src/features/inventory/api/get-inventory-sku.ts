import { keepPreviousData, useQuery } from '@tanstack/react-query';

import { api, send } from '@/lib/api/client';
import type { QueryOf, ResponseOf } from '@/lib/api/types';

import { inventoryKeys } from './keys';

export type InventorySku = ResponseOf<'/api/logistics/inventory/{sku}', 'get'>;
export type MovementsQuery = QueryOf<'/api/logistics/inventory/{sku}/movements', 'get'>;
export type MovementsPage = ResponseOf<'/api/logistics/inventory/{sku}/movements', 'get'>;
export type Movement = MovementsPage['items'][number];

export const getInventorySku = (sku: string): Promise<InventorySku> =>
  send(api.GET('/api/logistics/inventory/{sku}', { params: { path: { sku } } }));

export const useInventorySku = (sku: string) => useQuery({ queryKey: inventoryKeys.sku(sku), queryFn: () => getInventorySku(sku) });

export const getMovements = (sku: string, query: MovementsQuery): Promise<MovementsPage> =>
  send(api.GET('/api/logistics/inventory/{sku}/movements', { params: { path: { sku }, query } }));

export const useMovements = (sku: string, query: MovementsQuery) =>
  useQuery({ queryKey: inventoryKeys.movements(sku, query), queryFn: () => getMovements(sku, query), placeholderData: keepPreviousData });
