import { useMutation } from '@tanstack/react-query';

import { api, send } from '@/lib/api/client';
import type { BodyOf, ResponseOf } from '@/lib/api/types';
import type { MutationConfig } from '@/lib/react-query';

export type EstimateProfitInput = BodyOf<'/api/selection/candidates/profit-estimate', 'post'>;
export type WhatIfEstimate = ResponseOf<'/api/selection/candidates/profit-estimate', 'post'>;

/** A what-if calculation: the same arithmetic and settings as a candidate's estimate; nothing is saved. */
export const estimateProfit = ({ body }: { body: EstimateProfitInput }): Promise<WhatIfEstimate> =>
  send(api.POST('/api/selection/candidates/profit-estimate', { body }));

export const useEstimateProfit = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof estimateProfit> } = {}) =>
  useMutation({ ...mutationConfig, mutationFn: estimateProfit });
