import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api, send } from '@/lib/api/client';
import type { QueryOf, ResponseOf } from '@/lib/api/types';

import { inventoryKeys } from './keys';

export type ReplenishmentQuery = QueryOf<'/api/logistics/inventory/replenishment', 'get'>;
export type ReplenishmentPage = ResponseOf<'/api/logistics/inventory/replenishment', 'get'>;
export type ReplenishmentSuggestion = ReplenishmentPage['items'][number];

export const getReplenishment = (query: ReplenishmentQuery): Promise<ReplenishmentPage> =>
  send(api.GET('/api/logistics/inventory/replenishment', { params: { query } }));

export const useReplenishment = (query: ReplenishmentQuery) =>
  useQuery(
    queryOptions({ queryKey: inventoryKeys.replenishment(query), queryFn: () => getReplenishment(query), placeholderData: keepPreviousData }),
  );
