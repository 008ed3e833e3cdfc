import { api, ifMatch, send } from '@/lib/api/client';
import type { BodyOf, ResponseOf } from '@/lib/api/types';
import type { MutationConfig } from '@/lib/react-query';

import { useSupplierChange } from './use-supplier-change';

export type SignAgreementInput = BodyOf<'/api/selection/suppliers/{id}/agreements', 'post'>;

/** Sends the version the person saw (If-Match): a change made meanwhile makes the server answer 412. */
export const signAgreement = ({ id, version, body }: { id: string; version: number; body: SignAgreementInput })
  : Promise<ResponseOf<'/api/selection/suppliers/{id}/agreements', 'post'>> =>
  send(api.POST('/api/selection/suppliers/{id}/agreements', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } }, body }));

export const useSignAgreement = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof signAgreement> } = {}) => useSupplierChange(signAgreement, mutationConfig);
