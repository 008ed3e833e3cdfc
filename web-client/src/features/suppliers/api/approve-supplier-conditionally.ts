import { api, ifMatch, send } from '@/lib/api/client';
import type { BodyOf, ResponseOf } from '@/lib/api/types';
import type { MutationConfig } from '@/lib/react-query';

import { useSupplierChange } from './use-supplier-change';

export type ApproveConditionallyInput = BodyOf<'/api/selection/suppliers/{id}/approve-conditionally', 'post'>;

/** Sends the version the person saw (If-Match): a change made meanwhile makes the server answer 412. */
export const approveSupplierConditionally = ({ id, version, body }: { id: string; version: number; body: ApproveConditionallyInput })
  : Promise<ResponseOf<'/api/selection/suppliers/{id}/approve-conditionally', 'post'>> =>
  send(api.POST('/api/selection/suppliers/{id}/approve-conditionally', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } }, body }));

export const useApproveSupplierConditionally = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof approveSupplierConditionally> } = {}) => useSupplierChange(approveSupplierConditionally, mutationConfig);
