import { api, ifMatch, send } from '@/lib/api/client';
import type { MutationConfig } from '@/lib/react-query';

import type { StocktakeDetails } from './get-stocktake';
import { useStocktakeMutation } from './stocktake-mutation';

/** Submits for approval; refused while a line is uncounted or a variance over the threshold has no reason (named per line). */
export const submitStocktake = ({ id, version }: { id: string; version: number }): Promise<StocktakeDetails> =>
  send(api.POST('/api/logistics/stocktakes/{id}/submit', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } } }));

export const useSubmitStocktake = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof submitStocktake> } = {}) =>
  useStocktakeMutation(submitStocktake, mutationConfig);
