import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, send } from '@/lib/api/client';
import type { BodyOf, ResponseOf } from '@/lib/api/types';
import type { MutationConfig } from '@/lib/react-query';

import { reimbursementKeys } from './keys';

export type OpenCaseInput = BodyOf<'/api/logistics/reimbursements', 'post'>;
export type OpenedCase = ResponseOf<'/api/logistics/reimbursements', 'post', 201>;

/** Stock lost or damaged in an FBA fulfilment centre; `idempotencyKey` is minted once per form, so a retry opens one case. */
export const openReimbursementCase = ({ body, idempotencyKey }: { body: OpenCaseInput; idempotencyKey: string }): Promise<OpenedCase> =>
  send(api.POST('/api/logistics/reimbursements', { body, params: { header: { 'Idempotency-Key': idempotencyKey } } }));

export const useOpenReimbursementCase = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof openReimbursementCase> } = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    ...rest,
    mutationFn: openReimbursementCase,
    onSuccess: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: reimbursementKeys.lists() });
      await onSuccess?.(...args);
    },
  });
};
