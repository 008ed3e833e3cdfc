import { api, ifMatch, send } from '@/lib/api/client';
import type { ResponseOf } from '@/lib/api/types';
import type { MutationConfig } from '@/lib/react-query';

import { useSupplierChange } from './use-supplier-change';

/** Sends the version the person saw (If-Match): a change made meanwhile makes the server answer 412. */
export const approveSupplier = ({ id, version }: { id: string; version: number })
  : Promise<ResponseOf<'/api/selection/suppliers/{id}/approve', 'post'>> =>
  send(api.POST('/api/selection/suppliers/{id}/approve', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } } }));

export const useApproveSupplier = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof approveSupplier> } = {}) => useSupplierChange(approveSupplier, mutationConfig);
