import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, send } from '@/lib/api/client';
import type { BodyOf, ResponseOf } from '@/lib/api/types';
import type { MutationConfig } from '@/lib/react-query';

import { orgKeys } from './keys';

export type RegisterApiClientInput = BodyOf<'/api/org/api-clients', 'post'>;
/** The client and its key: the only response that ever carries the key. */
export type ApiClientWithKey = ResponseOf<'/api/org/api-clients', 'post', 201>;

export const registerApiClient = ({ body }: { body: RegisterApiClientInput }): Promise<ApiClientWithKey> =>
  send(api.POST('/api/org/api-clients', { body }));

export const useRegisterApiClient = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof registerApiClient> } = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    ...rest,
    mutationFn: registerApiClient,
    onSuccess: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: orgKeys.apiClients() });
      await onSuccess?.(...args);
    },
  });
};
