import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, send } from '@/lib/api/client';
import type { ResponseOf } from '@/lib/api/types';

import { candidateKeys } from './keys';

export type Candidate = ResponseOf<'/api/selection/candidates/{id}', 'get'>;
export type Quote = Candidate['quotes'][number];
export type Sample = Candidate['samples'][number];

export const getCandidate = (id: string): Promise<Candidate> =>
  send(api.GET('/api/selection/candidates/{id}', { params: { path: { id } } }));

export const getCandidateQueryOptions = (id: string) => queryOptions({ queryKey: candidateKeys.detail(id), queryFn: () => getCandidate(id) });

export const useCandidate = (id: string) => useQuery(getCandidateQueryOptions(id));
