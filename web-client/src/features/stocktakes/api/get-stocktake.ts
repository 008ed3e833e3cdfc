import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, send } from '@/lib/api/client';
import type { ResponseOf } from '@/lib/api/types';

import { stocktakeKeys } from './keys';

export type StocktakeDetails = ResponseOf<'/api/logistics/stocktakes/{id}', 'get'>;

export const getStocktake = (id: string): Promise<StocktakeDetails> =>
  send(api.GET('/api/logistics/stocktakes/{id}', { params: { path: { id }, query: {} } }));

export const useStocktake = (id: string) => useQuery(queryOptions({ queryKey: stocktakeKeys.detail(id), queryFn: () => getStocktake(id) }));
