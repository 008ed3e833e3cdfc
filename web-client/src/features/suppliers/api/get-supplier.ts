import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, send } from '@/lib/api/client';
import type { ResponseOf } from '@/lib/api/types';
import type { QueryConfig } from '@/lib/react-query';

import { supplierKeys } from './keys';

export type SupplierDetails = ResponseOf<'/api/selection/suppliers/{id}', 'get'>;

export const getSupplier = (id: string): Promise<SupplierDetails> =>
  send(api.GET('/api/selection/suppliers/{id}', { params: { path: { id } } }));

export const getSupplierQueryOptions = (id: string) => queryOptions({ queryKey: supplierKeys.detail(id), queryFn: () => getSupplier(id) });

type UseSupplierOptions = { id: string; queryConfig?: QueryConfig<typeof getSupplierQueryOptions> };

export const useSupplier = ({ id, queryConfig }: UseSupplierOptions) => useQuery({ ...getSupplierQueryOptions(id), ...queryConfig });
