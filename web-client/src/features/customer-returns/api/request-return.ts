import { api, send } from '@/lib/api/client';
import type { BodyOf } from '@/lib/api/types';
import { useApiMutation, type MutationConfig } from '@/lib/react-query';

import type { CustomerReturnDetails } from './get-return';
import { customerReturnKeys } from './keys';

export type RequestReturnInput = BodyOf<'/api/service/returns', 'post'>;

/** `idempotencyKey` is minted once per form: a retried submission cannot record the request twice. */
export const requestReturn = ({ body, idempotencyKey }: { body: RequestReturnInput; idempotencyKey: string }): Promise<CustomerReturnDetails> =>
  send(api.POST('/api/service/returns', { body, params: { header: { 'Idempotency-Key': idempotencyKey } } }));

export const useRequestReturn = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof requestReturn> } = {}) =>
  useApiMutation(requestReturn, [customerReturnKeys.lists()], mutationConfig);
