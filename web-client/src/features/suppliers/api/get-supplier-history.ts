import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, send } from '@/lib/api/client';
import type { ResponseOf } from '@/lib/api/types';
import type { QueryConfig } from '@/lib/react-query';

import { supplierKeys } from './keys';

export type SupplierHistory = ResponseOf<'/api/selection/suppliers/{id}/history', 'get'>;

export const getSupplierHistory = (id: string): Promise<SupplierHistory> =>
  send(api.GET('/api/selection/suppliers/{id}/history', { params: { path: { id } } }));

export const getSupplierHistoryQueryOptions = (id: string) =>
  queryOptions({ queryKey: supplierKeys.history(id), queryFn: () => getSupplierHistory(id) });

type UseSupplierHistoryOptions = { id: string; queryConfig?: QueryConfig<typeof getSupplierHistoryQueryOptions> };

export const useSupplierHistory = ({ id, queryConfig }: UseSupplierHistoryOptions) =>
  useQuery({ ...getSupplierHistoryQueryOptions(id), ...queryConfig });
