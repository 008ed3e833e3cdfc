import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api, send } from '@/lib/api/client';
import type { QueryOf, ResponseOf } from '@/lib/api/types';
import type { QueryConfig } from '@/lib/react-query';

import { orgKeys } from './keys';

export type UsersQuery = QueryOf<'/api/org/users', 'get'>;
export type UsersPage = ResponseOf<'/api/org/users', 'get'>;
export type User = UsersPage['items'][number];
export type UserStatus = User['status'];

export const getUsers = (query: UsersQuery): Promise<UsersPage> => send(api.GET('/api/org/users', { params: { query } }));

export const getUsersQueryOptions = (query: UsersQuery) =>
  queryOptions({
    queryKey: [...orgKeys.users(), query],
    queryFn: () => getUsers(query),
    placeholderData: keepPreviousData,
  });

type UseUsersOptions = { query: UsersQuery; queryConfig?: QueryConfig<typeof getUsersQueryOptions> };

export const useUsers = ({ query, queryConfig }: UseUsersOptions) => useQuery({ ...getUsersQueryOptions(query), ...queryConfig });
