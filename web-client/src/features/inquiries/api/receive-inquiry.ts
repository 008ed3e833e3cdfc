import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, send } from '@/lib/api/client';
import type { BodyOf } from '@/lib/api/types';
import type { MutationConfig } from '@/lib/react-query';

import type { InquiryDetails } from './get-inquiry';
import { inquiryKeys } from './keys';

export type ReceiveInquiryInput = BodyOf<'/api/service/inquiries', 'post'>;

/** `idempotencyKey` is minted once per form: a retried submission cannot record the inquiry twice. */
export const receiveInquiry = ({ body, idempotencyKey }: { body: ReceiveInquiryInput; idempotencyKey: string }): Promise<InquiryDetails> =>
  send(api.POST('/api/service/inquiries', { body, params: { header: { 'Idempotency-Key': idempotencyKey } } }));

export const useReceiveInquiry = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof receiveInquiry> } = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    ...rest,
    mutationFn: receiveInquiry,
    onSuccess: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: inquiryKeys.lists() });
      await onSuccess?.(...args);
    },
  });
};
