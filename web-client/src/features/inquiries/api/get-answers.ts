import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api, send } from '@/lib/api/client';
import type { QueryOf, ResponseOf } from '@/lib/api/types';

export type AnswersQuery = QueryOf<'/api/service/answers', 'get'>;
export type StandardAnswer = ResponseOf<'/api/service/answers', 'get'>['items'][number];

/** The approved answers an agent may cite, searched on the server (question and both texts). */
export const useApprovedAnswers = (search: string) =>
  useQuery(
    queryOptions({
      queryKey: ['service', 'answers', 'approved', search] as const,
      queryFn: () => send(api.GET('/api/service/answers', { params: { query: { status: 'Approved', search: search || undefined, pageSize: 20 } } })),
      placeholderData: keepPreviousData,
      staleTime: 60_000,
    }),
  );
