import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, send } from '@/lib/api/client';
import type { BodyOf, ResponseOf } from '@/lib/api/types';
import type { MutationConfig } from '@/lib/react-query';

import { channelKeys } from './keys';

export type RegisterChannelInput = BodyOf<'/api/logistics/channels', 'post'>;
export type RegisteredChannel = ResponseOf<'/api/logistics/channels', 'post', 201>;

/** `idempotencyKey` is minted once per form: a retried submission cannot register the channel twice. */
export const registerChannel = ({ body, idempotencyKey }: { body: RegisterChannelInput; idempotencyKey: string }): Promise<RegisteredChannel> =>
  send(api.POST('/api/logistics/channels', { body, params: { header: { 'Idempotency-Key': idempotencyKey } } }));

export const useRegisterChannel = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof registerChannel> } = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    ...rest,
    mutationFn: registerChannel,
    onSuccess: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: channelKeys.lists() });
      await onSuccess?.(...args);
    },
  });
};
