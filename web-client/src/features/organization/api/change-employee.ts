import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, ifMatch, send } from '@/lib/api/client';
import type { BodyOf, ResponseOf } from '@/lib/api/types';
import type { MutationConfig } from '@/lib/react-query';

import { orgKeys } from './keys';

export type ChangeEmployeeInput = BodyOf<'/api/org/employees/{id}', 'put'>;

export const changeEmployee = ({ id, version, body }: { id: string; version: number; body: ChangeEmployeeInput })
  : Promise<ResponseOf<'/api/org/employees/{id}', 'put'>> =>
  send(api.PUT('/api/org/employees/{id}', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } }, body }));

export const useChangeEmployee = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof changeEmployee> } = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    ...rest,
    mutationFn: changeEmployee,
    onSuccess: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: orgKeys.employees() });
      await onSuccess?.(...args);
    },
  });
};
