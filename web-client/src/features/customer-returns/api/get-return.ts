import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, send } from '@/lib/api/client';
import type { ResponseOf } from '@/lib/api/types';

import { customerReturnKeys } from './keys';

export type CustomerReturnDetails = ResponseOf<'/api/service/returns/{id}', 'get'>;
export type CustomerReturnHistory = ResponseOf<'/api/service/returns/{id}/history', 'get'>;

export const getCustomerReturn = (id: string): Promise<CustomerReturnDetails> =>
  send(api.GET('/api/service/returns/{id}', { params: { path: { id } } }));

export const useCustomerReturn = (id: string) =>
  useQuery(queryOptions({ queryKey: customerReturnKeys.detail(id), queryFn: () => getCustomerReturn(id) }));

export const useCustomerReturnHistory = (id: string) =>
  useQuery(
    queryOptions({
      queryKey: customerReturnKeys.history(id),
      queryFn: (): Promise<CustomerReturnHistory> => send(api.GET('/api/service/returns/{id}/history', { params: { path: { id } } })),
    }),
  );
