import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, send } from '@/lib/api/client';
import type { BodyOf, ResponseOf } from '@/lib/api/types';
import type { MutationConfig } from '@/lib/react-query';

import { inventoryKeys } from './keys';

export type RecordReceiptInput = BodyOf<'/api/logistics/receipts', 'post'>;
export type Receipt = ResponseOf<'/api/logistics/receipts', 'post', 201>;

/** `idempotencyKey` is minted once per form: a retried submission cannot receive the goods twice. */
export const recordReceipt = ({ body, idempotencyKey }: { body: RecordReceiptInput; idempotencyKey: string }): Promise<Receipt> =>
  send(api.POST('/api/logistics/receipts', { body, params: { header: { 'Idempotency-Key': idempotencyKey } } }));

export const useRecordReceipt = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof recordReceipt> } = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    ...rest,
    mutationFn: recordReceipt,
    onSuccess: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: inventoryKeys.all });
      await queryClient.invalidateQueries({ queryKey: inventoryKeys.receipts() });
      await onSuccess?.(...args);
    },
  });
};
