import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, ifMatch, send } from '@/lib/api/client';
import type { BodyOf, ResponseOf } from '@/lib/api/types';
import type { MutationConfig } from '@/lib/react-query';

import { orgKeys } from './keys';

export type RevokeApiClientInput = BodyOf<'/api/org/api-clients/{id}/revoke', 'post'>;

export const revokeApiClient = ({ id, version, body }: { id: string; version: number; body: RevokeApiClientInput })
  : Promise<ResponseOf<'/api/org/api-clients/{id}/revoke', 'post'>> =>
  send(api.POST('/api/org/api-clients/{id}/revoke', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } }, body }));

export const useRevokeApiClient = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof revokeApiClient> } = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    ...rest,
    mutationFn: revokeApiClient,
    onSuccess: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: orgKeys.apiClients() });
      await onSuccess?.(...args);
    },
  });
};
