import { api, ifMatch, send } from '@/lib/api/client';
import type { BodyOf, ResponseOf } from '@/lib/api/types';
import { useApiMutation, type MutationConfig } from '@/lib/react-query';

import { orgKeys } from './keys';

export type ChangeEmployeeInput = BodyOf<'/api/org/employees/{id}', 'put'>;

export const changeEmployee = ({ id, version, body }: { id: string; version: number; body: ChangeEmployeeInput })
  : Promise<ResponseOf<'/api/org/employees/{id}', 'put'>> =>
  send(api.PUT('/api/org/employees/{id}', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } }, body }));

export const useChangeEmployee = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof changeEmployee> } = {}) =>
  useApiMutation(changeEmployee, [orgKeys.employees()], mutationConfig);
