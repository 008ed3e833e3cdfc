import { api, ifMatch, send } from '@/lib/api/client';
import type { BodyOf, ResponseOf } from '@/lib/api/types';
import type { MutationConfig } from '@/lib/react-query';

import { useSupplierChange } from './use-supplier-change';

export type RejectSupplierInput = BodyOf<'/api/selection/suppliers/{id}/reject', 'post'>;

/** Sends the version the person saw (If-Match): a change made meanwhile makes the server answer 412. */
export const rejectSupplier = ({ id, version, body }: { id: string; version: number; body: RejectSupplierInput })
  : Promise<ResponseOf<'/api/selection/suppliers/{id}/reject', 'post'>> =>
  send(api.POST('/api/selection/suppliers/{id}/reject', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } }, body }));

export const useRejectSupplier = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof rejectSupplier> } = {}) => useSupplierChange(rejectSupplier, mutationConfig);
