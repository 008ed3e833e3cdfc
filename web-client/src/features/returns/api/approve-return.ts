import { api, ifMatch, send } from '@/lib/api/client';
import type { MutationConfig } from '@/lib/react-query';

import type { ReturnDetails } from './get-return';
import { useReturnMutation } from './return-mutation';

export const approveReturn = ({ id, version }: { id: string; version: number }): Promise<ReturnDetails> =>
  send(api.POST('/api/logistics/returns/{id}/approve', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } } }));

export const useApproveReturn = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof approveReturn> } = {}) =>
  useReturnMutation(approveReturn, mutationConfig);
