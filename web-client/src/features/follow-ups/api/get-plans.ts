import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api, send } from '@/lib/api/client';
import type { QueryOf, ResponseOf } from '@/lib/api/types';

import { followUpKeys } from './keys';

export type PlansQuery = QueryOf<'/api/service/follow-up-plans', 'get'>;
export type PlansPage = ResponseOf<'/api/service/follow-up-plans', 'get'>;
export type FollowUpPlan = PlansPage['items'][number];
export type FollowUp = FollowUpPlan['followUps'][number];
export type FollowUpMethod = FollowUp['method'];

export const followUpMethods: readonly FollowUpMethod[] = ['Phone', 'Email', 'Chat'];

export const getPlans = (query: PlansQuery): Promise<PlansPage> => send(api.GET('/api/service/follow-up-plans', { params: { query } }));

export const usePlans = (query: PlansQuery) =>
  useQuery(queryOptions({ queryKey: [...followUpKeys.lists(), query], queryFn: () => getPlans(query), placeholderData: keepPreviousData }));
