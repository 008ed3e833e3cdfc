import { api, send } from '@/lib/api/client';
import type { BodyOf } from '@/lib/api/types';
import { useApiMutation, type MutationConfig } from '@/lib/react-query';

import type { StocktakeDetails } from './get-stocktake';
import { stocktakeKeys } from './keys';

export type PlanStocktakeInput = BodyOf<'/api/logistics/stocktakes', 'post'>;

/** `idempotencyKey` is minted once per form: a retried submission cannot plan the stocktake twice. */
export const planStocktake = ({ body, idempotencyKey }: { body: PlanStocktakeInput; idempotencyKey: string }): Promise<StocktakeDetails> =>
  send(api.POST('/api/logistics/stocktakes', { body, params: { header: { 'Idempotency-Key': idempotencyKey } } }));

export const usePlanStocktake = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof planStocktake> } = {}) =>
  useApiMutation(planStocktake, [stocktakeKeys.lists(), stocktakeKeys.schedule()], mutationConfig);
