import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, send } from '@/lib/api/client';
import type { BodyOf, ResponseOf } from '@/lib/api/types';
import type { MutationConfig } from '@/lib/react-query';

import { orderKeys } from './keys';

export type ReceiveOrderInput = BodyOf<'/api/logistics/orders', 'post'>;
export type ReceivedOrder = ResponseOf<'/api/logistics/orders', 'post', 201>;

/** `idempotencyKey` is minted once per form: a retried submission cannot receive the order twice. */
export const receiveOrder = ({ body, idempotencyKey }: { body: ReceiveOrderInput; idempotencyKey: string }): Promise<ReceivedOrder> =>
  send(api.POST('/api/logistics/orders', { body, params: { header: { 'Idempotency-Key': idempotencyKey } } }));

export const useReceiveOrder = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof receiveOrder> } = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    ...rest,
    mutationFn: receiveOrder,
    onSuccess: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: orderKeys.lists() });
      await onSuccess?.(...args);
    },
  });
};
