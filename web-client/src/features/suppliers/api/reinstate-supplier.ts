import { api, ifMatch, send } from '@/lib/api/client';
import type { BodyOf, ResponseOf } from '@/lib/api/types';
import type { MutationConfig } from '@/lib/react-query';

import { useSupplierChange } from './use-supplier-change';

export type ReinstateSupplierInput = BodyOf<'/api/selection/suppliers/{id}/reinstate', 'post'>;

/** Sends the version the person saw (If-Match): a change made meanwhile makes the server answer 412. */
export const reinstateSupplier = ({ id, version, body }: { id: string; version: number; body: ReinstateSupplierInput })
  : Promise<ResponseOf<'/api/selection/suppliers/{id}/reinstate', 'post'>> =>
  send(api.POST('/api/selection/suppliers/{id}/reinstate', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } }, body }));

export const useReinstateSupplier = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof reinstateSupplier> } = {}) => useSupplierChange(reinstateSupplier, mutationConfig);
