import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api, send } from '@/lib/api/client';
import type { QueryOf, ResponseOf } from '@/lib/api/types';
import type { QueryConfig } from '@/lib/react-query';

import { orgKeys } from './keys';

export type ApiClientsQuery = QueryOf<'/api/org/api-clients', 'get'>;
export type ApiClientsPage = ResponseOf<'/api/org/api-clients', 'get'>;
export type ApiClient = ApiClientsPage['items'][number];

export const getApiClients = (query: ApiClientsQuery): Promise<ApiClientsPage> =>
  send(api.GET('/api/org/api-clients', { params: { query } }));

export const getApiClientsQueryOptions = (query: ApiClientsQuery) =>
  queryOptions({
    queryKey: [...orgKeys.apiClients(), query],
    queryFn: () => getApiClients(query),
    placeholderData: keepPreviousData,
  });

type UseApiClientsOptions = { query: ApiClientsQuery; queryConfig?: QueryConfig<typeof getApiClientsQueryOptions> };

export const useApiClients = ({ query, queryConfig }: UseApiClientsOptions) =>
  useQuery({ ...getApiClientsQueryOptions(query), ...queryConfig });
