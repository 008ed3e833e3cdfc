import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';

import { api, send } from '@/lib/api/client';
import type { QueryOf, ResponseOf } from '@/lib/api/types';

import { candidateKeys } from './keys';

export type CandidatesQuery = QueryOf<'/api/selection/candidates', 'get'>;
export type CandidatesPage = ResponseOf<'/api/selection/candidates', 'get'>;
export type CandidateSummary = CandidatesPage['items'][number];
export type CandidateStage = CandidateSummary['stage'];

/** In the order of the server's CandidateStage enum: the board's columns. */
export const candidateStages = [
  'Proposed', 'Screened', 'Sourcing', 'Sampling', 'Approved', 'Rejected', 'Shelved',
] as const satisfies readonly CandidateStage[];

export type CandidateActivity = NonNullable<CandidatesQuery['activity']>;
export const candidateActivities: readonly CandidateActivity[] = ['Proposed', 'Screened', 'SampleTested', 'Approved'];

export const getCandidates = (query: CandidatesQuery): Promise<CandidatesPage> =>
  send(api.GET('/api/selection/candidates', { params: { query } }));

/** One board column: a stage's candidates, a page at a time ("more" fetches the next page). */
export const getCandidatesInfiniteOptions = (query: Omit<CandidatesQuery, 'page'>) =>
  infiniteQueryOptions({
    queryKey: [...candidateKeys.lists(), query],
    queryFn: ({ pageParam }) => getCandidates({ ...query, page: pageParam }),
    initialPageParam: 1,
    getNextPageParam: (last) => {
      const current = last.page ?? 1;
      return current < (last.totalPages ?? 0) ? current + 1 : undefined;
    },
  });

export const useCandidatesColumn = (query: Omit<CandidatesQuery, 'page'>) => useInfiniteQuery(getCandidatesInfiniteOptions(query));
