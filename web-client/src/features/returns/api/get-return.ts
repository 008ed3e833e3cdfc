import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, send } from '@/lib/api/client';
import type { ResponseOf } from '@/lib/api/types';

import { returnKeys } from './keys';

export type ReturnDetails = ResponseOf<'/api/logistics/returns/{id}', 'get'>;

export const getReturn = (id: string): Promise<ReturnDetails> => send(api.GET('/api/logistics/returns/{id}', { params: { path: { id }, query: {} } }));

export const useReturn = (id: string) => useQuery(queryOptions({ queryKey: returnKeys.detail(id), queryFn: () => getReturn(id) }));
