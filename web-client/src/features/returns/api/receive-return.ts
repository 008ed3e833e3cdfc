import { api, ifMatch, send } from '@/lib/api/client';
import type { BodyOf } from '@/lib/api/types';
import type { MutationConfig } from '@/lib/react-query';

import type { ReturnDetails } from './get-return';
import { useReturnMutation } from './return-mutation';

export type ReceiveReturnBody = BodyOf<'/api/logistics/returns/{id}/receive', 'post'>;

export const receiveReturn = ({ id, version, body }: { id: string; version: number; body: ReceiveReturnBody }): Promise<ReturnDetails> =>
  send(api.POST('/api/logistics/returns/{id}/receive', { body, params: { path: { id }, header: { 'If-Match': ifMatch(version) } } }));

export const useReceiveReturn = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof receiveReturn> } = {}) =>
  useReturnMutation(receiveReturn, mutationConfig);
