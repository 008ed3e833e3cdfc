import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, ifMatch, send } from '@/lib/api/client';
import type { ResponseOf } from '@/lib/api/types';
import type { MutationConfig } from '@/lib/react-query';

import { orgKeys } from './keys';

export type RotatedKey = ResponseOf<'/api/org/api-clients/{id}/rotate', 'post'>;

export const rotateApiClientKey = ({ id, version }: { id: string; version: number }): Promise<RotatedKey> =>
  send(api.POST('/api/org/api-clients/{id}/rotate', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } } }));

export const useRotateApiClientKey = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof rotateApiClientKey> } = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    ...rest,
    mutationFn: rotateApiClientKey,
    onSuccess: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: orgKeys.apiClients() });
      await onSuccess?.(...args);
    },
  });
};
