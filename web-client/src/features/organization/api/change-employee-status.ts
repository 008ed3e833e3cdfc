import { api, ifMatch, send } from '@/lib/api/client';
import type { ResponseOf } from '@/lib/api/types';
import { useApiMutation, type MutationConfig } from '@/lib/react-query';

import { orgKeys } from './keys';

/** The three moves of an employee's status, each its own endpoint with a reason. */
export type EmployeeStatusChange = 'start-leave' | 'return-from-leave' | 'leave-company';

type Changed = ResponseOf<'/api/org/employees/{id}/start-leave', 'post'>;

export const changeEmployeeStatus = ({ change, id, version, reason }: { change: EmployeeStatusChange; id: string; version: number; reason: string })
  : Promise<Changed> => {
  const params = { path: { id }, header: { 'If-Match': ifMatch(version) } };
  const body = { reason };
  switch (change) {
    case 'start-leave':
      return send(api.POST('/api/org/employees/{id}/start-leave', { params, body }));
    case 'return-from-leave':
      return send(api.POST('/api/org/employees/{id}/return-from-leave', { params, body }));
    case 'leave-company':
      return send(api.POST('/api/org/employees/{id}/leave-company', { params, body }));
  }
};

export const useChangeEmployeeStatus = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof changeEmployeeStatus> } = {}) =>
  useApiMutation(changeEmployeeStatus, [orgKeys.all], mutationConfig);
