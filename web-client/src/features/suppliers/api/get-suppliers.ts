import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api, send } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';
import type { QueryOf, ResponseOf } from '@/lib/api/types';
import type { QueryConfig } from '@/lib/react-query';

import { supplierKeys } from './keys';

export type SuppliersQuery = QueryOf<'/api/selection/suppliers', 'get'>;
export type SuppliersPage = ResponseOf<'/api/selection/suppliers', 'get'>;
export type Supplier = components['schemas']['SupplierDetails'];
export type SupplierStatus = components['schemas']['SupplierStatus'];
export type SupplierGrade = components['schemas']['SupplierGrade'];

export const supplierStatuses: readonly SupplierStatus[] = ['Registered', 'Evaluated', 'Approved', 'Conditional', 'Rejected', 'Suspended'];
export const supplierGrades: readonly SupplierGrade[] = ['A', 'B', 'C', 'D'];
export type SupplierActivity = NonNullable<SuppliersQuery['activity']>;
export const supplierActivities: readonly SupplierActivity[] = ['Registered', 'Evaluated', 'Delivered'];

export const getSuppliers = (query: SuppliersQuery): Promise<SuppliersPage> =>
  send(api.GET('/api/selection/suppliers', { params: { query } }));

export const getSuppliersQueryOptions = (query: SuppliersQuery) =>
  queryOptions({
    queryKey: supplierKeys.list(query),
    queryFn: () => getSuppliers(query),
    placeholderData: keepPreviousData,
  });

type UseSuppliersOptions = { query: SuppliersQuery; queryConfig?: QueryConfig<typeof getSuppliersQueryOptions> };

export const useSuppliers = ({ query, queryConfig }: UseSuppliersOptions) => useQuery({ ...getSuppliersQueryOptions(query), ...queryConfig });
