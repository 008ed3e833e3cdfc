import { api, ifMatch, send } from '@/lib/api/client';
import type { MutationConfig } from '@/lib/react-query';

import type { StocktakeDetails } from './get-stocktake';
import { useStocktakeMutation } from './stocktake-mutation';

/** Sends a submitted stocktake back to counting (operations manager), the chosen lines cleared. */
export const recountStocktake = ({ id, version, skus, reason }: { id: string; version: number; skus: string[]; reason: string }): Promise<StocktakeDetails> =>
  send(api.POST('/api/logistics/stocktakes/{id}/recount', { body: { skus, reason }, params: { path: { id }, header: { 'If-Match': ifMatch(version) } } }));

export const useRecountStocktake = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof recountStocktake> } = {}) =>
  useStocktakeMutation(recountStocktake, mutationConfig);
