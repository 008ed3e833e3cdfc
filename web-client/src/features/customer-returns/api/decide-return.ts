import { api, ifMatch, send } from '@/lib/api/client';
import { useRecordMutation, type MutationConfig } from '@/lib/react-query';

import type { CustomerReturnDetails } from './get-return';
import { customerReturnKeys } from './keys';

type OnReturn = { id: string; version: number };
const path = (id: string, version: number) => ({ path: { id }, header: { 'If-Match': ifMatch(version) } });
const refresh = {
  detail: customerReturnKeys.detail,
  refresh: (r: CustomerReturnDetails) => [customerReturnKeys.history(r.id), customerReturnKeys.lists(), ['service', 'orders']],
};

/** Approved, the return goes to logistics, which takes the item back and reports its inspection. */
export const approveReturn = ({ id, version }: OnReturn): Promise<CustomerReturnDetails> =>
  send(api.POST('/api/service/returns/{id}/approve', { params: path(id, version) }));
export const useApproveReturn = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof approveReturn> } = {}) =>
  useRecordMutation(approveReturn, refresh, mutationConfig);

/** Rejected, with the reason the customer is told. */
export const rejectReturn = ({ id, version, reason }: OnReturn & { reason: string }): Promise<CustomerReturnDetails> =>
  send(api.POST('/api/service/returns/{id}/reject', { params: path(id, version), body: { reason } }));
export const useRejectReturn = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof rejectReturn> } = {}) =>
  useRecordMutation(rejectReturn, refresh, mutationConfig);
