import { api, ifMatch, send } from '@/lib/api/client';
import type { MutationConfig } from '@/lib/react-query';

import type { StocktakeDetails } from './get-stocktake';
import { useStocktakeMutation } from './stocktake-mutation';

/** Starts counting: the server freezes each line's system quantity at the stock of this moment. */
export const startStocktake = ({ id, version }: { id: string; version: number }): Promise<StocktakeDetails> =>
  send(api.POST('/api/logistics/stocktakes/{id}/start', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } } }));

export const useStartStocktake = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof startStocktake> } = {}) =>
  useStocktakeMutation(startStocktake, mutationConfig);
