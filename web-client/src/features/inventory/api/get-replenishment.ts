import { useQuery } from '@tanstack/react-query';

import { api, send } from '@/lib/api/client';
import type { ResponseOf } from '@/lib/api/types';

import { inventoryKeys } from './keys';

export type ReplenishmentSuggestion = ResponseOf<'/api/logistics/inventory/replenishment', 'get'>[number];

export const getReplenishment = (warehouseId?: string): Promise<ReplenishmentSuggestion[]> =>
  send(api.GET('/api/logistics/inventory/replenishment', { params: { query: warehouseId ? { warehouseId } : {} } }));

export const useReplenishment = (warehouseId?: string) =>
  useQuery({ queryKey: inventoryKeys.replenishment(warehouseId), queryFn: () => getReplenishment(warehouseId) });
