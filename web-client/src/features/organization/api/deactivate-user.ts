import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, ifMatch, send } from '@/lib/api/client';
import type { BodyOf, ResponseOf } from '@/lib/api/types';
import type { MutationConfig } from '@/lib/react-query';

import { orgKeys } from './keys';

export type DeactivateUserInput = BodyOf<'/api/org/users/{id}/deactivate', 'post'>;

export const deactivateUser = ({ id, version, body }: { id: string; version: number; body: DeactivateUserInput })
  : Promise<ResponseOf<'/api/org/users/{id}/deactivate', 'post'>> =>
  send(api.POST('/api/org/users/{id}/deactivate', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } }, body }));

export const useDeactivateUser = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof deactivateUser> } = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    ...rest,
    mutationFn: deactivateUser,
    onSuccess: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: orgKeys.users() });
      await onSuccess?.(...args);
    },
  });
};
