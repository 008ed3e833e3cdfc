import { api, ifMatch, send } from '@/lib/api/client';
import type { BodyOf, ResponseOf } from '@/lib/api/types';
import type { MutationConfig } from '@/lib/react-query';

import { useSupplierChange } from './use-supplier-change';

export type EvaluateSupplierInput = BodyOf<'/api/selection/suppliers/{id}/evaluations', 'post'>;

/** Sends the version the person saw (If-Match): a change made meanwhile makes the server answer 412. */
export const evaluateSupplier = ({ id, version, body }: { id: string; version: number; body: EvaluateSupplierInput })
  : Promise<ResponseOf<'/api/selection/suppliers/{id}/evaluations', 'post'>> =>
  send(api.POST('/api/selection/suppliers/{id}/evaluations', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } }, body }));

export const useEvaluateSupplier = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof evaluateSupplier> } = {}) => useSupplierChange(evaluateSupplier, mutationConfig);
