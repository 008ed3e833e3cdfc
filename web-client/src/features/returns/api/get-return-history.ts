import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, send } from '@/lib/api/client';
import type { ResponseOf } from '@/lib/api/types';

import { returnKeys } from './keys';

export type ReturnHistory = ResponseOf<'/api/logistics/returns/{id}/history', 'get'>;

export const getReturnHistory = (id: string): Promise<ReturnHistory> =>
  send(api.GET('/api/logistics/returns/{id}/history', { params: { path: { id } } }));

export const useReturnHistory = (id: string) => useQuery(queryOptions({ queryKey: returnKeys.history(id), queryFn: () => getReturnHistory(id) }));
