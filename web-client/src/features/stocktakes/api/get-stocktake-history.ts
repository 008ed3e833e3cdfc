import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, send } from '@/lib/api/client';
import type { ResponseOf } from '@/lib/api/types';

import { stocktakeKeys } from './keys';

export type StocktakeHistory = ResponseOf<'/api/logistics/stocktakes/{id}/history', 'get'>;

export const getStocktakeHistory = (id: string): Promise<StocktakeHistory> =>
  send(api.GET('/api/logistics/stocktakes/{id}/history', { params: { path: { id } } }));

export const useStocktakeHistory = (id: string) =>
  useQuery(queryOptions({ queryKey: stocktakeKeys.history(id), queryFn: () => getStocktakeHistory(id) }));
