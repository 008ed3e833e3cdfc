import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, send } from '@/lib/api/client';
import type { BodyOf, ResponseOf } from '@/lib/api/types';
import type { MutationConfig } from '@/lib/react-query';

import { supplierKeys } from './keys';

export type RegisterSupplierInput = BodyOf<'/api/selection/suppliers', 'post'>;
export type RegisteredSupplier = ResponseOf<'/api/selection/suppliers', 'post', 201>;

/** `idempotencyKey` is minted once per form: a retried submission cannot register the supplier twice. */
export const registerSupplier = ({ body, idempotencyKey }: { body: RegisterSupplierInput; idempotencyKey: string }): Promise<RegisteredSupplier> =>
  send(api.POST('/api/selection/suppliers', { body, params: { header: { 'Idempotency-Key': idempotencyKey } } }));

export const useRegisterSupplier = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof registerSupplier> } = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    ...rest,
    mutationFn: registerSupplier,
    onSuccess: async (...args) => {
      queryClient.setQueryData(supplierKeys.detail(args[0].id), args[0]);
      await queryClient.invalidateQueries({ queryKey: supplierKeys.lists() });
      await onSuccess?.(...args);
    },
  });
};
