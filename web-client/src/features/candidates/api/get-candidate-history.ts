import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, send } from '@/lib/api/client';
import type { ResponseOf } from '@/lib/api/types';

import { candidateKeys } from './keys';

export type CandidateHistory = ResponseOf<'/api/selection/candidates/{id}/history', 'get'>;

export const getCandidateHistory = (id: string): Promise<CandidateHistory> =>
  send(api.GET('/api/selection/candidates/{id}/history', { params: { path: { id } } }));

export const getCandidateHistoryQueryOptions = (id: string) =>
  queryOptions({ queryKey: candidateKeys.history(id), queryFn: () => getCandidateHistory(id) });

export const useCandidateHistory = (id: string) => useQuery(getCandidateHistoryQueryOptions(id));
