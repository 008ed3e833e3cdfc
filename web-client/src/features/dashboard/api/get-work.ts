import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api, send } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

export type WorkItem = components['schemas']['WorkItemView'];
export type WorkScope = components['schemas']['WorkScope'];
export type WorkPage = components['schemas']['PageOfWorkItemView'];

export const workPageSize = 10;

/** The work queue (GET /api/org/work): breached first, then warned, then open, each by due time. */
export const getWorkQueryOptions = (scope: WorkScope, page: number) =>
  queryOptions({
    queryKey: ['org', 'work', scope, page] as const,
    queryFn: () => send(api.GET('/api/org/work', { params: { query: { scope, page, pageSize: workPageSize } } })),
    staleTime: 30_000,
    refetchInterval: 60_000, // deadlines warn and fall due on their own: the queue follows them
    placeholderData: keepPreviousData,
  });

export const useWork = (scope: WorkScope, page: number) => useQuery(getWorkQueryOptions(scope, page));
