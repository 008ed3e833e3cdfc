import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api, send } from '@/lib/api/client';
import type { QueryOf, ResponseOf } from '@/lib/api/types';

import { stocktakeKeys } from './keys';

export type StocktakesQuery = QueryOf<'/api/logistics/stocktakes', 'get'>;
export type StocktakesPage = ResponseOf<'/api/logistics/stocktakes', 'get'>;
export type Stocktake = StocktakesPage['items'][number];
export type StocktakeStatus = Stocktake['status'];
export type StocktakeLine = Stocktake['lines'][number];

export const stocktakeStatuses: readonly StocktakeStatus[] = ['Planned', 'Counting', 'Submitted', 'Approved'];

export const getStocktakes = (query: StocktakesQuery): Promise<StocktakesPage> => send(api.GET('/api/logistics/stocktakes', { params: { query } }));

export const getStocktakesQueryOptions = (query: StocktakesQuery) =>
  queryOptions({ queryKey: [...stocktakeKeys.lists(), query], queryFn: () => getStocktakes(query), placeholderData: keepPreviousData });

export const useStocktakes = (query: StocktakesQuery) => useQuery(getStocktakesQueryOptions(query));
