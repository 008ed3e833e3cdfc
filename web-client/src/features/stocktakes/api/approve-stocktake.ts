import { api, ifMatch, send } from '@/lib/api/client';
import type { MutationConfig } from '@/lib/react-query';

import type { StocktakeDetails } from './get-stocktake';
import { useStocktakeMutation } from './stocktake-mutation';

/** Approves (operations manager): on hand moves by each line's variance. */
export const approveStocktake = ({ id, version }: { id: string; version: number }): Promise<StocktakeDetails> =>
  send(api.POST('/api/logistics/stocktakes/{id}/approve', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } } }));

export const useApproveStocktake = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof approveStocktake> } = {}) =>
  useStocktakeMutation(approveStocktake, mutationConfig);
