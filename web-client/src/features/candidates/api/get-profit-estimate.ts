import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, send } from '@/lib/api/client';
import type { ResponseOf } from '@/lib/api/types';

import { candidateKeys } from './keys';

/** An estimate with its inputs and every intermediate value; percentages are percent (25 = 25 %). */
export type ProfitEstimate = ResponseOf<'/api/selection/candidates/{id}/profit-estimate', 'get'>;

export const getProfitEstimate = (id: string): Promise<ProfitEstimate> =>
  send(api.GET('/api/selection/candidates/{id}/profit-estimate', { params: { path: { id } } }));

export const getProfitEstimateQueryOptions = (id: string) =>
  queryOptions({ queryKey: candidateKeys.estimate(id), queryFn: () => getProfitEstimate(id) });

export const useProfitEstimate = (id: string) => useQuery(getProfitEstimateQueryOptions(id));
