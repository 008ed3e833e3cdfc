import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api, send } from '@/lib/api/client';
import type { QueryOf, ResponseOf } from '@/lib/api/types';

import { orgKeys } from './keys';

export type EmployeesQuery = QueryOf<'/api/org/employees', 'get'>;
export type EmployeesPage = ResponseOf<'/api/org/employees', 'get'>;
export type Employee = EmployeesPage['items'][number];
export type EmployeeStatus = Employee['status'];

export const getEmployees = (query: EmployeesQuery): Promise<EmployeesPage> => send(api.GET('/api/org/employees', { params: { query } }));

export const getEmployeesQueryOptions = (query: EmployeesQuery) =>
  queryOptions({ queryKey: [...orgKeys.employees(), query], queryFn: () => getEmployees(query), placeholderData: keepPreviousData });

export const useEmployees = (query: EmployeesQuery) => useQuery(getEmployeesQueryOptions(query));
