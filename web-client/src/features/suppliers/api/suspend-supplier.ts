import { api, ifMatch, send } from '@/lib/api/client';
import type { BodyOf, ResponseOf } from '@/lib/api/types';
import type { MutationConfig } from '@/lib/react-query';

import { useSupplierChange } from './use-supplier-change';

export type SuspendSupplierInput = BodyOf<'/api/selection/suppliers/{id}/suspend', 'post'>;

/** Sends the version the person saw (If-Match): a change made meanwhile makes the server answer 412. */
export const suspendSupplier = ({ id, version, body }: { id: string; version: number; body: SuspendSupplierInput })
  : Promise<ResponseOf<'/api/selection/suppliers/{id}/suspend', 'post'>> =>
  send(api.POST('/api/selection/suppliers/{id}/suspend', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } }, body }));

export const useSuspendSupplier = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof suspendSupplier> } = {}) => useSupplierChange(suspendSupplier, mutationConfig);
