import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, send } from '@/lib/api/client';

import { candidateKeys } from './keys';

/** The categories candidates are filed under, A to Z, each once whatever its case (the server's list). */
export const getCandidateCategories = (): Promise<string[]> => send(api.GET('/api/selection/candidates/categories'));

export const getCandidateCategoriesQueryOptions = () =>
  queryOptions({ queryKey: candidateKeys.categories(), queryFn: getCandidateCategories, staleTime: 60_000 });

export const useCandidateCategories = () => useQuery(getCandidateCategoriesQueryOptions());
