import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, send } from '@/lib/api/client';
import type { QueryOf, ResponseOf } from '@/lib/api/types';

import { candidateKeys } from './keys';

export type SuppliersQuery = QueryOf<'/api/selection/suppliers', 'get'>;
export type SupplierOption = ResponseOf<'/api/selection/suppliers', 'get'>['items'][number];

/** Suppliers a quote can name, searched by name on the server (the candidates screens' own read of the list). */
export const getSupplierOptions = (query: SuppliersQuery) => send(api.GET('/api/selection/suppliers', { params: { query } }));

export const getSupplierOptionsQueryOptions = (search: string) =>
  queryOptions({
    queryKey: [...candidateKeys.suppliers(), search],
    queryFn: () => getSupplierOptions({ search: search || undefined, page: 1, pageSize: 50 }),
  });

export const useSupplierOptions = (search: string) => useQuery(getSupplierOptionsQueryOptions(search));
