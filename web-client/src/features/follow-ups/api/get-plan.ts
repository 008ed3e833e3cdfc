import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, send } from '@/lib/api/client';
import type { ResponseOf } from '@/lib/api/types';

import { followUpKeys } from './keys';

export type FollowUpPlanDetails = ResponseOf<'/api/service/follow-up-plans/{id}', 'get'>;
export type PlanHistory = ResponseOf<'/api/service/follow-up-plans/{id}/history', 'get'>;

export const getPlan = (id: string): Promise<FollowUpPlanDetails> => send(api.GET('/api/service/follow-up-plans/{id}', { params: { path: { id } } }));

export const usePlan = (id: string) => useQuery(queryOptions({ queryKey: followUpKeys.detail(id), queryFn: () => getPlan(id) }));

export const usePlanHistory = (id: string) =>
  useQuery(
    queryOptions({
      queryKey: followUpKeys.history(id),
      queryFn: (): Promise<PlanHistory> => send(api.GET('/api/service/follow-up-plans/{id}/history', { params: { path: { id } } })),
    }),
  );
