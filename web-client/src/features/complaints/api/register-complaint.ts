import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, send } from '@/lib/api/client';
import type { BodyOf } from '@/lib/api/types';
import type { MutationConfig } from '@/lib/react-query';

import type { ComplaintDetails } from './get-complaint';
import { complaintKeys } from './keys';

export type RegisterComplaintInput = BodyOf<'/api/service/complaints', 'post'>;

/** `idempotencyKey` is minted once per form: a retried submission cannot register the complaint twice. */
export const registerComplaint = ({ body, idempotencyKey }: { body: RegisterComplaintInput; idempotencyKey: string }): Promise<ComplaintDetails> =>
  send(api.POST('/api/service/complaints', { body, params: { header: { 'Idempotency-Key': idempotencyKey } } }));

export const useRegisterComplaint = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof registerComplaint> } = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    ...rest,
    mutationFn: registerComplaint,
    onSuccess: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: complaintKeys.lists() });
      await onSuccess?.(...args);
    },
  });
};
